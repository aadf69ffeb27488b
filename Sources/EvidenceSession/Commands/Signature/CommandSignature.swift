import EvidenceData

/// What a command takes, declared as data on its `CommandSpec`: positional arguments in order,
/// keyword clauses (`by COLUMNS`, `as NAME`, `with KEY=VALUE …`) in any order after them, or
/// subcommands chosen by the first word (`session save PATH`). Completion, the usage line, `help`
/// and docs/commands.md are derived from it.
package struct CommandSignature: Sendable {
    package var arguments: [ArgumentSpec]
    package var clauses: [Clause]
    /// The first word picks one; `clauses` then apply to every subcommand too (chart options).
    package var subcommands: [Subcommand]

    package init(_ arguments: [ArgumentSpec] = [], clauses: [Clause] = [], subcommands: [Subcommand] = []) {
        self.arguments = arguments
        self.clauses = clauses
        self.subcommands = subcommands
    }

    package static let none = CommandSignature()

    /// Every keyword that may start a clause, the first spelling of each first.
    package var keywords: [String] { clauses.flatMap { $0.keywords + $0.flags } }

    /// The clause a bare word starts, nil for any other word.
    package func clause(startedBy w: Word) -> Clause? {
        guard w.isBare else { return nil }
        let k = w.text.lowercased()
        if let c = clauses.first(where: { $0.keywords.contains(k) }) { return c }
        // A flag that follows a clause (`sort EXPR desc`) is a clause of its own.
        return clauses.contains { $0.flags.contains(k) } ? Clause(k) : nil
    }

    package func subcommand(named w: Word) -> Subcommand? {
        subcommands.first { w.isKeyword($0.name) }
    }
}

/// A positional argument: `PATH`, `EXPR[, EXPR …]`.
package struct ArgumentSpec: Sendable {
    /// As the usage line shows it.
    package var label: String
    package var shape: ArgumentShape
    package var optional: Bool
    /// What it is, when the shape's own words say too little.
    package var help: String?

    package init(_ label: String, _ shape: ArgumentShape, optional: Bool = false, help: String? = nil) {
        self.label = label
        self.shape = shape
        self.optional = optional
        self.help = help
    }
}

/// A keyword and what follows it: `by COLUMNS`, `as NAME`, or a flag such as `desc`.
package struct Clause: Sendable {
    /// The keyword; further spellings after the first (`color`, `colour`; `desc`, `asc`).
    package var keywords: [String]
    /// Nil for a flag.
    package var argument: ArgumentSpec?
    /// Shown without brackets (`rename OLD to NEW`).
    package var required: Bool
    /// Flags that may follow the argument, the first shown (`sort EXPR [desc]`).
    package var flags: [String]
    package var help: String?

    package init(_ keywords: String..., argument: ArgumentSpec? = nil, required: Bool = false, flags: [String] = [],
                 help: String? = nil) {
        self.keywords = keywords
        self.argument = argument
        self.required = required
        self.flags = flags
        self.help = help
    }

    package var keyword: String { keywords.first ?? "" }

    /// `with KEY=VALUE …`: `label` as the usage line shows it.
    package static func options(_ keys: [String], label: String = "OPTION=VALUE …", help: String? = nil) -> Clause {
        Clause("with", argument: ArgumentSpec(label, .options(keys)), help: help)
    }
}

/// A first word that chooses what the rest means: `session save PATH`, `plot hist EXPR`.
package struct Subcommand: Sendable {
    package var name: String
    package var signature: CommandSignature
    /// One sentence for help and the docs.
    package var help: String
    /// The usage after the command's name when the derived one says less (`hist EXPR [bins N | binwidth W]`).
    package var usage: String?

    package init(_ name: String, _ signature: CommandSignature = .none, help: String, usage: String? = nil) {
        self.name = name
        self.signature = signature
        self.help = help
        self.usage = usage
    }
}
