import Foundation
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession

/// Writes fixture files into a fresh temporary folder and loads them through a session whose
/// working directory is that folder (so relative paths are exercised too).
package final class LoadFixtures {
    package let folder: String
    package let session: Session

    package init() {
        folder = NSTemporaryDirectory() + "evsh-load-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        session = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: folder))
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @discardableResult
    package func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    package func write(_ name: String, bytes: [UInt8]) -> String {
        let path = (folder as NSString).appendingPathComponent(name)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Run a line; the output's rendered text.
    package func run(_ line: String) -> (output: Output, text: String) {
        let o = session.run(line)
        return (o, TextRenderer.renderString(o, options: session.renderOptions))
    }

    package func table(_ name: String) -> Table? { session.tables[name]?.table }

    /// The first diagnostic of a failed output.
    package static func diagnostic(_ o: Output) -> Diagnostic? {
        for b in o.blocks { if case .diagnostic(let d) = b { return d } }
        return nil
    }
}

/// Windows-1252 bytes of a string (only the characters the fixtures use).
package func windows1252(_ s: String) -> [UInt8] {
    s.unicodeScalars.map { u in
        switch u.value {
        case 0..<0x80, 0xA0...0xFF: UInt8(u.value)
        case 0x2013: 0x96
        case 0x20AC: 0x80
        default: UInt8(ascii: "?")
        }
    }
}

package func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for u in s.utf16 {
        let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
        out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
}
