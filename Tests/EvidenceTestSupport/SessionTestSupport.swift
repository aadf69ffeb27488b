import Foundation
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession

/// A fresh temporary directory for one test, removed by the caller with `cleanup`.
package func temporaryDirectory() -> String {
    let p = NSTemporaryDirectory() + "evsh-sessions-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
}

package func cleanup(_ dir: String) { try? FileManager.default.removeItem(atPath: dir) }

/// A session rooted in `dir` (relative paths resolve there), journaling into `state` if given.
package func session(in dir: String, state: String? = nil) -> Session {
    let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, stateDirectory: state, workingDirectory: dir))
    s.settings.width = 100
    return s
}

package func mode(of path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).map { $0 & 0o777 }
}

package func rendered(_ o: Output, _ s: Session) -> String { TextRenderer.renderString(o, options: s.renderOptions) }

/// Runs a tool and returns its standard output, with posix_spawn and waitpid directly:
/// Foundation's Process can miss the exit of a client (tmux) whose forked server lives on.
package func runTool(_ path: String, _ args: [String], capture: Bool = true) -> String {
    var fds: [Int32] = [-1, -1]
    if capture { guard pipe(&fds) == 0 else { return "" } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    if capture { close(fds[1]) }
    guard rc == 0 else { if capture { close(fds[0]) }; return "" }
    var data = [UInt8]()
    if capture {
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &buf, buf.count)
            if n <= 0 { break }
            data += buf[0..<n]
        }
        close(fds[0])
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: data, as: UTF8.self)
}
