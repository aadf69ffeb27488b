/// What pseudonymising says when a table is read (`Privacy`, `PseudonymKey`): the key made or
/// kept in memory, the columns and cells whose personnummer were replaced (svB, issue 15).
public enum PrivacyNoteMessage: String, MessageKey {
    case memoryKey, newKey, columnHolds, invalidOne, invalidMany, widened, insideText, inColumn, namesHeld
    // The key's own errors.
    case keyKind, stateDirCannotCreate, writableStateHome, stateDirIsFile, keyCannotCreate, keyCannotWrite, keyCannotRead, ownerAndMode, keyWrongSize, moveAway

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
             .sv: "kolumnen '{1}' innehåller personnummer: ersatta med {2} pseudonymer ({3}…, nyckelstyrd HMAC-SHA256)"]
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
        case .keyKind: [.en: "pseudonym key", .sv: "pseudonymnyckel"]
        case .stateDirCannotCreate: [.en: "cannot create the state directory '{1}': {2}", .sv: "kan inte skapa tillståndskatalogen '{1}': {2}"]
        case .writableStateHome: [.en: "set XDG_STATE_HOME to a writable directory", .sv: "sätt XDG_STATE_HOME till en katalog som går att skriva i"]
        case .stateDirIsFile: [.en: "the state directory '{1}' is a file, not a directory", .sv: "tillståndskatalogen '{1}' är en fil, inte en katalog"]
        case .keyCannotCreate: [.en: "cannot create the pseudonym key '{1}': {2}", .sv: "kan inte skapa pseudonymnyckeln '{1}': {2}"]
        case .keyCannotWrite: [.en: "cannot write the pseudonym key '{1}'", .sv: "kan inte skriva pseudonymnyckeln '{1}'"]
        case .keyCannotRead: [.en: "cannot read the pseudonym key '{1}'", .sv: "kan inte läsa pseudonymnyckeln '{1}'"]
        case .ownerAndMode: [.en: "check its owner and mode (0600)", .sv: "kontrollera dess ägare och rättigheter (0600)"]
        case .keyWrongSize: [.en: "the pseudonym key '{1}' has {2} bytes, expected {3}", .sv: "pseudonymnyckeln '{1}' har {2} byte, men ska ha {3}"]
        case .moveAway:
            [.en: "move it away to make a new key (pseudonyms will then change)", .sv: "flytta undan den så görs en ny nyckel (pseudonymerna ändras då)"]
        }
    }
}
