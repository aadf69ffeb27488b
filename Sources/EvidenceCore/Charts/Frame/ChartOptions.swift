/// The options every chart kind takes, declared once: parsing, defaults and help text all
/// come from `ChartOptions.specs`.
struct ChartOptions: Sendable {
    struct Spec: Sendable {
        let name: String
        let argument: String
        let help: String
    }

    static let specs: [Spec] = [
        Spec(name: "title", argument: "\"TEXT\"", help: "a title over the chart"),
        Spec(name: "width", argument: "N", help: "total width in columns (default: the terminal or 'set width'; never wider)"),
        Spec(name: "height", argument: "N", help: "height of the plot area in rows"),
        Spec(name: "bins", argument: "N", help: "number of bins (hist)"),
        Spec(name: "ascii", argument: "[on|off]", help: "7-bit ASCII only (also 'set ascii on')"),
        Spec(name: "color", argument: "[on|off]", help: "style spans for the terminal to colour (on by default; black and white stays legible)"),
        Spec(name: "canvas", argument: "braille|block", help: "pixels for points and lines: Braille 2x4 (default) or blocks 2x2"),
    ]

    static var names: Set<String> { Set(specs.map(\.name)) }

    /// One line per option for `help plot`.
    static var helpText: String {
        specs.map { "  \(($0.name + " " + $0.argument).padding(21)) \($0.help)" }.joined(separator: "\n")
    }

    var title: String?
    var width: Int
    var height: Int?
    var bins: Int?
    var ascii: Bool
    var color = true
    var canvas = CanvasKind.braille

    init(width: Int, ascii: Bool) {
        self.width = width
        self.ascii = ascii
    }

    var charset: Charset { Charset(ascii: ascii) }
    var canvasKind: CanvasKind { ascii ? .ascii : canvas }

    /// Body height: the option when given, else the kind's default, kept within reason.
    func height(default d: Int) -> Int { max(2, min(100, height ?? d)) }

    /// Parse one option whose keyword `w` was just taken.
    mutating func parse(_ w: Word, _ args: inout Arguments, _ ctx: CommandContext) throws {
        func number(_ lo: Int, _ hi: Int) throws -> Int {
            let v = try args.expect("a number after '\(w.text)'", usage: ctx.usage)
            guard let n = Int(v.text), n >= lo, n <= hi else {
                throw ctx.error("'\(w.text)' takes a whole number from \(lo) to \(hi), not '\(v.text)'", at: v)
            }
            return n
        }
        func onOff() throws -> Bool {
            guard let v = args.peek(), v.isKeyword("on") || v.isKeyword("off") else { return true }
            _ = args.next()
            return v.isKeyword("on")
        }
        switch w.text.lowercased() {
        case "title": title = try args.expect("a title after 'title'", usage: ctx.usage).text
        case "width": width = min(width, try number(20, 1000))
        case "height": height = try number(2, 100)
        case "bins": bins = try number(1, 500)
        case "ascii": ascii = try onOff() || ascii
        case "color", "colour": color = try onOff()
        case "canvas":
            let v = try args.expect("braille or block after 'canvas'", usage: ctx.usage)
            guard let k = CanvasKind(rawValue: v.text.lowercased()), k != .ascii else {
                throw ctx.error("'canvas' takes braille or block, not '\(v.text)'", at: v, hint: "for ASCII use 'ascii'")
            }
            canvas = k
        default: throw ctx.error("unknown chart option '\(w.text)'", at: w)
        }
    }
}
