import EvidenceData
import EvidenceAnalysis

/// The session's side of pseudonymising: its key, read or made once and kept for the session.
extension Session {
    /// The key; the notes say what the user should know (a new key was made, or the key lives
    /// only in memory).
    public func pseudonymKey() throws -> (key: [UInt8], notes: [String]) {
        if let k = state.pseudonymKey { return (k, []) }
        let (key, notes) = try PseudonymKey.load(stateDirectory: environment.stateDirectory)
        state.pseudonymKey = key
        return (key, notes)
    }

    /// For the loader: a table with personnummer columns pseudonymised with the session's key
    /// (read or made only when such a column, or a personnummer in some text, is found), with every note the user should see.
    public func pseudonymise(_ table: Table) throws -> (Table, [String]) {
        guard Privacy.needsPseudonymising(table) else { return (table, []) }
        let key = try pseudonymKey()
        let (t, notes) = Privacy.pseudonymise(table, key: key.key)
        return (t, key.notes + notes)
    }

}
