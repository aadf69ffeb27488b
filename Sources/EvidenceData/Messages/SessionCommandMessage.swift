/// The words of the session commands: `note`, `rerun`, `run`, `session` (save, export, recover,
/// its status) (issue 15). The replay's own lines are `SessionMessage`'s.
public enum SessionCommandMessage: String, MessageKey {
    case expectedNoteText
    case expectedCommandNumber, rerunTakesNumber, seeHistory, noCommandOne, noCommandMany, aboutTheSession, rerunning
    case expectedScript, unknownOption, keepGoingOption, cannotRead, notUTF8, noSuchFile, endedWithQuit
    case unknownAction, expectedPathAfter, exportOptions, failedOption, failedTakes
    case saved, exported, failedLeftOut, personnummerReplaced, personnummerPseudonyms, replayWith, checkWith
    case status, journal, noJournal, safeMode
    case nothingToRecover, folderGone, recovered, recoveredIn, failedAgain, tornCommand, saveKeeps
    case unreadableFile, lostBaseTable, time, defaultTitle
    // The interactive shell's first line, and a start-up load stopped with Ctrl-C.
    case banner, startupInterrupted

    public var entries: [Language: String] {
        switch self {
        case .expectedNoteText: [.en: "expected the text of the note", .sv: "det saknas text till anteckningen"]
        case .expectedCommandNumber: [.en: "expected a command number from 'history'", .sv: "det saknas ett kommandonummer från 'history'"]
        case .rerunTakesNumber: [.en: "rerun takes a command number, not '{1}'", .sv: "'rerun' ska ha ett kommandonummer, inte '{1}'"]
        case .seeHistory: [.en: "see 'history' for the numbers", .sv: "'history' visar numren"]
        case .noCommandOne: [.en: "no command {1} in this session (there is {2})", .sv: "inget kommando {1} i sessionen (det finns {2})"]
        case .noCommandMany: [.en: "no command {1} in this session (there are {2})", .sv: "inget kommando {1} i sessionen (det finns {2})"]
        case .aboutTheSession:
            [.en: "command {1} ('{2}') is about the session and is not rerun", .sv: "kommando {1} ('{2}') gäller sessionen och körs inte om"]
        case .rerunning: [.en: "rerun {1}: {2}", .sv: "kör om {1}: {2}"]
        case .expectedScript: [.en: "expected a script path", .sv: "det saknas en sökväg till ett skript"]
        case .unknownOption: [.en: "unknown option '{1}'", .sv: "okänt alternativ '{1}'"]
        case .keepGoingOption: [.en: "the option is keep-going=true", .sv: "alternativet är 'keep-going=true'"]
        case .cannotRead: [.en: "cannot read '{1}'", .sv: "kan inte läsa '{1}'"]
        case .notUTF8: [.en: "is it a UTF-8 text file?", .sv: "är det en textfil i UTF-8?"]
        case .noSuchFile: [.en: "no such file", .sv: "filen finns inte"]
        case .endedWithQuit: [.en: "{1}: the script ended with quit", .sv: "{1}: skriptet slutade med 'quit'"]
        case .unknownAction: [.en: "unknown session action '{1}'", .sv: "okänd åtgärd för 'session': '{1}'"]
        case .expectedPathAfter: [.en: "expected a file path after '{1}'", .sv: "det saknas en sökväg efter '{1}'"]
        case .exportOptions: [.en: "the options are failed=true and title=\"…\"", .sv: "alternativen är 'failed=true' och 'title=\"…\"'"]
        case .failedOption: [.en: "the option is failed=true", .sv: "alternativet är 'failed=true'"]
        case .failedTakes: [.en: "failed= takes true or false, not '{1}'", .sv: "'failed=' ska vara true eller false, inte '{1}'"]
        case .saved: [.en: "saved {1:command|commands} to {2}", .sv: "sparade {1:kommando|kommandon} i {2}"]
        case .exported: [.en: "exported {1:command|commands} to {2}", .sv: "exporterade {1:kommando|kommandon} till {2}"]
        case .failedLeftOut: [.en: " ({1} failed left out; 'with failed=true' keeps them)", .sv: " (misslyckade kommandon utelämnade: {1}; 'with failed=true' tar med dem)"]
        case .personnummerReplaced:
            [.en: " ({1} personnummer replaced by {2}: they are never saved)", .sv: " (ersatte {1} personnummer med {2}: de sparas aldrig)"]
        case .personnummerPseudonyms:
            [.en: " ({1} personnummer replaced by pseudonyms: they are never saved)", .sv: " (ersatte {1} personnummer med pseudonymer: de sparas aldrig)"]
        case .replayWith: [.en: "; replay with 'evsh run {1}'", .sv: "; kör det igen med 'evsh run {1}'"]
        case .checkWith: [.en: "; check with 'evsh check {1}'", .sv: "; kontrollera med 'evsh check {1}'"]
        case .status: [.en: "{1:command|commands} recorded, {2} unsaved", .sv: "inspelat: {1:kommando|kommandon}, varav {2} inte har sparats"]
        case .journal: [.en: "journal: {1}", .sv: "journal: {1}"]
        case .noJournal: [.en: "no journal (no state directory)", .sv: "ingen journal (ingen tillståndsmapp)"]
        case .safeMode: [.en: "safe mode: files are not written", .sv: "säkert läge: inga filer skrivs"]
        case .nothingToRecover: [.en: "no unsaved session to recover", .sv: "ingen osparad session att återställa"]
        case .folderGone:
            [.en: "the recovered session worked in {1}, which is gone: relative paths start here instead",
             .sv: "den återställda sessionen arbetade i {1}, som inte finns längre: relativa sökvägar utgår härifrån i stället"]
        case .recovered: [.en: "recovered {1:command|commands} from {2}", .sv: "återställde {1:kommando|kommandon} från {2}"]
        case .recoveredIn:
            [.en: " (in {1}, the folder it worked in, which is now this session's folder)",
             .sv: " (i {1}, mappen den arbetade i, som nu är den här sessionens mapp)"]
        case .failedAgain: [.en: "; {1} failed again, so the journal is kept", .sv: "; {1} misslyckades igen, så journalen sparas"]
        case .tornCommand:
            [.en: "a command cut short as evsh stopped was not replayed: '{1}'", .sv: "ett kommando som avbröts när evsh stannade kördes inte igen: '{1}'"]
        case .saveKeeps: [.en: "; 'session save PATH.evsh' keeps them", .sv: "; 'session save SÖKVÄG.evsh' sparar dem"]
        case .unreadableFile: [.en: "unreadable file", .sv: "oläsbar fil"]
        case .time: [.en: "time: {1} ms", .sv: "tid: {1} ms"]
        case .defaultTitle: [.en: "evsh transcript", .sv: "evsh-protokoll"]
        case .banner:
            [.en: "evsh {1} — the evidence shell. 'help' lists the commands; Tab completes; Ctrl-D quits.",
             .sv: "evsh {1} – skalet för underlag. 'help' visar kommandona; Tab fyller i; Ctrl-D avslutar."]
        case .startupInterrupted: [.en: "(start-up loading interrupted)", .sv: "(inläsningen vid starten avbröts)"]
        case .lostBaseTable: [.en: "dataset '{1}' lost its base table '{2}'", .sv: "datamängden '{1}' har tappat sin grundtabell '{2}'"]
        }
    }
}
