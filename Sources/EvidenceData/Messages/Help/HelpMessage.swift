/// `help` in other languages: the help page's own words. A command's parts (`COMMAND.summary`,
/// `.discussion`, `.example.N`, `.arg.TERM`) and the functions' docs are `HelpPart`'s tables; a
/// part without one is shown in English; usage lines and examples' commands never change.
public enum HelpMessage: String, MessageKey {
    case usageLabel = "help.usage", argumentsLabel = "help.arguments", examplesLabel = "help.examples", alsoLabel = "help.also"
    case overviewTitle = "help.overview", overviewLines = "help.lines", overviewExpressions = "help.expressions"
    case loading = "help.category.loading", shaping = "help.category.shaping", cycles = "help.category.cycles"
    case charts = "help.category.charts", sessions = "help.category.sessions", shell = "help.category.shell"
    case rowFunctions = "help.functions.row", aggregates = "help.functions.aggregate", functionsFooter = "help.functions.footer"
    case forExample = "help.functions.eg", aggregateKind = "help.function.aggregate", rowKind = "help.function.row"
    case exampleLabel = "help.function.example"
    case referenceIntro = "help.reference.intro", referenceTitle = "help.reference.title", referenceAlso = "help.reference.also"
    case noCommand = "help.noCommand", forTheList = "help.forTheList"

    public var entries: [Language: String] {
        switch self {
        case .usageLabel: [.en: "usage: {1}", .sv: "så skrivs det: {1}"]
        case .argumentsLabel: [.en: "Arguments", .sv: "Argument"]
        case .examplesLabel: [.en: "Examples", .sv: "Exempel"]
        case .alsoLabel: [.en: "also: {1}", .sv: "även: {1}"]
        case .overviewTitle: [.en: "evsh — the evidence shell. Commands (type 'help COMMAND' for one):",
                              .sv: "evsh – skalet för underlag. Kommandon (skriv 'help KOMMANDO' för ett av dem):"]
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
        case .noCommand: [.en: "no command named '{1}'", .sv: "det finns inget kommando som heter '{1}'"]
        case .forTheList: [.en: "type 'help' for the list", .sv: "skriv 'help' för att se listan"]
        }
    }

    /// A command's part in `language`, or nil (shown in English then).
    public static func part(_ command: String, _ part: String, _ language: Language) -> String? {
        guard language != .en else { return nil }
        return HelpPart(rawValue: "\(command).\(part)")?.text(language)
    }
}
