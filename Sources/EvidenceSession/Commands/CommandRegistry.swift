import EvidenceData
import EvidenceAnalysis

/// The list of commands: one explicit place, one line per command.
public struct CommandRegistry: Sendable {
    public let commands: [CommandSpec]

    public static let shared = CommandRegistry(commands: [
        // Loading and inspecting
        LoadCommand.spec,
        ConnectCommand.spec,
        ConnectionsCommand.spec,
        DatasetsCommand.spec,
        UseCommand.spec,
        DescribeCommand.spec,
        ListCommand.spec,
        CountCommand.spec,
        // Cycles and comparisons (stats)
        CyclesCommand.spec,
        SummaryCommand.spec,
        CompareCommand.spec,
        TailCommand.spec,
        BandsCommand.spec,
        NormsCommand.spec,
        // Charts
        PlotCommand.spec,
        // Language (expressions and shaping)
        FilterCommand.spec,
        LetCommand.spec,
        SelectCommand.spec,
        DropCommand.spec,
        RenameCommand.spec,
        IdCommand.spec,
        SortCommand.spec,
        AppendCommand.spec,
        // Sessions
        HistoryCommand.spec,
        RerunCommand.spec,
        SessionCommand.spec,
        RunScriptCommand.spec,
        NoteCommand.spec,
        // Evidence: several sources, results as data, privacy
        ExportCommand.spec,
        JoinCommand.spec,
        PivotCommand.spec,
        EvidenceCommand.spec,
        // Shell
        HelpCommand.spec,
        SetCommand.spec,
        QuitCommand.spec,
    ])

    public func lookup(_ name: String) -> CommandSpec? {
        let n = name.lowercased()
        return commands.first { $0.name == n || $0.aliases.contains(n) }
    }

    public var allNames: [String] { commands.flatMap { [$0.name] + $0.aliases } }
}
