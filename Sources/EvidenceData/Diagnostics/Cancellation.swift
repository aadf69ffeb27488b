import Synchronization

/// Set from a signal handler (Ctrl-C); long computations poll it between chunks.
public final class Cancellation: Sendable {
    private let flag = Atomic<Int>(0)
    public init() {}
    public func cancel() { flag.store(1, ordering: .relaxed) }
    public func reset() { flag.store(0, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) != 0 }

    /// Throws "interrupted" when Ctrl-C was pressed.
    public func check() throws {
        if isCancelled { throw Diagnostic(.error, category: .internal, kind: CommonMessage.interrupted(),
                                          message: CommonMessage.stoppedByCtrlC()) }
    }
}
