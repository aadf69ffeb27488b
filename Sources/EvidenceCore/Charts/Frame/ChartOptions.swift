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
}
