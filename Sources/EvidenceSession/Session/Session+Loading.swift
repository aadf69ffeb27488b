import EvidenceData

/// The one way a table read from a source enters the session, whatever the reader.
extension Session {
    /// Personnummer become keyed pseudonyms before anything else sees them; the table is kept
    /// under the report's name and made current. The output is the report's lines, then what
    /// the user should know about the pseudonyms.
    func admit(_ result: LoadResult) throws -> Output {
        var report = result.report
        var (table, privacyNotes) = try pseudonymise(result.table)
        if !privacyNotes.isEmpty, let (withID, note) = Self.personnummerID(raw: result.table, pseudonymised: table, idNamed: report.idNamed) {
            table = withID
            report.idColumn = table.idColumn?.name
            privacyNotes.append(note)
        }
        let scrub = register(table, report)
        let L = settings.language
        var out = Output([.message(Prose(scrub(report.summary(L)))), .message(Prose(scrub(report.typesLine(L))))])
        if let line = report.delimiterOnlyLine(L) { out.append(.message(Prose(line))) }
        for w in report.warningLines(L) { out.append(.warning(Prose(scrub(w)))) }
        for note in privacyNotes { out.append(.message(Prose(note))) }
        return out
    }

    /// A personnummer column is the student id unless `with id=` chose (docs/loading.md): long
    /// data then follows students over cycles by their pseudonyms. nil when nothing changes.
    static func personnummerID(raw: Table, pseudonymised: Table, idNamed: Bool) -> (Table, String)? {
        guard !idNamed, pseudonymised.idColumn == nil,
              let j = raw.columns.firstIndex(where: Privacy.looksLikePersonnummer) else { return nil }
        return (pseudonymised.withID(j), "'\(pseudonymised.columns[j].name)' is the student id (as its pseudonyms); 'id COLUMN' chooses another")
    }

    /// Keeps `table` under the report's name and makes it current. The report's words (file
    /// names, warnings quoting a field) never hold a raw personnummer; nor does the origin
    /// `datasets` shows (the path itself is kept, to read the file again). Returns the scrub for
    /// the report's lines.
    func register(_ table: Table, _ report: LoadReport) -> (String) -> String {
        let scrub = { (line: String) in self.scrubPersonnummer(line).text }
        var source = report.source
        source.description = scrub(source.description)
        addTable(LoadedTable(table: table, source: source), name: report.name)
        return scrub
    }
}
