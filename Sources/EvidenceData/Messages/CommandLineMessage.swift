/// The words of the `evsh` command line: the help of `evsh`, `evsh shell`, `evsh run` and
/// `evsh check`, and their own errors. The argument parser's own words (`USAGE:`, `OPTIONS:`,
/// `Show help information.`) are its, and stay English (docs/shell.md, "Language").
public enum CommandLineMessage: String, MessageKey {
    case evshAbstract, evshUsage, evshDiscussion
    case shellAbstract, shellCommand, shellBail, shellDemo, shellFiles, languageOption
    case runAbstract, runDiscussion, runScript, runData, runConnect, runKeepGoing, runStep, runSafe
    case checkAbstract, checkTranscripts
    case cannotRead, connectTakes, languageTakes
    case valueCommands, valueFile

    public var entries: [Language: String] {
        switch self {
        case .evshAbstract:
            [.en: "The evidence shell: explore student evidence, compare inquiry cycles, draw charts.",
             .sv: "Skalet för underlag: utforska elevernas resultat, jämför förbättringscykler, rita diagram."]
        case .evshUsage:
            [.en: """
             evsh [--demo] [<file> ...]              start the interactive shell
             evsh [--bail] -c "<command>; <command>"  run commands and exit
             evsh [--bail] < script.evsh             run piped commands, no prompt
             evsh <subcommand> ...
             """,
             .sv: """
             evsh [--demo] [<fil> ...]                  starta skalet och skriv kommandon
             evsh [--bail] -c "<kommando>; <kommando>"  kör kommandona och avsluta
             evsh [--bail] < skript.evsh                kör kommandon från standard in, utan prompt
             evsh <underkommando> ...
             """]
        case .evshDiscussion:
            [.en: """
             Shell options (see 'evsh shell --help'):
               <file> ...      load these files at start
               --demo          start with the synthetic demo school loaded
               -c <commands>   run the commands (separated by ';') and exit
               --bail          with -c or piped input, stop at the first failing command

             Exit codes: 0 ok, 64 usage error, 65 data error, 70 internal error; 1 when 'evsh check' \
             finds a changed output, 66 when 'evsh run' or 'evsh check' cannot read its file, 130 \
             after Ctrl-C three times. With -c or piped input the first failing command decides the \
             code. Docs: docs/shell.md.
             """,
             .sv: """
             Skalets flaggor (se 'evsh shell --help'):
               <fil> ...       läs in filerna vid start
               --demo          starta med den påhittade demoskolan inläst
               -c <kommandon>  kör kommandona (åtskilda med ';') och avsluta
               --bail          med -c eller standard in: stanna vid första felet

             Slutstatus: 0 gick bra, 64 fel i skrivsättet, 65 fel i data, 70 internt fel; 1 när 'evsh check' \
             hittar utdata som ändrats, 66 när 'evsh run' eller 'evsh check' inte kan läsa sin fil, 130 \
             efter Ctrl-C tre gånger. Med -c eller kommandon från standard in avgör det första kommandot som \
             misslyckas statusen. Dokumentation: docs/sv/guide.md.
             """]
        case .shellAbstract:
            [.en: "Start the shell (the default): interactive, or run -c text or piped input.",
             .sv: "Starta skalet (standard): med prompt, eller kör texten efter -c eller kommandon från standard in."]
        case .shellCommand: [.en: "Run these commands (separated by ';') and exit.", .sv: "Kör kommandona (åtskilda med ';') och avsluta."]
        case .shellBail: [.en: "With -c or piped input, stop at the first failing command.",
                          .sv: "Med -c eller kommandon från standard in: stanna vid första kommandot som misslyckas."]
        case .shellDemo: [.en: "Start with the synthetic demo school loaded ('load demo').",
                          .sv: "Starta med den påhittade demoskolan inläst ('load demo')."]
        case .shellFiles: [.en: "Files to load at start.", .sv: "Filer att läsa in vid start."]
        case .languageOption:
            [.en: "The language of messages and numbers: sv or en (default: from LC_ALL, LC_MESSAGES, LANG).",
             .sv: "Språket i meddelanden och tal: sv eller en (annars enligt LC_ALL, LC_MESSAGES, LANG)."]
        case .runAbstract: [.en: "Replay a saved session script (.evsh).", .sv: "Kör ett sparat sessionsskript (.evsh) igen."]
        case .runDiscussion:
            [.en: "Stops at the first failing command with script:line and a non-zero exit status (64 usage, 65 data, 70 internal; 66 when the script cannot be read).",
             .sv: "Stannar vid första kommandot som misslyckas, med skript:rad och en slutstatus skild från 0 (64 fel i skrivsättet, 65 fel i data, 70 internt fel; 66 när skriptet inte kan läsas)."]
        case .runScript: [.en: "The script to replay.", .sv: "Skriptet som ska köras igen."]
        case .runData: [.en: "Load PATH where the script loads dataset NAME.", .sv: "Läs in PATH där skriptet läser in datamängden NAME."]
        case .runConnect:
            [.en: "Connect to URL where the script connects NAME (the password from ~/.pgpass or PGPASSWORD).",
             .sv: "Anslut till URL där skriptet ansluter NAME (lösenordet ur ~/.pgpass eller PGPASSWORD)."]
        case .runKeepGoing: [.en: "Go on past failing commands (the exit status still reports the first).",
                             .sv: "Fortsätt förbi kommandon som misslyckas (slutstatusen visar ändå det första)."]
        case .runStep: [.en: "Workshop step mode: wait for a key before each command (a failure does not end the tour).",
                        .sv: "Stegläge för workshoppen: vänta på en tangent före varje kommando (ett fel avslutar inte visningen)."]
        case .runSafe:
            [.en: "Refuse commands that write files (export, session save/export) and reads outside the script's folder and the --data files; leave nothing in the state folder.",
             .sv: "Vägra kommandon som skriver filer (export, session save/export) och läsning utanför skriptets mapp och filerna i --data; lämna inget kvar i tillståndsmappen."]
        case .checkAbstract: [.en: "Re-run Markdown transcripts and report every output that changed.",
                              .sv: "Kör protokoll i Markdown igen och visa varje utdata som ändrats."]
        case .checkTranscripts: [.en: "Transcripts written by 'session export PATH.md'.", .sv: "Protokoll skrivna av 'session export PATH.md'."]
        // The placeholders of -c and the files, as the parser shows them: `-c <commands>`.
        case .valueCommands: [.en: "commands", .sv: "kommandon"]
        case .valueFile: [.en: "file", .sv: "fil"]
        case .cannotRead: [.en: "evsh: cannot read '{1}'", .sv: "evsh: kan inte läsa '{1}'"]
        case .connectTakes: [.en: "--connect takes NAME=URL, such as --connect school=postgres://evsh@db/results",
                             .sv: "--connect ska följas av NAMN=URL, till exempel --connect skola=postgres://evsh@db/resultat"]
        case .languageTakes: [.en: "--language takes sv or en, not '{1}'", .sv: "--language ska följas av sv eller en, inte '{1}'"]
        }
    }
}
