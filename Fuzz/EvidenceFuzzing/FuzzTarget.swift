import Foundation
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// What the fuzzers feed: each target takes any bytes and must return without a crash, a trap
/// or a hang. A thrown `Diagnostic` is a correct answer to bad input; anything else that stops
/// the process is a bug (docs/architecture.md, "Fuzzing"). `make fuzz` runs them under
/// libFuzzer; the tests replay every file under Tests/FuzzRegressionTests through them.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// The CSV loader: the bytes as a file, loaded strictly and leniently.
    case csv
    /// The expression language: lexer, parser, checker, evaluator and the caret renderer.
    case expression
    /// The command-line tokenizer and the script reader.
    case commandLine = "command-line"
    /// The transcript and saved-script readers.
    case transcript
    /// The journal reader (`session recover`): checksums, torn lines, save and folder marks.
    case journal
    /// Workbooks: bytes starting `PK` as an .xlsx file (the zip, the limits, every part);
    /// other bytes as a sheet's XML, with shared strings and styles after NUL bytes.
    case xlsx

    package func run(_ bytes: [UInt8]) {
        switch self {
        case .csv: FuzzTarget.csv(bytes)
        case .expression: FuzzTarget.expression(String(decoding: bytes, as: UTF8.self))
        case .commandLine: FuzzTarget.commandLine(String(decoding: bytes, as: UTF8.self))
        case .transcript: FuzzTarget.transcript(String(decoding: bytes, as: UTF8.self))
        case .journal: FuzzTarget.journal(String(decoding: bytes, as: UTF8.self))
        case .xlsx: FuzzTarget.xlsx(bytes)
        }
    }

    /// Makes what lives for the whole run (the sample table, the scratch path) before any input.
    package func prepare() {
        _ = FuzzTarget.table
        _ = FuzzTarget.scratch
        run([])
    }

    /// One scratch file per process (tmpfs where there is one), rewritten for each input.
    static let scratch: String = {
        let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return (dir as NSString).appendingPathComponent("evsh-fuzz-\(getpid()).csv")
    }()

    static func csv(_ bytes: [UInt8]) {
        guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else { return }
        for lenient in [false, true] {
            var options = LoadOptions()
            options.lenient = lenient
            if let r = try? CSVLoader.load(path: scratch, name: "f", displayPath: "f.csv", options: options) {
                // Touch every cell, as describe and export would.
                for c in r.table.columns { for i in 0..<min(c.count, 2_000) { _ = c.value(at: i).description } }
            }
        }
    }

    /// A small table with a column of every type, for expressions to run on.
    static let table: ResolvedDataset = {
        // Every seventh student: a view, so selections are exercised too.
        ResolvedDataset(name: "demo", table: DemoSchool.table(), selection: stride(from: 0, to: 300, by: 7).map { Int32($0) })
    }()

    static func expression(_ text: String) {
        do {
            _ = try Expressions.evaluate(text, offset: 0, line: text, in: table)
        } catch let d as Diagnostic {
            _ = DiagnosticRenderer.render(d)
        } catch let l as DiagnosticList {
            for d in l.diagnostics { _ = DiagnosticRenderer.render(d) }
        } catch {}
    }

    static func commandLine(_ text: String) {
        _ = CommandLexer.scan(text)
        _ = CommandLexer.command(text)
        _ = CommandLexer.words(in: text)
        for c in ScriptText.commands(in: text) { _ = CommandLexer.splittingArrows(CommandLexer.commandWords(c.text)) }
        _ = try? CommandLexer.commaParts(text, offset: 0, line: text)
    }

    static let workbookScratch = String(scratch.dropLast(4)) + ".xlsx"

    static func xlsx(_ bytes: [UInt8]) {
        func touch(_ r: LoadResult?) {
            guard let r else { return }
            for c in r.table.columns { for i in 0..<min(c.count, 2_000) { _ = c.value(at: i).description } }
            _ = r.report.summary
        }
        if bytes.starts(with: [0x50, 0x4B]) {
            guard FileManager.default.createFile(atPath: workbookScratch, contents: Data(bytes)) else { return }
            touch(try? TableReaders.reader(path: workbookScratch, displayPath: "f.xlsx", options: LoadOptions()).load(name: "f", cancellation: nil))
            _ = try? WorkbookSheet.list(path: workbookScratch, displayPath: "f.xlsx")
            return
        }
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        for lenient in [false, true] {
            touch(try? XlsxReader.load(sheetXML: parts[0], sharedStrings: parts.count > 1 ? parts[1] : nil,
                                       styles: parts.count > 2 ? parts[2] : nil, lenient: lenient))
            // The same bytes as an .ods content.xml (tables, repeats, spans, paragraphs).
            touch(try? XlsxReader.load(odsContentXML: bytes, lenient: lenient))
        }
    }

    static func transcript(_ text: String) {
        _ = TranscriptChecker.parse(text)
        _ = ScriptDocument(text: text)
        for line in text.split(separator: "\n").prefix(200) { _ = DataFingerprint.parse(headerLine: String(line)) }
    }

    static func journal(_ text: String) {
        let c = Journal.contents(of: text)
        // Every command recovered passed its checksum; replaying reads it as a command line.
        for command in c.commands.prefix(200) { _ = CommandLexer.command(command) }
    }
}
