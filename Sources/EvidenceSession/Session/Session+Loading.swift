import EvidenceData

/// The one way a table read from a source enters the session, whatever the reader.
extension Session {
    /// Personnummer become keyed pseudonyms before anything else sees them; the table is kept
    /// under the report's name and made current. The output is the report's lines, then what
    /// the user should know about the pseudonyms.
    func admit(_ result: LoadResult) throws -> Output {
        let report = result.report
        let (table, privacyNotes) = try pseudonymise(result.table)
        // The report's words (file names, warnings quoting a field) never hold a raw personnummer;
        // nor does the origin `datasets` shows (the path itself is kept, to read the file again).
        let scrub = { (line: String) in self.scrubPersonnummer(line).text }
        var source = report.source
        source.description = scrub(source.description)
        addTable(LoadedTable(table: table, source: source), name: report.name)
        var out = Output([.message(Prose(scrub(report.summary))), .message(Prose(scrub(report.typesLine)))])
        for w in report.warningLines { out.append(.warning(Prose(scrub(w)))) }
        for note in privacyNotes { out.append(.message(Prose(note))) }
        return out
    }
}
