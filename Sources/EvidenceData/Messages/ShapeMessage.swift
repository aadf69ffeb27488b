/// The words of `join` and `pivot`: what the new table holds and how well the keys matched
/// (Skolverket's "matchade", "bortfall").
public enum ShapeMessage: String, MessageKey {
    case joined, matchedRows, noRightRow, usedRows, noLeftRow, repeatedKeys, lowMatch
    case longer, longerCycles, wider, nothingSpread, spread

    public var entries: [Language: String] {
        switch self {
        case .joined:
            [.en: "{1}: {2} rows, {3} columns ({4} from {5}); {6} and {5} are kept", .sv: "{1}: {2} rader, {3} kolumner ({4} ur {5}); {6} och {5} finns kvar"]
        case .matchedRows: [.en: "matched {1} of {2} {3} rows", .sv: "matchade {1} av {2} rader i {3}"]
        case .noRightRow:
            [.en: "; {1} have no {2} row (its columns are missing there)", .sv: "; {1} saknar rad i {2} (dess kolumner saknas där)"]
        case .usedRows: [.en: "used {1} of {2} {3} rows", .sv: "använde {1} av {2} rader i {3}"]
        case .noLeftRow: [.en: "; {1} match no {2} row", .sv: "; {1} matchar ingen rad i {2}"]
        case .repeatedKeys:
            [.en: "{1} {2} rows share a key with another row (long data): each gets the same {3} values",
             .sv: "{1} rader i {2} delar nyckel med en annan rad (lång data): var och en får samma värden ur {3}"]
        case .lowMatch:
            [.en: "only {1} % of {2} rows matched: check that '{3}' and '{4}' hold the same ids",
             .sv: "bara {1} % av raderna i {2} matchade: kontrollera att '{3}' och '{4}' har samma id"]
        case .longer:
            [.en: "{1}: {2} rows, {3} columns (one row per {4} row and cycle; {4} is kept)",
             .sv: "{1}: {2} rader, {3} kolumner (en rad per rad i {4} och mättillfälle; {4} finns kvar)"]
        case .longerCycles: [.en: "cycles {1} in '{2}'; measures {3}", .sv: "mättillfällen {1} i '{2}'; mått {3}"]
        case .wider: [.en: "{1}: {2} rows, {3} columns (one row per {4}; {5} is kept)", .sv: "{1}: {2} rader, {3} kolumner (en rad per {4}; {5} finns kvar)"]
        case .nothingSpread:
            [.en: "nothing changes between cycles: every column was kept once", .sv: "inget ändras mellan mättillfällena: varje kolumn behölls en gång"]
        case .spread: [.en: "spread {1} over {2} {3} ({4})", .sv: "spred {1} över {2} {3} ({4})"]
        }
    }
}
