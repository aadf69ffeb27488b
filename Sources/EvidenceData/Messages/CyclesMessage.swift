/// The words of `cycles`: the measures found at several cycles (Skolverket's "mättillfälle").
public enum CyclesMessage: String, MessageKey {
    case orderNatural, orderFixed, noMeasure, gradePoints, number
    case wide, longMeasureValue, longColumns, title, measure, type, footer, natural, fixedWithOrder

    public var entries: [Language: String] {
        switch self {
        case .orderNatural: [.en: "cycle order: {1} (natural)", .sv: "ordning för mättillfällena: {1} (naturlig)"]
        case .orderFixed: [.en: "cycle order: {1} (fixed for {2})", .sv: "ordning för mättillfällena: {1} (fast för {2})"]
        case .noMeasure:
            [.en: "no measure observed at several cycles in {1}: wide data needs columns like reading_c1, reading_c2; long data a cycle column",
             .sv: "inget mått finns vid flera mättillfällen i {1}: bred data behöver kolumner som reading_c1, reading_c2; lång data en kolumn för mättillfälle"]
        case .gradePoints: [.en: "grade (points)", .sv: "betyg (poäng)"]
        case .number: [.en: "number", .sv: "tal"]
        case .wide: [.en: "wide (one column per measure and cycle)", .sv: "bred (en kolumn per mått och mättillfälle)"]
        case .longMeasureValue:
            [.en: "long (cycle column '{1}', measure column '{2}', value column '{3}')",
             .sv: "lång (mättillfällen i '{1}', mått i '{2}', värden i '{3}')"]
        case .longColumns: [.en: "long (cycle column '{1}', one column per measure)", .sv: "lång (mättillfällen i '{1}', en kolumn per mått)"]
        case .title: [.en: "{1}: {2:measure|measures} × {3:cycle|cycles}, {4}", .sv: "{1}: {2:mått|mått} × {3:mättillfälle|mättillfällen}, {4}"]
        case .measure: [.en: "measure", .sv: "mått"]
        case .type: [.en: "type", .sv: "typ"]
        case .footer: [.en: "cycle order: {1} ({2})", .sv: "ordning för mättillfällena: {1} ({2})"]
        case .natural: [.en: "natural", .sv: "naturlig"]
        case .fixedWithOrder: [.en: "fixed with 'cycles order'", .sv: "fastlagd med 'cycles order'"]
        }
    }
}
