/// The refusals of safe mode (`evsh run --safe`, `SafeMode`) (issue 15): a script from
/// someone else is data, never a way to write or read files.
public enum SafeModeMessage: String, MessageKey {
    case kind, exportWrites, sessionWrites, recoverReads, withoutSafe, outsideFolder, safeReads

    public var entries: [Language: String] {
        switch self {
        case .kind: [.en: "safe mode", .sv: "säkert läge"]
        case .exportWrites: [.en: "'export' writes a file and is refused", .sv: "'export' skriver en fil och körs inte"]
        case .sessionWrites: [.en: "'session {1}' writes a file and is refused", .sv: "'session {1}' skriver en fil och körs inte"]
        case .recoverReads:
            [.en: "'session recover' reads and removes a journal in the state folder and is refused",
             .sv: "'session recover' läser och tar bort en journal i tillståndsmappen och körs inte"]
        case .withoutSafe:
            [.en: "run the script without --safe if you trust it to write files", .sv: "kör skriptet utan --safe om du litar på att det får skriva filer"]
        case .outsideFolder: [.en: "'{1}' is outside the script's folder and is not read", .sv: "'{1}' ligger utanför skriptets mapp och läses inte"]
        case .safeReads:
            [.en: "a safe script reads only files in its own folder (or below it) and the --data files; run it without --safe if you trust it",
             .sv: "i säkert läge läser ett skript bara filer i sin egen mapp (eller under den) och filerna i --data; kör det utan --safe om du litar på det"]
        }
    }
}
