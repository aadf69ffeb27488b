/// The words of `evidence`: which sources (Skolverket's "underlag") have values at which cycles.
public enum EvidenceMessage: String, MessageKey {
    case noSources, noSourcesHint, complete
    case gridTitle, source, allCycles, allSources, completenessTitle, valuesPresent, allSlots, slotsOf, orFewer

    public var entries: [Language: String] {
        switch self {
        case .noSources:
            [.en: "no evidence sources (columns like reading_c1, reading_c2) in '{1}'",
             .sv: "inga underlag (kolumner som reading_c1, reading_c2) i '{1}'"]
        case .noSourcesHint:
            [.en: "long data: 'pivot wider' first; other sources: 'join NAME on KEY'",
             .sv: "lång data: kör 'pivot wider' först; andra underlag: 'join NAMN on NYCKEL'"]
        case .complete:
            [.en: "{1} of {2:student|students} have every source at every cycle",
             .sv: "{1} av {2:elev|elever} har värden från varje underlag vid varje mättillfälle"]
        case .gridTitle:
            [.en: "students with a value, by source and cycle ({1:student|students})", .sv: "elever med ett värde, per underlag och mättillfälle ({1:elev|elever})"]
        case .source: [.en: "source", .sv: "underlag"]
        case .allCycles: [.en: "all cycles", .sv: "alla mättillfällen"]
        case .allSources: [.en: "all sources", .sv: "alla underlag"]
        case .completenessTitle:
            [.en: "students by values present (of {1} sources × {2} cycles)", .sv: "elever efter antal värden (av {1} underlag × {2} mättillfällen)"]
        case .valuesPresent: [.en: "values present", .sv: "antal värden"]
        case .allSlots: [.en: "all {1}", .sv: "alla {1}"]
        case .slotsOf: [.en: "{1} of {2}", .sv: "{1} av {2}"]
        case .orFewer: [.en: "{1} or fewer", .sv: "{1} eller färre"]
        }
    }
}
