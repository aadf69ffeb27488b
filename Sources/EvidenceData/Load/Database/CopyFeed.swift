import Foundation

/// The COPY streams of one load (docs/databases.md, "Loading"): the first, and, when a second
/// read needs rows already let go, another of the same query. The load runs in one
/// REPEATABLE READ transaction, so a second COPY sees the same rows as the first. Each stream
/// is received on a thread of its own; only one uses the connection at a time.
final class CopyFeed: @unchecked Sendable {
    private let connection: any DatabaseConnection
    private let query: String
    private let cancellation: Cancellation?
    private let chunkBytes: Int
    private(set) var stream: CopyStream

    init(_ connection: any DatabaseConnection, query: String, cancellation: Cancellation?, chunkBytes: Int) {
        self.connection = connection
        self.query = query
        self.cancellation = cancellation
        self.chunkBytes = chunkBytes
        stream = Self.start(connection, query: query, cancellation: cancellation, chunkBytes: chunkBytes)
    }

    private static func start(_ connection: any DatabaseConnection, query: String, cancellation: Cancellation?, chunkBytes: Int) -> CopyStream {
        let stream = CopyStream(cancellation: cancellation, chunkBytes: chunkBytes)
        let receiver = Thread {
            do {
                try connection.copyRows(of: query, cancellation: stream.stop) { try stream.append($0) }
                stream.finish(nil)
            } catch {
                stream.finish(error)
            }
        }
        receiver.name = "evsh-copy"
        receiver.start()
        return stream
    }

    /// All the rows again, from the server, when the stream has let some go.
    func rewind() {
        guard stream.dropped else { return }
        stream.abandonAndWait()
        stream = Self.start(connection, query: query, cancellation: cancellation, chunkBytes: chunkBytes)
    }
}
