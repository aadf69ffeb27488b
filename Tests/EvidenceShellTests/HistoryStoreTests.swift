#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine
import EvidenceShell
import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

@Suite struct HistoryStoreTests {
    /// As the shell does first: libedit writes UTF-8 raw only under a UTF-8 LC_CTYPE.
    init() { Terminal.setUpLocale() }

    @Test func linesAreAppendedAtOnceWithMode0600() throws {
        let dir = try TempDir()
        let path = dir.path + "/state/evsh/history"
        let h = HistoryStore(path: path)
        h.add("load demo")
        // Written before anything else happens: a crash now loses nothing.
        #expect(try readHistoryFile(path) == ["load demo"])
        h.add("count by class")
        h.add("count by class")  // a repeat is kept once
        h.add("list där åäö")
        #expect(try readHistoryFile(path) == ["load demo", "count by class", "list där åäö"])
        #expect(try mode(path) == 0o600)
        #expect(try mode(dir.path + "/state/evsh") == 0o700)
        #expect(h.entries == ["load demo", "count by class", "list där åäö"])
    }

    @Test func aNewStoreLoadsTheFile() throws {
        let dir = try TempDir()
        let path = dir.path + "/history"
        do {
            let h = HistoryStore(path: path)
            h.add("use demo")
            h.add("describe")
        }
        let again = HistoryStore(path: path)
        #expect(again.entries == ["use demo", "describe"])
        again.add("count")
        #expect(try readHistoryFile(path) == ["use demo", "describe", "count"])
    }

    @Test func theFileIsCutBackToTheSizeWhenItGrowsTooLong() throws {
        let dir = try TempDir()
        let path = dir.path + "/history"
        do {
            let h = HistoryStore(path: path, size: 3)
            for i in 1...8 { h.add("count \(i)") }
        }
        #expect(try readHistoryFile(path).count == 8)
        let again = HistoryStore(path: path, size: 3)
        #expect(again.entries == ["count 6", "count 7", "count 8"])
        #expect(try readHistoryFile(path) == ["count 6", "count 7", "count 8"])
    }

    /// libedit without a terminal: el_gets reads from a pipe, as the facts file measured.
    @Test func theLineEditorReadsUTF8LinesFromAPipe() throws {
        let dir = try TempDir()
        let path = dir.path + "/history"
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = "count by class\nlist å ä ö\n"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        let input = try #require(fdopen(fds[0], "r"))
        let sink = try #require(fopen("/dev/null", "w"))
        defer { fclose(input); fclose(sink) }
        let editor = LineEditor(history: HistoryStore(path: path), signals: false, input: input, output: sink, error: sink)
        #expect(editor.read(prompt: "evsh [1]> ") == .line("count by class"))
        #expect(editor.read(prompt: "evsh [2]> ") == .line("list å ä ö"))
        #expect(editor.read(prompt: "evsh [3]> ") == .end)
    }
}

/// The entries of a libedit history file, decoded (libedit writes spaces as `\040`).
func readHistoryFile(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(separator: "\n").map(String.init)
    guard lines.first == "_HiStOrY_V2_" else { throw HistoryFileError.noHeader(text) }
    lines.removeFirst()
    return lines.map { $0.replacingOccurrences(of: "\\040", with: " ") }
}

enum HistoryFileError: Error { case noHeader(String) }

func mode(_ path: String) throws -> Int {
    let attrs = try FileManager.default.attributesOfItem(atPath: path)
    return (attrs[.posixPermissions] as? Int ?? -1) & 0o777
}
