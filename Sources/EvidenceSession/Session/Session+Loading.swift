import EvidenceData

/// The one way a table read from a source enters the session, whatever the reader.
extension Session {
    /// Personnummer become keyed pseudonyms before anything else sees them; the table is kept
    /// under the report's name and made current. The output is the report's lines, then what
    /// the user should know about the pseudonyms.
    func admit(_ result: LoadResult) throws -> Output {
        var report = result.report
        var (table, privacyNotes) = try pseudonymise(result.table)
        // A personnummer column is the student id unless `with id=` chose (docs/loading.md):
        // long data then follows students over cycles by their pseudonyms.
        if !report.idNamed, table.idColumn == nil, !privacyNotes.isEmpty,
           let j = result.table.columns.firstIndex(where: Privacy.looksLikePersonnummer) {
            table = table.withID(j)
            report.idColumn = table.columns[j].name
            privacyNotes.append("'\(table.columns[j].name)' is the student id (as its pseudonyms); 'id COLUMN' chooses another")
        }
        addTable(LoadedTable(table: table, source: report.source), name: report.name)
        // The report's words (file names, warnings quoting a field) never hold a raw personnummer.
        let scrub = { (line: String) in self.scrubPersonnummer(line).text }
        var out = Output([.message(Prose(scrub(report.summary))), .message(Prose(scrub(report.typesLine)))])
        if let line = report.delimiterOnlyLine { out.append(.message(Prose(line))) }
        for w in report.warningLines { out.append(.warning(Prose(scrub(w)))) }
        for note in privacyNotes { out.append(.message(Prose(note))) }
        return out
    }
}
