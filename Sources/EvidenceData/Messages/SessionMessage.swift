/// The words of the session's own reports on the compare path: views (`filter`), norms, the
/// transcript's header. More commands join here as they are translated.
public enum SessionMessage: String, MessageKey {
    case viewMade, normsDemo, normsDemoSource, dataUsed, dataLine, builtIn, bytes
    case checkExpected, checkActual, checkPassed, checkChanged
    case stepIntro, stepKeys, exploring
    case stoppedAtFirst, failedGoingOn, notScriptKind, notScript, notScriptHint, dataDiffers, repointed

    public var entries: [Language: String] {
        switch self {
        case .viewMade: [.en: "{1}: {2} of {3:row|rows} (from {4})", .sv: "{1}: {2} av {3:rad|rader} (ur {4})"]
        case .normsDemo: [.en: "norms demo: {1} rows for {2} — {3}", .sv: "normer 'demo': {1} rader för {2} – {3}"]
        case .normsDemoSource:
            [.en: "demo norms (synthetic, invented for the demo school; not real national norms)",
             .sv: "demonormer (påhittade för demoskolan; inga riktiga nationella normer)"]
        case .dataUsed: [.en: "Data used:", .sv: "Data som användes:"]
        case .dataLine: [.en: "- `{1}`: {2}, {3} rows{4}, sha256 `{5}`", .sv: "- `{1}`: {2}, {3} rader{4}, sha256 `{5}`"]
        case .builtIn: [.en: "built in", .sv: "inbyggd"]
        case .bytes: [.en: ", {1} bytes", .sv: ", {1} byte"]
        case .checkExpected: [.en: "--- {1}:{2}: expected output of '{3}'", .sv: "--- {1}:{2}: väntad utdata från '{3}'"]
        case .checkActual: [.en: "+++ actual output", .sv: "+++ verklig utdata"]
        case .checkPassed: [.en: "{1}: {2:command|commands}, every output as recorded", .sv: "{1}: {2:kommando|kommandon}, all utdata som när den spelades in"]
        case .stepIntro:
            [.en: "step mode: Enter or Space runs the command shown, s skips it, e explores (type 'continue' to resume), q ends",
             .sv: "stegläge: Enter eller blanksteg kör kommandot som visas, s hoppar över det, e utforskar (skriv 'continue' för att fortsätta), q avslutar"]
        case .stoppedAtFirst:
            [.en: "{1}:{2}: stopped at the first failing command (--keep-going runs on past failures)",
             .sv: "{1}:{2}: stoppade vid det första kommandot som misslyckades (--keep-going kör vidare förbi fel)"]
        case .failedGoingOn: [.en: "{1}:{2}: failed; going on (--keep-going)", .sv: "{1}:{2}: misslyckades; fortsätter (--keep-going)"]
        case .notScriptKind: [.en: "not a script", .sv: "inget skript"]
        case .notScript:
            [.en: "'{1}' is not an evsh script: line {2} does not start with a command",
             .sv: "'{1}' är inget evsh-skript: rad {2} börjar inte med ett kommando"]
        case .notScriptHint:
            [.en: "a script holds evsh commands, one a line (its contents are not shown)",
             .sv: "ett skript innehåller evsh-kommandon, ett per rad (innehållet visas inte)"]
        case .dataDiffers:
            [.en: "data '{1}' is not the data this script was saved with{2}: {3}; columns are found by name, but results will differ",
             .sv: "datamängden '{1}' är inte den som skriptet sparades med{2}: {3}; kolumnerna hittas med namn, men resultaten blir andra"]
        case .repointed: [.en: " (re-pointed with --data)", .sv: " (ompekad med --data)"]
        case .stepKeys: [.en: "step: Enter runs, s skips, e explores, q ends", .sv: "steg: Enter kör, s hoppar över, e utforskar, q avslutar"]
        case .exploring:
            [.en: "exploring: commands run on the script's session; 'continue' resumes the script, 'quit' ends",
             .sv: "utforskar: kommandona körs i skriptets session; 'continue' fortsätter skriptet, 'quit' avslutar"]
        case .checkChanged: [.en: "{1}: {2} of {3} outputs changed", .sv: "{1}: {2} av {3} utdata ändrade"]
        }
    }
}
