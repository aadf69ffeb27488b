/// `help` in other languages: the help page's own words, and command by command the parts of
/// a declaration (`CommandSpec`) a reader reads. A part's key is `COMMAND.PART`: `summary`,
/// `discussion`, `example.N` (the N-th example's explanation, from 1) and `arg.WORD` (the
/// argument list's line whose term starts with WORD: `arg.by`, `arg.MEASURE`). A part without
/// a key is shown in English; `help` itself, usage lines and examples' commands never change.
/// Every other command's parts, and the functions' docs, are `HelpPart`'s tables.
public enum HelpMessage: String, MessageKey {
    case usageLabel = "help.usage", argumentsLabel = "help.arguments", examplesLabel = "help.examples", alsoLabel = "help.also"
    case overviewTitle = "help.overview", overviewLines = "help.lines", overviewExpressions = "help.expressions"
    case loading = "help.category.loading", shaping = "help.category.shaping", cycles = "help.category.cycles"
    case charts = "help.category.charts", sessions = "help.category.sessions", shell = "help.category.shell"
    case rowFunctions = "help.functions.row", aggregates = "help.functions.aggregate", functionsFooter = "help.functions.footer"
    case forExample = "help.functions.eg", aggregateKind = "help.function.aggregate", rowKind = "help.function.row"
    case exampleLabel = "help.function.example"
    case referenceIntro = "help.reference.intro", referenceTitle = "help.reference.title", referenceAlso = "help.reference.also"

    case compareSummary = "compare.summary"
    case compareDiscussion = "compare.discussion"
    case compareExample1 = "compare.example.1", compareExample2 = "compare.example.2", compareExample3 = "compare.example.3"
    case compareExample4 = "compare.example.4", compareExample5 = "compare.example.5", compareExample6 = "compare.example.6"
    case compareMeasure = "compare.arg.MEASURE", compareBy = "compare.arg.by", compareNorms = "compare.arg.norms"
    case compareBootstrap = "compare.arg.bootstrap", compareSeed = "compare.arg.seed"

