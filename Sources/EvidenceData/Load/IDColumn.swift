import Foundation

/// The column that identifies students, settled the same way for every source: the one
/// `with id=` names (or none), else the first whose header name is an id name. It is always
/// text, so `0012` stays `0012`.
enum IDColumn {
    /// Header names that identify students.
    static let names: Set<String> = [
        "id", "student_id", "studentid", "student id", "student-id", "elev_id", "elevid", "elev id", "elev-id",
        "pupil_id", "pupilid", "pupil id", "learner_id", "learnerid", "nsn", "student_number", "studentnumber",
        "elevnummer", "elevnr", "student_no",
    ]

    static func isIDName(_ name: String) -> Bool {
        names.contains(name.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// The id column's index. `option` is `with id=` ("" for none); without it the names are
    /// searched, but only when they are a real header (`detect`), not `column_1`, ….
    static func find(in columns: [String], option: String?, detect: Bool) throws -> Int? {
        guard let id = option else { return detect ? columns.firstIndex(where: isIDName) : nil }
        if id.isEmpty { return nil }
        guard let j = columns.firstIndex(where: { $0.lowercased() == id.lowercased() }) else {
            throw Diagnostic.usage(ReaderMessage.noIDColumn(.text(id)), hint: Suggestions.nearest(to: id, in: columns).map { CommonMessage.didYouMean(.text($0)) }
                                   ?? ReaderMessage.columnsAre(.text(columns.prefix(12).joined(separator: ", "))))
        }
        return j
    }

    /// A typed column made the id: text (numbers written plainly, grades as letters), marked.
    static func marked(_ c: Column) -> Column {
        var id = c
        if case .text = c.data {} else {
            let values: [String?] = (0..<c.count).map { c.isPresent($0) ? c.value(at: $0).description : nil }
            id = Column.texts(c.name, values)
            id.markers = c.markers
        }
        id.isID = true
        return id
    }
}

extension Table {
    /// This table with column `j` as its student id, made text as on load (`0012` stays
    /// `0012`), or with no id for nil: `id COL` after loading (docs/loading.md, "The id column").
    package func withID(_ j: Int?) -> Table {
        var t = self
        for i in t.columns.indices where t.columns[i].isID { t.columns[i].isID = false }
        if let j, j < t.columns.count { t.columns[j] = IDColumn.marked(t.columns[j]) }
        return t
    }
}
