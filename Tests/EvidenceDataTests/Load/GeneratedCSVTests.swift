import Foundation
import Testing
@testable import EvidenceData
import EvidenceTestSupport

/// Seeded random school exports in every dialect the loader reads (`,` `;` tab `|`; UTF-8,
/// UTF-8 with BOM, Windows-1252; LF or CRLF; quoting; title and footer lines; decimal commas;
/// digit grouping; Skolverket's markers; empty cells; CR-only line ends; a line of
/// Windows-1252 in a UTF-8 file; name-only last rows; headers of years; now and then a file
/// whose delimiter cannot be told), each loaded and compared with what the generator wrote. A
/// misread is a failure; the only other outcome accepted is a load whose warning names the
/// delimiter it chose and an option with which the file then loads as written.
struct GeneratedCSVTests {
    /// SplitMix64: the same seed gives the same files on every machine.
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ r: Range<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
        mutating func pick<T>(_ a: [T]) -> T { a[int(0..<a.count)] }
    }

    /// `mixed`: UTF-8 with one data line written in Windows-1252 (pasted from another program).
    enum Encoding: CaseIterable { case utf8, utf8BOM, windows1252, mixed }

    /// One generated file: its bytes and what a correct load holds.
    struct Case {
        var bytes: [UInt8]
        var names: [String]
        var rows: [[Value]]
        var titleLines: Int
        var footerLines: Int
        var delimiter: Character
        var description: String
        /// Each data cell's text as written, before quoting (for a cross-check with Python's `csv`).
        var texts: [[String]] = []
        var encoding: Encoding = .utf8
    }

    enum ColumnShape { case id, name, score, decimal, grade, comment, place }

    static let first = ["Åsa", "Örjan", "Li", "Märta", "Bo", "Anna-Karin", "Jönsson", "Ängla", "Tove", "Elin", "Göran", "Wiremu", "Aroha"]
    static let last = ["Ek", "Lind", "Åberg", "Öst", "Nilsson", "Bäckström", "Te Awa", "Ngata"]
    static let comments = ["bra jobbat", "behöver stöd, mer tid", "läser \"gärna\"", "ok", "saknas ibland; sjuk", "frånvarande|sjuk", "Klar.", "nivå 2–3"]

    static func generate(seed: UInt64) -> Case {
        var rng = RNG(state: seed)
        let delimiter: Character = rng.pick([",", ";", "\t", "|"])
        var encoding = rng.pick(Encoding.allCases)
        let newline = rng.pick(["\n", "\r\n", "\n", "\r\n", "\r"])
        let decimalComma = delimiter != "," && rng.chance(0.7)
        let otherDelimiter: Character = delimiter == "," ? ";" : ","
        let thousands = rng.chance(0.3)
        var shapes: [ColumnShape] = rng.chance(0.8) ? [.id, .name] : [.name]
        for _ in 0..<rng.int(1..<5) { shapes.append(rng.pick([.score, .decimal, .grade, .comment])) }
        // Now and then a file no sniffer can tell: two text columns, the second always holding
        // one other delimiter (`namn;ort, kommun` / `Bo;Umeå, Västerbotten`).
        let ambiguous = rng.chance(0.03)
        if ambiguous { shapes = [.name, .place] }
        let headerNames = ["score": "poäng", "decimal": "närvaro", "grade": "betyg", "comment": "kommentar"]
        var names: [String] = []
        let years = rng.chance(0.15)
        var year = 2019
        for s in shapes {
            let base: String
            switch s {
            case .id: base = "elev_id"
            case .name: base = "namn"
            case .score: base = years ? "Poäng, totalt" : headerNames["score"]!
            case .decimal: base = years ? String(year) : headerNames["decimal"]!; year += 1
            case .grade: base = headerNames["grade"]!
            case .comment: base = headerNames["comment"]!
            case .place: base = "ort\(otherDelimiter) kommun"
            }
            var n = base, k = 2
            while names.contains(n) { n = "\(base)_\(k)"; k += 1 }
            names.append(n)
        }
        let d = String(delimiter)
        func field(_ s: String, forceQuote: Bool = false) -> String {
            let needs = s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.hasPrefix(" ")
            if needs || forceQuote { return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            return s
        }
        func number(_ v: Double, decimals: Int) -> String {
            var s = decimals == 0 ? String(Int(v)) : String(format: "%.\(decimals)f", v)
            if thousands, abs(v) >= 1000 {
                let neg = s.hasPrefix("-")
                if neg { s.removeFirst() }
                let parts = s.split(separator: ".", omittingEmptySubsequences: false)
                var intPart = String(parts[0])
                var grouped = ""
                while intPart.count > 3 { grouped = " " + intPart.suffix(3) + grouped; intPart = String(intPart.dropLast(3)) }
                s = intPart + grouped + (parts.count > 1 ? "." + parts[1] : "")
                if neg { s = "-" + s }
            }
            return decimalComma ? s.replacingOccurrences(of: ".", with: ",") : s
        }
        var lines: [String] = []
        let titles = ambiguous ? 0 : rng.int(0..<3)
        for t in 0..<titles {
            let text = t == 0 ? "Betyg i årskurs 6, läsåret 2018/19" : "Kommunnivå"
            let padded = rng.chance(0.5)
            lines.append(field(text) + (padded ? String(repeating: d, count: shapes.count - 1) : ""))
        }
        lines.append(names.map { field($0, forceQuote: rng.chance(0.1)) }.joined(separator: d))
        var rows: [[Value]] = []
        var texts: [[String]] = []
        let rowCount = rng.int(1..<25)
        for r in 0..<rowCount {
            var cells: [String] = []
            var values: [Value] = []
            let onlyName = r == rowCount - 1 && shapes[0] == .name && rng.chance(0.3)
            for s in shapes {
                let empty = s != .id && s != .name && (onlyName || rng.chance(0.1))
                if empty { cells.append(rng.chance(0.2) ? "\"\"" : ""); values.append(.missing(.empty)); continue }
                switch s {
                case .id:
                    let id = String(format: "S%04d", r + 1)
                    cells.append(field(id, forceQuote: rng.chance(0.1))); values.append(.text(id))
                case .name:
                    let n = rng.pick(first) + (rng.chance(0.8) ? " " + rng.pick(last) : "")
                    cells.append(field(n, forceQuote: rng.chance(0.2))); values.append(.text(n))
                case .score:
                    if rng.chance(0.08) {
                        let m = rng.pick([MissingKind.notAvailable, .suppressed, .absent])
                        cells.append(m.marker); values.append(.missing(m)); continue
                    }
                    let v = Double(rng.int(-50..<3000))
                    cells.append(number(v, decimals: 0)); values.append(.number(v))
                case .decimal:
                    let v = Double(rng.int(0..<10000)) / 10
                    cells.append(number(v, decimals: 1)); values.append(.number(v))
                case .grade:
                    let g = rng.pick(Array(Grade.allCases))
                    cells.append(field(g.letter, forceQuote: rng.chance(0.1))); values.append(.grade(g))
                case .comment:
                    let c = rng.pick(comments)
                    cells.append(field(c, forceQuote: rng.chance(0.2))); values.append(.text(c))
                case .place:
                    let p = rng.pick(["Umeå", "Ale", "Borås", "Kiruna"]) + "\(otherDelimiter) " + rng.pick(["Västerbotten", "Norrbotten", "Skåne"])
                    cells.append(p); values.append(.text(p))
                }
            }
            lines.append(cells.joined(separator: d))
            rows.append(values)
            texts.append(cells.map { c in
                guard c.hasPrefix("\""), c.hasSuffix("\""), c.count >= 2 else { return c }
                return String(c.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            })
        }
        let footers = ambiguous ? 0 : rng.int(0..<3)
        for t in 0..<footers {
            let text = t == 0 ? "Källa: Skolverket" : "Fotnot: .. betyder färre än 10 elever"
            lines.append(field(text) + (rng.chance(0.5) ? String(repeating: d, count: shapes.count - 1) : ""))
        }
        var text = lines.joined(separator: newline)
        if rng.chance(0.9) { text += newline }
        var bytes: [UInt8]
        // Mixed needs UTF-8 to tell by: two letters outside ASCII besides the Windows-1252 line.
        let k = titles + 1 + rng.int(0..<rowCount)
        if encoding == .mixed, lines.enumerated().filter({ $0.offset != k }).reduce(0, { $0 + $1.element.unicodeScalars.filter { $0.value > 0x7F }.count }) < 2 {
            encoding = .utf8
        }
        switch encoding {
        case .utf8: bytes = Array(text.utf8)
        case .utf8BOM: bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .windows1252: bytes = windows1252(text)
        case .mixed:
            // One data line in Windows-1252; the rest in UTF-8.
            bytes = []
            for (i, line) in lines.enumerated() {
                bytes += i == k ? windows1252(line) : Array(line.utf8)
                if i < lines.count - 1 || text.hasSuffix(newline) { bytes += Array(newline.utf8) }
            }
        }
        // Every column with something in it is compared; its kind is the loader's to choose.
        let description = "seed \(seed): delimiter \(delimiter == "\t" ? "tab" : d), \(encoding), decimal comma \(decimalComma), thousands \(thousands), \(titles) titles, \(footers) footers"
        return Case(bytes: bytes, names: names, rows: rows, titleLines: titles, footerLines: footers,
                    delimiter: delimiter, description: description, texts: texts, encoding: encoding)
    }

    /// Why a load of `c` is wrong, or nil when it is right (or honestly says it had to guess).
    static func check(_ c: Case, folder: String, index: Int) -> String? {
        let path = folder + "/g\(index).csv"
        FileManager.default.createFile(atPath: path, contents: Data(c.bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result: LoadResult
        do { result = try CSVLoader.load(path: path, name: "g", displayPath: "g.csv", options: LoadOptions()) } catch {
            return "\(c.description): \(error)"
        }
        let wrong = compare(c, result)
        // A delimiter the sniffer could not tell is said, with the option; then either reading
        // is right, or the one that option gives.
        guard let warning = result.report.warnings.first(where: { $0.contains("with delimiter=") }) else { return wrong }
        guard wrong != nil else { return "tie" }
        var options = LoadOptions()
        let value = warning.split(separator: "=").last.map { String($0.prefix { $0.isLetter }) } ?? ""
        guard options.set("delimiter", value) == nil, let again = try? CSVLoader.load(path: path, name: "g", displayPath: "g.csv", options: options) else {
            return "\(c.description): the warning's option does not load: \(warning)"
        }
        return compare(c, again).map { "\(c.description): neither reading is right: \($0)" } ?? "tie"
    }

    static func compare(_ c: Case, _ result: LoadResult) -> String? {
        let t = result.table
        if t.columnNames != c.names { return "\(c.description): names \(t.columnNames), expected \(c.names)" }
        if t.rowCount != c.rows.count { return "\(c.description): \(t.rowCount) rows, expected \(c.rows.count) · \(result.report.summary)" }
        if result.report.titleLines != c.titleLines { return "\(c.description): \(result.report.titleLines) title lines" }
        if result.report.footerLines != c.footerLines { return "\(c.description): \(result.report.footerLines) footer lines" }
        for (r, row) in c.rows.enumerated() {
            for (j, v) in row.enumerated() where j >= t.columns.count || t.columns[j].value(at: r) != v {
                guard j < t.columns.count else { return "\(c.description): no column \(j + 1)" }
                return "\(c.description): row \(r + 1) column \(c.names[j]) is \(t.columns[j].value(at: r)), expected \(v)"
            }
        }
        return nil
    }

    static let fileCount = 2000

    @Test func generatedExportsLoadAsWritten() throws {
        let folder = NSTemporaryDirectory() + "evsh-gen-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var failures: [String] = []
        var ties = 0
        for i in 0..<Self.fileCount {
            switch Self.check(Self.generate(seed: UInt64(i) &* 7919 &+ 17), folder: folder, index: i) {
            case nil: break
            case "tie"?: ties += 1
            case let f?: failures.append(f)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) misreads, first: \(failures.prefix(5).joined(separator: "\n"))")
        #expect(ties * 20 <= Self.fileCount, "\(ties) files where the delimiter was a guess")
        // EVSH_GENERATED_CSV_DIR=folder keeps the first 300 files there, each with a .json of its
        // delimiter, encoding, title and footer counts, header and cell texts: a cross-check of
        // the generator itself with Python's csv module (csv.reader(…, delimiter=…) on the
        // decoded text, title and footer lines left out, must give the same header and cells).
        if let dir = ProcessInfo.processInfo.environment["EVSH_GENERATED_CSV_DIR"] {
            for i in 0..<300 {
                let c = Self.generate(seed: UInt64(i) &* 7919 &+ 17)
                FileManager.default.createFile(atPath: dir + "/g\(i).csv", contents: Data(c.bytes))
                let oracle: [String: Any] = ["delimiter": String(c.delimiter), "encoding": "\(c.encoding)", "titles": c.titleLines,
                                             "footers": c.footerLines, "header": c.names, "rows": c.texts]
                let json = try JSONSerialization.data(withJSONObject: oracle)
                FileManager.default.createFile(atPath: dir + "/g\(i).json", contents: json)
            }
        }
        print("generated \(Self.fileCount) files: \(failures.count) misreads, \(ties) delimiter guesses said")
    }
}
