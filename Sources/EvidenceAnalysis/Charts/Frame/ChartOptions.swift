import EvidenceData

/// The options every chart kind takes, declared once: parsing, defaults and help text all
/// come from `ChartOptions.specs`.
package struct ChartOptions: Sendable {
    package struct Spec: Sendable {
        package let name: String
        package let argument: String
        package let help: String
    }

    package static let specs: [Spec] = [
        Spec(name: "title", argument: "\"TEXT\"", help: "a title over the chart"),
        Spec(name: "width", argument: "N", help: "total width in columns (default: the terminal or 'set width'; never wider)"),
        Spec(name: "height", argument: "N", help: "height of the plot area in rows"),
        Spec(name: "bins", argument: "N", help: "number of bins (hist)"),
        Spec(name: "ascii", argument: "[on|off]", help: "7-bit ASCII only (also 'set ascii on')"),
        Spec(name: "color", argument: "[on|off]", help: "style spans for the terminal to colour (on by default; black and white stays legible)"),
        Spec(name: "canvas", argument: "braille|block", help: "pixels for points and lines: Braille 2x4 (default) or blocks 2x2"),
    ]

    package static var names: Set<String> { Set(specs.map(\.name)) }

    /// One line per option for `help plot`.
    package static var helpText: String {
        specs.map { "  \(DisplayWidth.pad($0.name + " " + $0.argument, to: 21)) \($0.help)" }.joined(separator: "\n")
    }

    package var title: String?
    package var width: Int
    package var height: Int?
    package var bins: Int?
    package var ascii: Bool
    package var color = true
    package var canvas = CanvasKind.braille
    /// The language of the chart's labels, legends and notes (docs/architecture.md, "Messages").
    package var language = Language.en

    package init(width: Int, ascii: Bool) {
        self.width = width
        self.ascii = ascii
    }

    package var charset: Charset { Charset(ascii: ascii) }
    package var canvasKind: CanvasKind { ascii ? .ascii : canvas }

    /// Body height: the option when given, else the kind's default, kept within reason.
    package func height(default d: Int) -> Int { max(2, min(100, height ?? d)) }
}
