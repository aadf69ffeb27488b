import Foundation
import EvidenceData
import EvidenceAnalysis

/// A `plot` command line taken apart: the kind, its positional parts (expressions), its
/// keyword clauses (`by COL`, `over cycles`, `-> B`, `sort`, …) and the shared chart options,
/// which may come in any order after the kind.
struct PlotRequest {
    struct Segment {
        var text: String
        var offset: Int
        var words: [Word]
    }

    var kind: Word
    var segments: [Segment] = []
    var clauses: [String: (keyword: Word, value: Word?)] = [:]
    var options: ChartOptions

    /// `arity` gives each clause keyword of the kind the number of words it takes (0 or 1).
    init(kind: Word, arity: [String: Int], ctx: inout CommandContext) throws {
        self.kind = kind
        let s = ctx.session
        options = ChartOptions(width: s.renderOptions.width, ascii: s.settings.ascii)
        options.language = s.settings.language
        let stops = Set(arity.keys).union(ChartOptions.names).union(["colour"])
        // `bins=20` reads as `bins 20` (the `with key=value` habit of other commands).
        ctx.args.splitAssignments(of: Set(arity.filter { $0.value > 0 }.keys).union(ChartOptions.names).subtracting(["->"]))
        while let w = ctx.args.peek() {
            let key = w.text.lowercased()
            if w.isBare, let n = arity[key] {
                _ = ctx.args.next()
                if clauses[key] != nil { throw ctx.error(PlotMessage.givenTwice(.text(w.text)), at: w) }
                let v = n > 0 ? try ctx.args.expect(PlotMessage.expectedValueAfter(.text(w.text)), usage: ctx.usage) : nil
                clauses[key] = (w, v)
            } else if w.isBare, stops.contains(key) {
                _ = ctx.args.next()
                try options.parse(w, &ctx.args, ctx)
            } else {
                let start = ctx.args.position
                guard let r = ctx.args.rest(stoppingAt: stops) else { break }
                segments.append(Segment(text: r.text, offset: r.offset, words: Array(ctx.args.words[start..<ctx.args.position])))
            }
        }
    }

    func value(_ key: String) -> Word? { clauses[key]?.value }
    func has(_ key: String) -> Bool { clauses[key] != nil }

    /// Exactly `n` positional parts, or a usage error saying what was expected.
    func expectSegments(_ n: Int, _ what: PlotMessage, ctx: CommandContext) throws {
        if segments.count < n {
            throw ctx.error(what(.text(kind.text)), at: nil)
        }
        if segments.count > n, let w = segments[n].words.first {
            throw ctx.error(CommonMessage.unexpected(.text(segments[n].text)), at: w)
        }
    }

    /// A clause that must be there (`by COL` for bar and box).
    func require(_ key: String, _ missing: PlotMessage, ctx: CommandContext) throws -> Word {
        guard let w = value(key) else { throw ctx.error(missing(), at: nil) }
        return w
    }
}
