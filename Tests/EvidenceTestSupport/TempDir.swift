import Foundation

/// A fresh temporary directory, removed when the value goes away.
package final class TempDir {
    package let path: String
    package init() throws {
        path = NSTemporaryDirectory() + "evsh-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
