import Foundation
import Synchronization

/// The rows of a `COPY … TO STDOUT` as they arrive, in COPY's text format, kept in chunks of
/// about 1 MiB: one thread (the receiver, on the connection) fills them while another types
/// the chunks already sealed, so the two cores overlap (docs/databases.md, "Loading"). A chunk
/// is never changed once sealed, so the typing needs the lock only to learn how many there are.
/// A chunk is let go once typed, unless it holds an odd value a message may quote.
final class CopyStream: @unchecked Sendable {
    /// Rows, each without its newline: row i spans `bytes[start(i)..<ends[i]]`.
    final class Chunk: @unchecked Sendable {
        let bytes: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var used = 0
        var ends: [Int] = []
        /// The stream's number of the chunk's first row.
        let firstRow: Int

        init(capacity: Int, firstRow: Int) {
            self.capacity = capacity
            self.firstRow = firstRow
            bytes = .allocate(capacity: max(capacity, 1))
        }
        deinit { bytes.deallocate() }

        var rowCount: Int { ends.count }
        @inline(__always) func start(_ i: Int) -> Int { i == 0 ? 0 : ends[i - 1] }
    }

    private let state = NSCondition()
    /// Sealed chunks in order; nil where one was let go (`drop`).
    private var sealed: [Chunk?] = []
    /// Each sealed chunk's first row, to find a row's chunk.
    private var firstRows: [Int] = []
    private var finished = false
    /// Some chunk was let go: reading all the rows again needs a new stream.
    private(set) var dropped = false
    private var failure: (any Error)?
    /// Rows received so far, for the progress line (read without the lock).
    private let received = Atomic<Int>(0)
    /// The receiver's own Ctrl-C: the typing side sets it when it stops early (Ctrl-C seen
    /// there, or an error), and the receiver then cancels the query on the server.
    let stop = Cancellation()
    /// The session's Ctrl-C, passed on to `stop` while the typing side waits.
    private let user: Cancellation?

    /// Bytes a chunk holds (a longer row gets a chunk of its own); tests make it small.
    private let chunkBytes: Int

    init(cancellation: Cancellation?, chunkBytes: Int = 1 << 20) {
        user = cancellation
        self.chunkBytes = chunkBytes
    }
    /// The receiver's chunk being filled (its thread only).
    private var filling: Chunk?
    private var rows = 0

    var rowsReceived: Int { received.load(ordering: .relaxed) }

    // MARK: The receiver's side

    /// One row's bytes as the driver hands them over (with or without the newline).
    func append(_ raw: UnsafeRawBufferPointer) throws {
        if stop.isCancelled { throw Abandoned() }
        guard let p = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var n = raw.count
        if n > 0, p[n - 1] == 0x0A { n -= 1 }
        if let c = filling, c.used + n > c.capacity { seal() }
        if filling == nil { filling = Chunk(capacity: max(chunkBytes, n), firstRow: rows) }
        let c = filling.unsafelyUnwrapped
        (c.bytes + c.used).update(from: p, count: n)
        c.used += n
        c.ends.append(c.used)
        rows += 1
        received.store(rows, ordering: .relaxed)
    }

    private func seal() {
        guard let c = filling else { return }
        filling = nil
        state.lock()
        sealed.append(c)
        firstRows.append(c.firstRow)
        state.broadcast()
        state.unlock()
    }

    /// The receiver is done: every row is in, or `error` says why not.
    func finish(_ error: (any Error)?) {
        seal()
        state.lock()
        finished = true
        failure = error
        state.broadcast()
        state.unlock()
    }

    struct Abandoned: Error {}

    // MARK: The typing side

    /// Chunk k, waiting for it while the rows arrive (calling `waiting` about every 0.1 s);
    /// nil when the rows ended before it. Throws what stopped the receiver.
    func chunk(_ k: Int, waiting: () -> Void = {}) throws -> Chunk? {
        state.lock()
        defer { state.unlock() }
        while k >= sealed.count, !finished {
            if user?.isCancelled == true { stop.cancel() }
            if !state.wait(until: Date(timeIntervalSinceNow: 0.1)) {
                state.unlock()
                waiting()
                state.lock()
            }
        }
        if let failure { throw failure }
        guard k < sealed.count else { return nil }
        guard let c = sealed[k] else { throw Diagnostic(.error, category: .internal, message: PostgresMessage.rowsLetGo()) }
        return c
    }

    /// The chunk holding row r (the stream must have finished), and the row's number in it.
    func locate(row r: Int) -> (Chunk, Int)? {
        state.lock()
        defer { state.unlock() }
        var lo = 0, hi = firstRows.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if firstRows[mid] <= r { lo = mid } else { hi = mid }
        }
        guard lo < sealed.count, let c = sealed[lo], r >= c.firstRow, r - c.firstRow < c.rowCount else { return nil }
        return (c, r - c.firstRow)
    }

    /// Stop the receiver (it cancels the query on the server) and wait until it has let go of
    /// the connection. Harmless when it has finished.
    func abandonAndWait() {
        stop.cancel()
        state.lock()
        while !finished { state.wait() }
        state.unlock()
    }

    /// Let chunk k go once it is typed and nothing in it will be quoted (it held no odd
    /// value): the columns grow while the rows' text does not pile up beside them. A second
    /// read then asks the server again (`CopyFeed`).
    func drop(_ k: Int) {
        state.lock()
        defer { state.unlock() }
        guard k < sealed.count, sealed[k] != nil else { return }
        sealed[k] = nil
        dropped = true
    }

    /// What stopped the receiver, once it has finished (nil: every row came).
    var receiverError: (any Error)? {
        state.lock()
        defer { state.unlock() }
        return failure
    }
}
