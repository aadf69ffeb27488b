/// The words of reading a command's arguments (`Arguments`, `CommandContext`) and the errors
/// several commands share: a missing word, a name that cannot be a dataset's, a dataset that
/// exists already (docs/architecture.md, "Messages").
public enum ArgumentsMessage: String, MessageKey {
    case expectedKeyword, expectedKeywordFound, expectedOption
    case expectedConditionAfterWhere, expectedColumnAfterBy, expectedDatasetNameAfterAs, expectedNumberAfter
    case notDatasetName, lettersDigits, lettersDigitsLetterFirst, datasetExists, noCurrentDataset, takesWholeNumber

    public var entries: [Language: String] {
        switch self {
        case .expectedKeyword: [.en: "expected '{1}'", .sv: "det saknas '{1}'"]
        case .expectedKeywordFound: [.en: "expected '{1}', found '{2}'", .sv: "här ska det stå '{1}', inte '{2}'"]
        case .expectedOption: [.en: "expected OPTION=VALUE, found '{1}'", .sv: "här ska det stå ALTERNATIV=VÄRDE, inte '{1}'"]
        case .expectedConditionAfterWhere: [.en: "expected a condition after 'where'", .sv: "det saknas ett villkor efter 'where'"]
        case .expectedColumnAfterBy: [.en: "expected a column after 'by'", .sv: "det saknas en kolumn efter 'by'"]
        case .expectedDatasetNameAfterAs: [.en: "expected a dataset name after 'as'", .sv: "det saknas ett namn på datamängden efter 'as'"]
        case .expectedNumberAfter: [.en: "expected a number after '{1}'", .sv: "det saknas ett tal efter '{1}'"]
        case .notDatasetName: [.en: "'{1}' cannot be a dataset name", .sv: "'{1}' kan inte vara namnet på en datamängd"]
        case .lettersDigits: [.en: "use letters, digits and _", .sv: "använd bokstäver, siffror och _"]
        case .lettersDigitsLetterFirst:
            [.en: "use letters, digits and _, starting with a letter", .sv: "använd bokstäver, siffror och _, och börja med en bokstav"]
        case .datasetExists: [.en: "a dataset named '{1}' exists already", .sv: "det finns redan en datamängd som heter '{1}'"]
        case .noCurrentDataset: [.en: "no current dataset", .sv: "ingen aktuell datamängd"]
        case .takesWholeNumber: [.en: "{1} takes a whole number, not '{2}'", .sv: "'{1}' ska vara ett heltal, inte '{2}'"]
        }
    }
}
