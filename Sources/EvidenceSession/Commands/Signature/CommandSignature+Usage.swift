import EvidenceData

/// The usage line and the argument list of `help` and docs/commands.md, from the signature.
extension CommandSignature {
    /// `count [where EXPR] [by EXPR[, EXPR …]]`; subcommands as alternatives
    /// (`pivot longer [as NAME]  |  pivot wider …`).
    package func usage(_ name: String) -> String {
        if !subcommands.isEmpty {
            return subcommands.map { "\(name) \($0.usageTail)" }.joined(separator: "  |  ")
        }
        return ([name] + usageParts).joined(separator: " ")
    }

    var usageParts: [String] {
        arguments.map { $0.optional ? "[\($0.label)]" : $0.label } + clauses.map(\.usage)
    }

    /// One line per argument, clause or subcommand: what to write and what it means.
    package var helpItems: [(term: String, help: String)] {
        var out: [(String, String)] = []
        for a in arguments {
            switch a.shape {
            case .setting: out += SettingSpec.all.map { ("\($0.name) \($0.syntax)", $0.help) }
            case .settingValue: continue
            // A word that is its own label (the `=` of `let NAME = EXPR`) needs no line.
            case .choice(let words) where words == [a.label] && a.help == nil: continue
            default: out.append((a.label, a.help ?? a.shape.help))
            }
        }
        out += subcommands.map { ($0.usageTail, $0.help) }
        for c in clauses {
            let body = c.required ? c.usage : String(c.usage.dropFirst().dropLast())
            out.append((body, c.help ?? c.argument.map { $0.help ?? $0.shape.help } ?? ""))
        }
        return out
    }
}

extension Clause {
    /// `[by COLUMNS]`, `to NEW`, `[sort EXPR [desc]]`.
    package var usage: String {
        var body = keyword
        if let a = argument { body += " " + (a.optional ? "[\(a.label)]" : a.label) }
        if let f = flags.first { body += " [\(f)]" }
        return required ? body : "[\(body)]"
    }
}

extension Subcommand {
    /// `save PATH.evsh [with failed=true]`.
    package var usageTail: String {
        usage ?? ([name] + signature.usageParts).joined(separator: " ")
    }
}
