/// The words of `summary`: its title, headers and notes (Skolverket's "medelvärde", "median",
/// "standardavvikelse"). The statistics' short names (sd, q1, q3, min, max) stay.
public enum SummaryMessage: String, MessageKey {
    case title, expression, missing, mean, median, footer, gradeNote, booleanNote

    public var entries: [Language: String] {
        switch self {
        case .title: [.en: "summary of {1} ({2:row|rows})", .sv: "sammanfattning av {1} ({2:rad|rader})"]
        case .expression: [.en: "expression", .sv: "uttryck"]
        case .missing: [.en: "missing", .sv: "saknas"]
        case .mean: [.en: "mean", .sv: "medel"]
        case .median: [.en: "median", .sv: "median"]
        case .footer:
            [.en: "sd: sample (n - 1); q1, median, q3: type 7 (linear, as numpy and R)",
             .sv: "sd: stickprov (n - 1); q1, median, q3: typ 7 (linjär, som i numpy och R)"]
        case .gradeNote:
            [.en: "{1}: grade on points (F 0, E 10, D 12.5, C 15, B 17.5, A 20)",
             .sv: "{1}: betyg som poäng (F 0, E 10, D 12,5, C 15, B 17,5, A 20)"]
        case .booleanNote:
            [.en: "{1}: true = 1, false = 0 (the mean is the share true)",
             .sv: "{1}: true = 1, false = 0 (medelvärdet är andelen true)"]
        }
    }
}
