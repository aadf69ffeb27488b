/// The words of `join` made by the command (docs/evidence.md): its errors and the line of the
/// renamed clashing columns. The match counts are `ShapeMessage`'s.
public enum JoinCommandMessage: String, MessageKey {
    case expectedName, expectedKey, expectedSuffix, notSuffix, suffixHint, keptAsTheyAre, itself
    case noIdColumn, nameTheKey, noColumnIn, seeDescribe, keyOnEachSide
    case duplicateKind, duplicate, duplicateItem, onePerStudent, source, renamed, renamedBoth, forExample

    public var entries: [Language: String] {
        switch self {
        case .expectedName: [.en: "expected the name of the dataset to join", .sv: "det saknas namnet på datamängden som ska läggas till"]
        case .expectedKey: [.en: "expected a key column after 'on'", .sv: "det saknas en nyckelkolumn efter 'on'"]
        case .expectedSuffix: [.en: "expected a suffix after 'suffix', e.g. vt25", .sv: "det saknas ett suffix efter 'suffix', t.ex. vt25"]
        case .notSuffix: [.en: "'{1}' cannot be a suffix", .sv: "'{1}' kan inte vara ett suffix"]
        case .suffixHint:
            [.en: "use letters, digits, _ and -: suffix vt25, or suffix ht24,vt25 for both sides",
             .sv: "använd bokstäver, siffror, _ och -: suffix vt25, eller suffix ht24,vt25 för båda sidor"]
        case .keptAsTheyAre:
            [.en: "choose a new name; the joined datasets are kept as they are", .sv: "välj ett nytt namn; datamängderna som kopplas ihop behålls som de är"]
        case .itself: [.en: "cannot join '{1}' to itself", .sv: "'{1}' kan inte kopplas ihop med sig själv"]
        case .noIdColumn: [.en: "'{1}' has no id column to join on", .sv: "'{1}' har ingen id-kolumn att koppla ihop på"]
        case .nameTheKey: [.en: "name the key: join {1} on COLUMN", .sv: "ange nyckeln: join {1} on KOLUMN"]
        case .noColumnIn: [.en: "no column '{1}' in '{2}'", .sv: "ingen kolumn '{1}' i '{2}'"]
        case .seeDescribe: [.en: "see 'describe'", .sv: "'describe' visar kolumnerna"]
        case .keyOnEachSide:
            [.en: "name the key on each side: on LEFTKEY=RIGHTKEY", .sv: "ange nyckeln på båda sidor: on VÄNSTERNYCKEL=HÖGERNYCKEL"]
        case .duplicateKind: [.en: "duplicate key", .sv: "dubblerad nyckel"]
        case .duplicate:
            [.en: "the key '{1}' is not unique in '{2}': {3:value|values} repeat, e.g. {4}",
             .sv: "nyckeln '{1}' är inte unik i '{2}': {3:värde|värden} återkommer, t.ex. {4}"]
        case .duplicateItem: [.en: "{1} ({2:row|rows})", .sv: "{1} ({2:rad|rader})"]
        case .onePerStudent:
            [.en: "each student must have one row in the added source; for long data use 'pivot wider' on '{1}' first",
             .sv: "varje elev ska ha en rad i underlaget som läggs till; för lång data, kör 'pivot wider' på '{1}' först"]
        case .source: [.en: "join of {1} and {2} on {3}", .sv: "join av {1} och {2} på {3}"]
        case .renamed:
            [.en: "renamed {1:clashing column|clashing columns} with the suffix _{2}: {3}",
             .sv: "bytte namn på {1:kolumn|kolumner} som finns på båda sidor, med suffixet _{2}: {3}"]
        case .renamedBoth:
            [.en: "renamed {1:clashing column|clashing columns} with the suffixes _{2} and _{3}: {4}",
             .sv: "bytte namn på {1:kolumn|kolumner} som finns på båda sidor, med suffixen _{2} och _{3}: {4}"]
        case .forExample: [.en: " (e.g. {1})", .sv: " (t.ex. {1})"]
        }
    }
}
