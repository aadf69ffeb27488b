/// The words of `append`: its errors and the line of each stacked dataset (docs/loading.md,
/// "Several files at once").
public enum AppendMessage: String, MessageKey {
    case keptAsTheyAre, needsTwo, nameThem, namedTwice, source

    public var entries: [Language: String] {
        switch self {
        case .keptAsTheyAre:
            [.en: "choose a new name; the appended datasets are kept as they are", .sv: "välj ett nytt namn; datamängderna som läggs ihop behålls som de är"]
        case .needsTwo: [.en: "append needs at least two datasets", .sv: "append behöver minst två datamängder"]
        case .nameThem: [.en: "name them: append {1} B [as NAME]; see 'datasets'", .sv: "ange dem: append {1} B [as NAMN]; 'datasets' visar dem"]
        case .namedTwice: [.en: "'{1}' is named twice", .sv: "'{1}' är angiven två gånger"]
        case .source: [.en: "append of {1}", .sv: "append av {1}"]
        }
    }
}
