/// The words of pseudonymising (`Privacy`, `PseudonymKey`): the notes a load prints about the
/// personnummer it replaced and the key it used, and the key's errors.
public enum PrivacyMessage: String, MessageKey {
    case column, failedCheck, widened, insideText, inColumn, columnNames, studentID
    case noStateDirectory, newKey
    case keyKind, cannotCreateDirectory, writableHint, directoryIsFile, cannotCreateKey, cannotWriteKey, cannotReadKey, ownerHint, keyLength, moveHint

    public var entries: [Language: String] {
        switch self {
        case .column:
            [.en: "column '{1}' holds personnummer: replaced by {2} pseudonyms ({3}…, keyed HMAC-SHA256)",
             .sv: "kolumnen '{1}' innehåller personnummer: de ersattes med {2} pseudonymer ({3}…, nyckelbaserad HMAC-SHA256)"]
        case .failedCheck:
            [.en: "; {1:value|values} failed the check and were pseudonymised too", .sv: "; {1:värde|värden} klarade inte kontrollen och pseudonymiserades också"]
        case .widened:
            [.en: "; pseudonyms widened to {1} hex digits to keep them distinct", .sv: "; pseudonymerna förlängdes till {1} hexadecimala siffror för att hållas isär"]
        case .insideText:
            [.en: "personnummer inside text: {1:cell|cells} changed ({2}), each replaced by its pseudonym ({3}…)",
             .sv: "personnummer i text: {1:cell ändrad|celler ändrade} ({2}), vart och ett ersatt med sin pseudonym ({3}…)"]
        case .inColumn: [.en: "{1} in '{2}'", .sv: "{1} i '{2}'"]
        case .columnNames:
            [.en: "{1:column name|column names} held a personnummer: replaced by its pseudonym",
             .sv: "{1:kolumnnamn innehöll ett personnummer: det ersattes med sin pseudonym|kolumnnamn innehöll personnummer: de ersattes med sina pseudonymer}"]
        case .studentID:
            [.en: "'{1}' is the student id (as its pseudonyms); 'id COLUMN' chooses another",
             .sv: "'{1}' blir elev-id (i form av sina pseudonymer); 'id KOLUMN' väljer en annan kolumn"]
        case .noStateDirectory:
            [.en: "no state directory: pseudonyms use a key kept in memory for this session only, so they will differ next time",
             .sv: "ingen tillståndsmapp: pseudonymerna bygger på en nyckel som bara finns i minnet under den här sessionen, så de blir andra nästa gång"]
        case .newKey:
            [.en: "made a new pseudonym key in {1} (keep it: the same key gives the same pseudonyms next time)",
             .sv: "skapade en ny kodnyckel i {1} (spara den: samma nyckel ger samma pseudonymer nästa gång)"]
        case .keyKind: [.en: "pseudonym key", .sv: "kodnyckel"]
        case .cannotCreateDirectory: [.en: "cannot create the state directory '{1}': {2}", .sv: "kan inte skapa tillståndsmappen '{1}': {2}"]
        case .writableHint: [.en: "set XDG_STATE_HOME to a writable directory", .sv: "sätt 'XDG_STATE_HOME' till en mapp som går att skriva i"]
        case .directoryIsFile: [.en: "the state directory '{1}' is a file, not a directory", .sv: "tillståndsmappen '{1}' är en fil, inte en mapp"]
        case .cannotCreateKey: [.en: "cannot create the pseudonym key '{1}': {2}", .sv: "kan inte skapa kodnyckeln '{1}': {2}"]
        case .cannotWriteKey: [.en: "cannot write the pseudonym key '{1}'", .sv: "kan inte skriva kodnyckeln '{1}'"]
        case .cannotReadKey: [.en: "cannot read the pseudonym key '{1}'", .sv: "kan inte läsa kodnyckeln '{1}'"]
        case .ownerHint: [.en: "check its owner and mode (0600)", .sv: "kontrollera filens ägare och behörigheter (0600)"]
        case .keyLength: [.en: "the pseudonym key '{1}' has {2} bytes, expected {3}", .sv: "kodnyckeln '{1}' har {2} byte, men ska ha {3}"]
        case .moveHint:
            [.en: "move it away to make a new key (pseudonyms will then change)", .sv: "flytta undan den så skapas en ny nyckel (pseudonymerna ändras då)"]
        }
    }
}
