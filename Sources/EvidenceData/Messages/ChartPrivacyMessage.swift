/// The privacy step's refusals of a chart in workshop mode (`PrivacyStep`) (issue 15);
/// its footers and hidden counts are `CommonMessage`'s.
public enum ChartPrivacyMessage: String, MessageKey {
    case oneMarkPerStudent, useOtherChart, fewerThan, largerGroup

    public var entries: [Language: String] {
        switch self {
        case .oneMarkPerStudent:
            [.en: "this chart draws one mark per student and is off in workshop mode", .sv: "diagrammet ritar en markering per elev och är avstängt i workshopläge"]
        case .useOtherChart:
            [.en: "use 'plot box', 'plot hist' or 'plot heat'; or 'set workshop off'", .sv: "använd 'plot box', 'plot hist' eller 'plot heat', eller 'set workshop off'"]
        case .fewerThan:
            [.en: "this chart would show fewer than {1} students (min-group {1}) and is off in workshop mode",
             .sv: "diagrammet skulle visa färre än {1} elever ('min-group' {1}) och är avstängt i workshopläge"]
        case .largerGroup: [.en: "chart a larger group; or 'set workshop off'", .sv: "rita en större grupp, eller 'set workshop off'"]
        }
    }
}
