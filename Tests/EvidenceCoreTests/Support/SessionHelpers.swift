import EvidenceCore

/// Runs lines through a fresh session and returns the rendered text of the last one.
func render(_ lines: [String], width: Int = 100) -> (text: String, output: Output, session: Session) {
    let s = Session(environment: .plain)
    s.settings.width = width
    var last = Output.empty
    for l in lines { last = s.run(l) }
    return (TextRenderer.renderString(last, options: s.renderOptions), last, s)
}

/// Where the shared corpora are (../shared beside the checkout), or nil in a user's clone.
func sharedDirectory() -> String? {
    var url = #filePath
    for _ in 0..<4 { url = (url as NSString).deletingLastPathComponent }  // file, Support, EvidenceCoreTests, Tests
    let shared = ((url as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared) ? shared : nil
}

import Foundation
