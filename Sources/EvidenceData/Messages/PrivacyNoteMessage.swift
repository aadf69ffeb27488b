/// What pseudonymising says when a table is read (`Privacy`, `PseudonymKey`): the key made or
/// kept in memory, the columns and cells whose personnummer were replaced (svB, issue 15).
public enum PrivacyNoteMessage: String, MessageKey {
    case memoryKey, newKey, columnHolds, invalidOne, invalidMany, widened, insideText, inColumn, namesHeld

    public var entries: [Language: String] {
        switch self {
        case .memoryKey:
            [.en: "no state directory: pseudonyms use a key kept in memory for this session only, so they will differ next time",
             .sv: "ingen tillståndskatalog: pseudonymerna bygger på en nyckel som bara finns i minnet under den här sessionen, så de blir andra nästa gång"]
        case .newKey:
            [.en: "made a new pseudonym key in {1} (keep it: the same key gives the same pseudonyms next time)",
             .sv: "skapade en ny pseudonymnyckel i {1} (spara den: samma nyckel ger samma pseudonymer nästa gång)"]
        case .columnHolds:
            [.en: "column '{1}' holds personnummer: replaced by {2} pseudonyms ({3}…, keyed HMAC-SHA256)",
             .sv: "kolumnen '{1}' innehåller personnummer: ersatta med {2} pseudonymer ({3}…, HMAC-SHA256 med nyckel)"]
        case .invalidOne: [.en: "; {1} value failed the check and were pseudonymised too", .sv: "; {1} värde klarade inte kontrollen och fick också en pseudonym"]
        case .invalidMany: [.en: "; {1} values failed the check and were pseudonymised too", .sv: "; {1} värden klarade inte kontrollen och fick också pseudonymer"]
        case .widened:
            [.en: "; pseudonyms widened to {1} hex digits to keep them distinct", .sv: "; pseudonymerna förlängdes till {1} hexadecimala siffror för att hållas isär"]
        case .insideText:
            [.en: "personnummer inside text: {1:cell|cells} changed ({2}), each replaced by its pseudonym ({3}…)",
             .sv: "personnummer i text ersattes med sina pseudonymer ({3}…) i {1:cell|celler} ({2})"]
        case .inColumn: [.en: "{1} in '{2}'", .sv: "{1} i '{2}'"]
        case .namesHeld:
            [.en: "{1:column name|column names} held a personnummer: replaced by its pseudonym",
             .sv: "{1:kolumnnamn|kolumnnamn} innehöll ett personnummer: ersatt med sin pseudonym"]
        }
    }
}
