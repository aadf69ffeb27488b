import EvidenceData
import EvidenceAnalysis

/// Reading chart options from command-line words (the options are declared in
/// `ChartOptions.specs`).
extension ChartOptions {
    /// Parse one option whose keyword `w` was just taken.
    mutating func parse(_ w: Word, _ args: inout Arguments, _ ctx: CommandContext) throws {
        func number(_ lo: Int, _ hi: Int) throws -> Int {
            let v = try args.expect(ArgumentsMessage.expectedNumberAfter(.text(w.text)), usage: ctx.usage)
            guard let n = Int(v.text), n >= lo, n <= hi else {
                throw ctx.error(ChartOptionsMessage.wholeNumberRange(.text(w.text), .quantity(lo), .quantity(hi), .text(v.text)), at: v)
            }
            return n
        }
        func onOff() throws -> Bool {
            guard let v = args.peek(), v.isKeyword("on") || v.isKeyword("off") else { return true }
            _ = args.next()
            return v.isKeyword("on")
        }
        switch w.text.lowercased() {
        case "title": title = try args.expect(ChartOptionsMessage.expectedTitle(), usage: ctx.usage).text
        case "width": width = min(width, try number(20, 1000))
        case "height": height = try number(2, 100)
        case "bins": bins = try number(1, 500)
        case "ascii": ascii = try onOff() || ascii
        case "color", "colour": color = try onOff()
        case "canvas":
            let v = try args.expect(ChartOptionsMessage.expectedCanvas(), usage: ctx.usage)
            guard let k = CanvasKind(rawValue: v.text.lowercased()), k != .ascii else {
                throw ctx.error(ChartOptionsMessage.canvasTakes(.text(v.text)), at: v, hint: ChartOptionsMessage.forASCII())
            }
            canvas = k
        default: throw ctx.error(ChartOptionsMessage.unknownOption(.text(w.text)), at: w)
        }
    }
}
