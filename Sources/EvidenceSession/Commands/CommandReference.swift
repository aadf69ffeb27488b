import EvidenceData
import EvidenceAnalysis

/// The command reference (docs/commands.md) rendered from the command declarations, so the
/// document cannot drift from the code: a test compares the file with this output.
public enum CommandReference {
    public static func markdown(_ registry: CommandRegistry = .shared) -> String {
        var out = [
            "# Command reference",
            "",
            "Generated from each command's own declaration (`Sources/EvidenceSession/Commands/`); a test",
            "checks that this file matches. Regenerate it with `make docs`.",
            "",
        ]
        for cat in CommandSpec.Category.allCases {
            let cmds = registry.commands.filter { $0.category == cat }
            if cmds.isEmpty { continue }
            out.append("## \(cat.rawValue)")
            out.append("")
            for c in cmds {
                out.append("### \(c.name)")
                out.append("")
                out.append("`\(c.usage)`")
                out.append("")
                out.append(c.summary)
                if !c.discussion.isEmpty { out += ["", c.discussion] }
                let items = c.signature.helpItems
                if !items.isEmpty { out += [""] + items.map { "- `\($0.term)`" + ($0.help.isEmpty ? "" : ": \($0.help)") } }
                if !c.aliases.isEmpty { out += ["", "Also: " + c.aliases.map { "`\($0)`" }.joined(separator: ", ")] }
                if !c.examples.isEmpty {
                    out += ["", "```"]
                    for e in c.examples { out.append("\(e.input)".padding(44) + "# \(e.explanation)") }
                    out.append("```")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }
}
