/// The errors of `pivot` (issue 15); its report lines are `ShapeMessage`'s.
public enum PivotMessage: String, MessageKey {
    case expectedHow, expectedHowFound, noFamilies, familiesHint
    case expectedIdAfterBy, expectedCycleColumn, noColumnIn, seeDescribe, noIdColumn, noCycleColumn, nameIt, originalKept

    public var entries: [Language: String] {
        switch self {
        case .expectedHow: [.en: "expected 'longer' or 'wider'", .sv: "det saknas 'longer' eller 'wider'"]
        case .expectedHowFound: [.en: "expected 'longer' or 'wider', found '{1}'", .sv: "här ska det stå 'longer' eller 'wider', inte '{1}'"]
        case .noFamilies: [.en: "no measure families like reading_c1, reading_c2 in '{1}'", .sv: "inga måttfamiljer som reading_c1, reading_c2 i '{1}'"]
        case .familiesHint:
            [.en: "columns are grouped by the part before the last '_' and a cycle name with a digit after it",
             .sv: "kolumnerna grupperas efter delen före sista '_' och ett mättillfälle vars namn har en siffra"]
        case .expectedIdAfterBy: [.en: "expected an id column after 'by'", .sv: "det saknas en id-kolumn efter 'by'"]
        case .expectedCycleColumn: [.en: "expected the cycle column after 'cycle'", .sv: "det saknas kolumnen med mättillfällen efter 'cycle'"]
        case .noColumnIn: [.en: "no column '{1}' in '{2}'", .sv: "ingen kolumn '{1}' i '{2}'"]
        case .seeDescribe: [.en: "see 'describe'", .sv: "'describe' visar kolumnerna"]
        case .noIdColumn: [.en: "'{1}' has no id column", .sv: "'{1}' har ingen id-kolumn"]
        case .noCycleColumn: [.en: "'{1}' has no 'cycle' column", .sv: "'{1}' har ingen kolumn 'cycle'"]
        case .nameIt: [.en: "name it: {1}", .sv: "ange den med 'by' eller 'cycle'; så skrivs det: {1}"]
        case .originalKept: [.en: "choose a new name; the original is kept as it is", .sv: "välj ett nytt namn; originalet lämnas som det är"]
        }
    }
}
