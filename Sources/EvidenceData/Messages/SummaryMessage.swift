/// The words of `summary`: its title, headers and notes (Skolverket's "medelvärde", "median",
/// "standardavvikelse"). The statistics' short names (sd, q1, q3, min, max) stay.
public enum SummaryMessage: String, MessageKey {
    case title, expression, missing, mean, median, footer, gradeNote, booleanNote
    // the command's own errors
    case expectedExpression, oneNumber, showsItself, isText, tryCount, isDate, describeDates

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
        case .expectedExpression: [.en: "expected an expression to summarise", .sv: "det saknas ett uttryck att sammanfatta"]
        case .oneNumber: [.en: "'{1}' is one number for all of {2}, not a value per student", .sv: "'{1}' är ett enda tal för hela {2}, inte ett värde per elev"]
        case .showsItself:
            [.en: "summary shows the mean, sd, min, quartiles and max itself: 'summary {1}{2}'; for one figure per group try 'plot bar {3} by …'",
             .sv: "'summary' visar själv medelvärde, sd, min, kvartiler och max: 'summary {1}{2}'; för ett tal per grupp, prova 'plot bar {3} by …'"]
        case .isText: [.en: "'{1}' is text: summary needs numbers, grades or true/false", .sv: "'{1}' är text: 'summary' behöver tal, betyg eller sant/falskt"]
        case .tryCount: [.en: "try 'count by {1}'", .sv: "prova 'count by {1}'"]
        case .isDate: [.en: "'{1}' is a date: summary needs numbers, grades or true/false", .sv: "'{1}' är ett datum: 'summary' behöver tal, betyg eller sant/falskt"]
        case .describeDates:
            [.en: "describe shows the first and last date; year({1}) or days(a, b) are numbers",
             .sv: "'describe' visar första och sista datum; year({1}) och days(a, b) är tal"]
        }
    }
}
