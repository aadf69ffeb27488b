import Dispatch

/// Whether a table needs the pseudonymising pass at all: the question every load asks, and on
/// a table with no personnummer (the usual case) its whole cost. The columns are screened at
/// once on the machine's cores, and each text dictionary is read once for both checks; the
/// answer is the one `looksLikePersonnummer` and `holdsPersonnummerText` give together
/// (docs/privacy.md).
extension Privacy {
    public static func needsPseudonymising(_ table: Table) -> Bool {
        let columns = table.columns
        // Small tables are screened in turn: handing columns to threads would cost more.
        guard columns.count > 1, table.rowCount >= 10_000 else { return columns.contains(where: mayHold) }
        let found = FoundFlags(count: columns.count)
        DispatchQueue.concurrentPerform(iterations: columns.count) { i in
            if mayHold(columns[i]) { found.set(i) }
        }
        return found.any
    }

    /// One column: a valid personnummer as half its values, one inside its text or its name, or
    /// a number column holding ten- or twelve-digit personnummer.
    static func mayHold(_ c: Column) -> Bool {
        if PersonnummerScanner.contains(c.name) { return true }
        switch c.data {
        case .text(let t):
            var anyValid = false
            for entry in t.dictionary where entry.utf8.count >= 10 {
                if PersonnummerScanner.contains(entry) { return true }
                if !anyValid, Personnummer.isValid(entry) { anyValid = true }
            }
            // Valid values the scanner does not find in text: counted as looksLikePersonnummer does.
            return anyValid && looksLikePersonnummer(c)
        case .number(let v):
            // Both rules need a value of at least 1 010 000 (000101-NNNC without its zeros).
            guard reaches(v, 1_010_000) else { return false }
            return looksLikePersonnummer(c) || holdsPersonnummerNumbers(c)
        default:
            return false
        }
    }
}

/// One flag per column, set from the threads of `concurrentPerform`: each index is written by
/// one thread only (through a pointer, as `ColumnSlots` does), and read after all have finished.
private final class FoundFlags: @unchecked Sendable {
    private let flags: UnsafeMutableBufferPointer<Bool>
    init(count: Int) {
        flags = .allocate(capacity: count)
        flags.initialize(repeating: false)
    }
    deinit { flags.deallocate() }
    func set(_ i: Int) { flags[i] = true }
    var any: Bool { flags.contains(true) }
}
