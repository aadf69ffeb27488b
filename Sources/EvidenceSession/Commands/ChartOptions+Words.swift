import EvidenceData
import EvidenceAnalysis

/// Reading chart options from command-line words (the options are declared in
/// `ChartOptions.specs`).
extension ChartOptions {
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
