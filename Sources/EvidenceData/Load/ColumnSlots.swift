/// Results written by the two assembly threads, each to its own slots.
final class ColumnSlots: @unchecked Sendable {
    private let columns: UnsafeMutableBufferPointer<Column?>
    /// Each column's part builders, moved out by the thread that assembles it (so nothing
    /// else keeps their dictionaries alive).
    let builders: UnsafeMutableBufferPointer<[ColumnBuilder]>
    init(count: Int) {
        columns = .allocate(capacity: count)
        columns.initialize(repeating: nil)
        builders = .allocate(capacity: count)
        builders.initialize(repeating: [])
    }
    deinit {
        columns.deinitialize()
        columns.deallocate()
        builders.deinitialize()
        builders.deallocate()
    }
    func takeBuilders(_ j: Int) -> [ColumnBuilder] {
        let b = builders[j]
        builders[j] = []
        return b
    }
    func set(_ j: Int, _ c: Column?) { columns[j] = c }
    /// Nil when a column could not be built (text that is not UTF-8).
    func all() -> [Column]? {
        var out: [Column] = []
        for c in columns { guard let c else { return nil }; out.append(c) }
        return out
    }
}
