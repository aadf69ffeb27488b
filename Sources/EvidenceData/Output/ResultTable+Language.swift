/// Tables worded in the reader's language keep the English machine names (docs/architecture.md,
/// "Messages"): a table's key and its columns' keys are derived from the English title and
/// header, so an export reads the same in either language.
extension ResultTable {
    /// In `language` other than English, the keys English would derive: `title` (English) for
    /// the table, `header` (English, nil to keep a column as it is) for the columns. English is
    /// left untouched, so its tables are exactly what they were.
    public func keepingEnglishKeys(_ language: Language, title: String? = nil, header: [String?]) -> ResultTable {
        guard language != .en else { return self }
        var t = self
        if t.key == nil, let title { t.key = MachineName.of(title) }
        for (i, h) in header.enumerated() where i < t.columns.count && t.columns[i].key == nil {
            if let h { t.columns[i].key = MachineName.of(h) }
        }
        return t
    }
}
