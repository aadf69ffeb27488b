/// The one place a `load` argument picks its reader (workbooks, folders of exports and
/// PostgreSQL queries join here).
package enum TableReaders {
    package static func reader(path: String, displayPath: String, options: LoadOptions) throws -> any TableReader {
        try CSVReader(path: path, displayPath: displayPath, options: options)
    }
}
