import Foundation
@testable import EvidenceCore

/// Writes fixture files into a fresh temporary folder and loads them through a session whose
/// working directory is that folder (so relative paths are exercised too).
final class LoadFixtures {
    let folder: String
    let session: Session

    init() {
        folder = NSTemporaryDirectory() + "evsh-load-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        session = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: folder))
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let path = (folder as NSString).appendingPathComponent(name)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Run a line; the output's rendered text.
    func run(_ line: String) -> (output: Output, text: String) {
        let o = session.run(line)
        return (o, TextRenderer.renderString(o, options: session.renderOptions))
    }

    func table(_ name: String) -> Table? { session.tables[name]?.table }

    /// The first diagnostic of a failed output.
    static func diagnostic(_ o: Output) -> Diagnostic? {
        for b in o.blocks { if case .diagnostic(let d) = b { return d } }
        return nil
    }
}

/// Windows-1252 bytes of a string (only the characters the fixtures use).
func windows1252(_ s: String) -> [UInt8] {
    s.unicodeScalars.map { u in
        switch u.value {
        case 0..<0x80, 0xA0...0xFF: UInt8(u.value)
        case 0x2013: 0x96
        case 0x20AC: 0x80
        default: UInt8(ascii: "?")
        }
    }
}

func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for u in s.utf16 {
        let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
        out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
}
