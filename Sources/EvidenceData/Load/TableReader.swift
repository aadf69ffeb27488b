/// Anything `load` reads: a CSV file today; workbooks, folders of exports and PostgreSQL
/// queries next. A reader is one input with its options. It comes in one of two kinds, and
/// each kind gets `load` from the shared path, so no reader types values, finds the id column
/// or writes a report itself:
///
/// - a `TextFieldReader` hands over raw text fields (CSV; xlsx cells as text, PostgreSQL text
///   rows), which the one typing path turns into typed columns;
/// - a `TypedColumnReader` hands over typed columns (values whose types the input knows).
///
/// (Not to be confused with `DataSource`, which records where a loaded table came from.)
package protocol TableReader {
    var options: LoadOptions { get }
    /// How messages name the input: the path as typed, or the reader's own words.
    var displayName: String { get }
    /// Where the table comes from, kept with it in the session (fingerprints, `datasets`).
    var source: DataSource { get }
    func load(name: String, cancellation: Cancellation?) throws -> LoadResult
}