    public var entries: [Language: String] {
        switch self {
        case .usageLabel: [.en: "usage: {1}", .sv: "så skrivs det: {1}"]
        case .argumentsLabel: [.en: "Arguments", .sv: "Argument"]
        case .examplesLabel: [.en: "Examples", .sv: "Exempel"]
        case .alsoLabel: [.en: "also: {1}", .sv: "även: {1}"]
        case .overviewTitle: [.en: "evsh — the evidence shell. Commands (type 'help COMMAND' for one):",
                              .sv: "evsh — skalet för underlag. Kommandon (skriv 'help COMMAND' för ett av dem):"]
        case .overviewLines: [.en: "Lines: '#' starts a comment, '\\' at the end continues, ';' separates commands.",
                              .sv: "Rader: '#' inleder en kommentar, '\\' sist fortsätter raden, ';' skiljer kommandon åt."]
        case .overviewExpressions: [.en: "Expressions (filter, let, count where …): type 'help functions'.",
                                    .sv: "Uttryck ('filter', 'let', 'count where' …): skriv 'help functions'."]
        case .loading: [.en: "Loading and inspecting", .sv: "Läsa in och granska"]
        case .shaping: [.en: "Shaping", .sv: "Forma om"]
        case .cycles: [.en: "Cycles and evidence", .sv: "Mättillfällen och underlag"]
        case .charts: [.en: "Charts", .sv: "Diagram"]
        case .sessions: [.en: "Sessions", .sv: "Sessioner"]
        case .shell: [.en: "Shell", .sv: "Skalet"]
        case .rowFunctions: [.en: "Row functions (one value per student)", .sv: "Radfunktioner (ett värde per elev)"]
        case .aggregates: [.en: "Aggregates (one value for the current rows, or per group; missing values skipped)",
                           .sv: "Aggregat (ett värde för de aktuella raderna, eller per grupp; saknade värden hoppas över)"]
        case .functionsFooter: [.en: "Types, missing values and operators: docs/language.md", .sv: "Typer, saknade värden och operatorer: docs/language.md"]
        case .forExample: [.en: "e.g. {1}", .sv: "t.ex. {1}"]
        case .aggregateKind: [.en: "aggregate", .sv: "aggregat"]
        case .rowKind: [.en: "row function", .sv: "radfunktion"]
        case .exampleLabel: [.en: "Example", .sv: "Exempel"]
        case .referenceTitle: [.en: "Command reference", .sv: "Kommandoreferens"]
        case .referenceIntro:
            [.en: "Generated from each command's own declaration (`Sources/EvidenceSession/Commands/`); a test\n"
                + "checks that this file matches. Regenerate it with `make docs`.",
             .sv: "Skapad ur varje kommandos egen deklaration (i 'Sources/EvidenceSession/Commands/'); ett test\n"
                + "kontrollerar att filen stämmer. Skapa den på nytt med `make docs`. Kommandon, nyckelord och\n"
                + "kolumnnamn är desamma på båda språken; `set language sv` eller `--language sv` byter språk."]
        case .referenceAlso: [.en: "Also: {1}", .sv: "Även: {1}"]
        case .compareSummary:
            [.en: "Follow the same students from cycle A to B: matching, gain, d_z, d_av, g_av with 95% CIs, norms.",
             .sv: "Följ samma elever från mättillfälle A till B: matchning, förändring, d_z, d_av, g_av med 95 % konfidensintervall, normer."]
        case .compareDiscussion:
            [.en: "Only students with values at both cycles are compared; those seen only once are counted. "
                + "d_z = mean gain / SD of gains; d_av = mean gain / average SD of the scores; g_av = J·d_av "
                + "with the paired J = 1 - 3/(4(n-1) - 1). CIs are normal (estimate ± 1.96·SE, see docs/analysis.md). "
                + "'bootstrap N' adds percentile intervals from N resamples of students (pairs kept), seeded by "
                + "'seed S' or 'set seed'. 'norms NAME' adds the expected gain, ES_norm and ES_vs_expected "
                + "(needs a year column). Grades compare on merit points. Names: 'reading c1 -> c2' or "
                + "'reading_c1 -> reading_c2'; any two number or grade columns compare too: "
                + "compare `Läsning HT24` -> `Läsning VT25`.",
             .sv: "Bara elever med värden vid båda mättillfällena jämförs; de som bara finns vid ett av dem räknas. "
                + "d_z = medelförändring / förändringarnas SD; d_av = medelförändring / poängens genomsnittliga SD; "
                + "g_av = J·d_av med det parade J = 1 - 3/(4(n-1) - 1). Konfidensintervallen är normala "
                + "(skattning ± 1,96·SE, se docs/analysis.md). 'bootstrap N' lägger till percentilintervall från N "
                + "omdragningar av elever (paren hålls ihop), med frö från 'seed S' eller 'set seed'. 'norms NAME' "
                + "lägger till förväntad ökning, ES_norm och ES_vs_expected (kräver en kolumn för årskurs). Betyg "
                + "jämförs som meritpoäng. Namn: 'reading c1 -> c2' eller 'reading_c1 -> reading_c2'; två valfria "
                + "tal- eller betygskolumner går också att jämföra: compare `Läsning HT24` -> `Läsning VT25`."]
        case .compareExample1: [.en: "the whole school", .sv: "hela skolan"]
        case .compareExample2: [.en: "per class: 5A's gain stands out", .sv: "per klass: 5A:s förändring sticker ut"]
        case .compareExample3: [.en: "against the (synthetic) demo norms", .sv: "mot demons (påhittade) normer"]
        case .compareExample4: [.en: "a grade measure, on points", .sv: "ett betygsmått, som meritpoäng"]
        case .compareExample5: [.en: "percentile bootstrap, reproducible", .sv: "percentilbootstrap som går att upprepa"]
        case .compareExample6: [.en: "an unknown cycle", .sv: "ett okänt mättillfälle"]
        case .compareMeasure:
            [.en: "a measure from cycle A to B: 'reading c1 -> c2' or 'reading_c1 -> reading_c2'",
             .sv: "ett mått från mättillfälle A till B: 'reading c1 -> c2' eller 'reading_c1 -> reading_c2'"]
        case .compareBy: [.en: "one comparison per combination of their values", .sv: "en jämförelse per kombination av deras värden"]
        case .compareNorms: [.en: "add expected gains from a loaded norms table", .sv: "lägg till förväntad ökning ur en inläst normtabell"]
        case .compareBootstrap:
            [.en: "add percentile intervals from N resamples (100 to 100000)", .sv: "lägg till percentilintervall från N omdragningar (100 till 100000)"]
        case .compareSeed: [.en: "the bootstrap's seed (default: 'set seed')", .sv: "bootstrapens frö (standard: 'set seed')"]
        }
    }

    /// A command's part in `language`, or nil (shown in English then).
    public static func part(_ command: String, _ part: String, _ language: Language) -> String? {
        guard language != .en else { return nil }
        if let key = HelpMessage(rawValue: "\(command).\(part)") { return key.text(language) }
        return HelpPart(rawValue: "\(command).\(part)")?.text(language)
    }
}
