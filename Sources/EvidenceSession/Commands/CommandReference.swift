import EvidenceData
import EvidenceAnalysis

/// The command reference (docs/commands.md) rendered from the command declarations, so the
/// document cannot drift from the code: a test compares the file with this output. In
/// Swedish (docs/sv/commands.md) the parts `HelpMessage` and `HelpPart` translate are shown in
/// Swedish; usages, terms and examples' commands are what the user types, the same in both.
public enum CommandReference {
    /// Where the reference in `language` lives, from the package root.
    public static func path(_ language: Language) -> String {
        language == .en ? "docs/commands.md" : "docs/\(language.rawValue)/commands.md"
    }

    public static func markdown(_ registry: CommandRegistry = .shared, language L: Language = .en) -> String {
        var out = ["# " + HelpMessage.referenceTitle.text(L), "", HelpMessage.referenceIntro.text(L), ""]
        for cat in CommandSpec.Category.allCases {
            let cmds = registry.commands.filter { $0.category == cat }
            if cmds.isEmpty { continue }
            out.append("## \(cat.title(L))")
            out.append("")
            for c in cmds {
                func part(_ key: String, _ english: String) -> String { HelpMessage.part(c.name, key, L) ?? english }
                out.append("### \(c.name)")
                out.append("")
                out.append("`\(c.usage)`")
                out.append("")
                out.append(part("summary", c.summary))
                if !c.discussion.isEmpty { out += ["", part("discussion", c.discussion)] }
                let items = c.signature.helpItems
                if !items.isEmpty {
                    out += [""] + items.map { item in
                        let help = part("arg.\(item.term)", item.help)
                        return "- `\(item.term)`" + (help.isEmpty ? "" : ": \(help)")
                    }
                }
                if !c.aliases.isEmpty { out += ["", HelpMessage.referenceAlso.text(L, .text(c.aliases.map { "`\($0)`" }.joined(separator: ", ")))] }
                if !c.examples.isEmpty {
                    out += ["", "```"]
                    for (i, e) in c.examples.enumerated() { out.append("\(e.input)".padding(44) + "# " + part("example.\(i + 1)", e.explanation)) }
                    out.append("```")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }
}
