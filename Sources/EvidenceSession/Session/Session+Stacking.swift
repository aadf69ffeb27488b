import EvidenceData

/// How a stack of files (`load A B`, a folder, a glob) or of datasets (`append`) enters the
/// session: like one load (Session+Loading.swift), with a line per part (docs/loading.md,
/// "Several files at once").
extension Session {
    /// The stack registered under its report's name and made current. Its parts were
    /// pseudonymised one by one with the session's one key, so a student is one pseudonym in
    /// every file; the stack is checked again for personnummer in what stacking added (the
    /// `source` column holds file names).
    func admit(_ stack: StackedLoad, privacyNotes: [String]) throws -> Output {
        let report = stack.result.report
        let (table, notes) = try pseudonymise(stack.result.table)
        let scrub = register(table, report)
        let L = settings.language
        var out = Output([.message(Prose(scrub(report.summary(L))))])
        for line in stack.fileLines { out.append(.message(Prose(scrub(line)))) }
        out.append(.message(Prose(scrub(report.typesLine(L)))))
        for n in stack.notes { out.append(.message(Prose(scrub(n)))) }
        for w in stack.warnings { out.append(.warning(Prose(scrub(w)))) }
        var seen = Set<String>()
        for n in privacyNotes + notes where seen.insert(n).inserted { out.append(.message(Prose(scrub(n)))) }
        return out
    }
}
