import Foundation
@testable import EvidenceCore

/// A fresh temporary directory for one test, removed by the caller with `cleanup`.
func temporaryDirectory() -> String {
    let p = NSTemporaryDirectory() + "evsh-sessions-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
}

func cleanup(_ dir: String) { try? FileManager.default.removeItem(atPath: dir) }

/// A session rooted in `dir` (relative paths resolve there), journaling into `state` if given.
func session(in dir: String, state: String? = nil) -> Session {
    let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, stateDirectory: state, workingDirectory: dir))
    s.settings.width = 100
    return s
}

func mode(of path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).map { $0 & 0o777 }
}

func rendered(_ o: Output, _ s: Session) -> String { TextRenderer.renderString(o, options: s.renderOptions) }

/// The package root (for sessions/ and the built evsh binary).
func packageRoot() -> String {
    var url = #filePath
    for _ in 0..<4 { url = (url as NSString).deletingLastPathComponent }
    return url
}

/// The evsh binary `swift build --build-tests` made, or nil (tests that need it then skip).
func evshBinary() -> String? {
    for conf in ["debug", "release"] {
        let p = packageRoot() + "/.build/\(conf)/evsh"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}
