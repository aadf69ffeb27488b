import Testing
@testable import EvidenceData

/// The delimiter choice reads the sample once for all the candidates that occur nowhere in
/// what that read looked at (docs/loading.md, "Speed and memory"). That is sound only if such
/// a candidate's own read would give the very same sample: checked here on texts with quotes,
/// stray quotes, unclosed quotes, CR and CRLF line ends, and candidates in odd places.
struct DelimiterSampleTests {
    func same(_ a: DialectSniffer.Sample, _ b: DialectSniffer.Sample) -> Bool {
        a.records.count == b.records.count
            && zip(a.records, b.records).allSatisfy { x, y in
                x.count == y.count && zip(x, y).allSatisfy { $0.start == $1.start && $0.end == $1.end && $0.quoted == $1.quoted && $0.escaped == $1.escaped }
            }
            && a.offsets == b.offsets && a.stray == b.stray && a.reachedEnd == b.reachedEnd && a.unclosed == b.unclosed
    }

    @Test func aCandidateAbsentFromWhatWasReadGetsTheSameSample() {
        var rng = SplitMix64(seed: 5)
        let pieces: [String] = ["a", "12", "Bräcke", "\"", "\"x\"", "\"a\"\"b\"", "\"q\"z", " ", ",", ";", "\t", "|", "\n", "\r\n", "\r", "\"\n\""]
        var texts: [[UInt8]] = [Array("id,name\n1,Anna\n2,Bo\n".utf8), Array("a;b\n\"x;y\";2\n".utf8), Array("\"open\n1,2\n".utf8)]
        for _ in 0..<400 {
            let n = Int(rng.next() % 60) + 1
            texts.append(Array((0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined().utf8))
        }
        var shared = 0
        for text in texts {
            let sniffer = DialectSniffer(bytes: FileBytes(bytes: text), start: 0, options: LoadOptions())
            for d in DialectSniffer.candidates {
                let first = sniffer.records(delimiter: d)
                let read = text[0..<first.scanned]
                guard !read.contains(d) else { continue }
                for other in DialectSniffer.candidates where other != d && !read.contains(other) {
                    shared += 1
                    #expect(same(first, sniffer.records(delimiter: other)), "\(String(decoding: text, as: UTF8.self).debugDescription) with \(d) and \(other)")
                }
            }
        }
        #expect(shared > 100)
    }

    /// A file longer than the sample whose `;` appears only after it: the scans stop at the
    /// sample, so `;` is absent from what they read, and the choice is `,` as before.
    @Test func aDelimiterOnlyBeyondTheSampleDoesNotCount() throws {
        var text = "id,name,score\n"
        while text.utf8.count < DialectSniffer.sampleSize + 1000 { text += "S\(text.utf8.count),Anna,12\n" }
        text += "x;y;z;w\n"
        let sniffer = DialectSniffer(bytes: FileBytes(bytes: Array(text.utf8)), start: 0, options: LoadOptions())
        let plan = try sniffer.sniff()
        #expect(plan.delimiter == UInt8(ascii: ","))
        #expect(plan.layout.names == ["id", "name", "score"])
    }
}
