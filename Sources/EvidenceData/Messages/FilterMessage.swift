/// The words of `filter`: its errors and the warning when no row matches.
public enum FilterMessage: String, MessageKey {
    case expectedCondition, expectedViewName, noRowsView, noRows, notUsableName, loadedTable, anotherName

    public var entries: [Language: String] {
        switch self {
        case .expectedCondition: [.en: "expected a condition, such as: filter year == 5", .sv: "det saknas ett villkor, till exempel: filter year == 5"]
        case .expectedViewName: [.en: "expected a name for the view after 'as'", .sv: "det saknas ett namn på vyn efter 'as'"]
        case .noRowsView:
            [.en: "no rows match '{1}' (of {2:row|rows} in {3}): the view '{4}' is empty and {3} is still current ('use {4}' to switch)",
             .sv: "inga rader uppfyller '{1}' (av {2:rad|rader} i {3}): vyn '{4}' är tom och {3} är fortfarande aktuell ('use {4}' byter)"]
        case .noRows:
            [.en: "no rows match '{1}' (of {2:row|rows} in {3}): nothing filtered; {3} is still current",
             .sv: "inga rader uppfyller '{1}' (av {2:rad|rader} i {3}): inget filtrerades; {3} är fortfarande aktuell"]
        case .notUsableName: [.en: "'{1}' is not a usable name", .sv: "'{1}' går inte att använda som namn"]
        case .loadedTable: [.en: "'{1}' is a loaded table", .sv: "'{1}' är en inläst tabell"]
        case .anotherName: [.en: "choose another name for the view", .sv: "välj ett annat namn på vyn"]
        }
    }
}
