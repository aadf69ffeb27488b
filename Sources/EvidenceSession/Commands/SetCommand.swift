import EvidenceData
import EvidenceAnalysis

enum SetCommand {
    static let usage = "set OPTION VALUE   (width N|auto · timing on|off · ascii on|off · color auto|on|off · min-group K · workshop on|off · seed N)"
    static let spec = CommandSpec(
        name: "set", category: .shell,
        usage: usage,
        summary: "Change a setting: width, timing, ascii, color, min-group, workshop, seed.",
        discussion: "`set` alone lists the settings. `set timing on` prints the wall time of each command after it, like sqlite3's .timer.",
        examples: [
            CommandExample("set width 60", "draw tables at most 60 columns wide", setup: [], expect: ["width = 60"]),
            CommandExample("set timing on", "time every command", setup: [], expect: ["timing = on"]),
            CommandExample("set colour on", "a misspelt option gets a suggestion", setup: [], expect: ["did you mean 'color'?"], fails: true),
        ],
        keywords: ["width", "timing", "ascii", "color", "min-group", "workshop", "seed"]
    ) { ctx in
        let s = ctx.session
        guard let opt = ctx.args.next() else { return list(s.settings) }
        let value = try ctx.args.expect("a value for '\(opt.text)'", usage: usage)
        try ctx.args.expectEnd(usage: usage)
        func onOff() throws -> Bool {
            switch value.text.lowercased() {
            case "on", "true", "yes", "1": return true
            case "off", "false", "no", "0": return false
            default: throw ctx.error("'\(opt.text)' takes on or off, not '\(value.text)'", at: value)
            }
        }
        func positive(_ lo: Int, _ hi: Int) throws -> Int {
            guard let n = Int(value.text), n >= lo, n <= hi else {
                throw ctx.error("'\(opt.text)' takes a whole number from \(lo) to \(hi), not '\(value.text)'", at: value)
            }
            return n
        }
        switch opt.text.lowercased() {
        case "width":
            s.settings.width = value.text.lowercased() == "auto" ? nil : try positive(20, 1000)
            return .message("width = \(s.settings.width.map(String.init) ?? "auto")")
        case "timing":
            s.settings.timing = try onOff()
            return .message("timing = \(s.settings.timing ? "on" : "off")")
        case "ascii":
            s.settings.ascii = try onOff()
            return .message("ascii = \(s.settings.ascii ? "on" : "off")")
        case "color":
            guard let m = Settings.ColorMode(rawValue: value.text.lowercased()) else {
                throw ctx.error("'color' takes auto, on or off, not '\(value.text)'", at: value)
            }
            s.settings.color = m
            return .message("color = \(m.rawValue)")
        case "min-group":
            s.settings.minGroup = try positive(1, 1000)
            return .message("min-group = \(s.settings.minGroup)")
        case "workshop":
            s.settings.workshop = try onOff()
            return .message("workshop = \(s.settings.workshop ? "on: individual rows hidden, groups under \(s.settings.minGroup) suppressed" : "off")")
        case "seed":
            guard let n = UInt64(value.text) else { throw ctx.error("'seed' takes a whole number, not '\(value.text)'", at: value) }
            s.settings.seed = n
            return .message("seed = \(n)")
        default:
            let names = ["width", "timing", "ascii", "color", "min-group", "workshop", "seed"]
            throw ctx.error("unknown setting '\(opt.text)'", at: opt, hint: Suggestions.didYouMean(opt.text, in: names) ?? "settings: \(names.joined(separator: ", "))")
        }
    }

    static func list(_ st: Settings) -> Output {
        let rows: [[Cell]] = [
            [.text("width"), .text(st.width.map(String.init) ?? "auto")],
            [.text("timing"), .text(st.timing ? "on" : "off")],
            [.text("ascii"), .text(st.ascii ? "on" : "off")],
            [.text("color"), .text(st.color.rawValue)],
            [.text("min-group"), .text(String(st.minGroup))],
            [.text("workshop"), .text(st.workshop ? "on" : "off")],
            [.text("seed"), .text(String(st.seed))],
        ]
        return .table(ResultTable(header: ["setting", "value"], rows: rows))
    }
}
