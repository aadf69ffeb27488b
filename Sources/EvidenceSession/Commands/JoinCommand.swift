import EvidenceData
import EvidenceAnalysis

enum JoinCommand {
    static let usage = "join NAME [on KEY | on LEFTKEY=RIGHTKEY] [suffix [LEFT,]RIGHT] [as NEWNAME]"
    static let spec = CommandSpec(
        name: "join", category: .cycles,
        usage: usage,
        summary: "Add another evidence source's columns (observations, attendance) to the current dataset by id.",
        discussion: """
        Every row of the current dataset is kept; NAME's columns are added where the key matches \
        and are missing where it does not. The counts of matched and unmatched rows on each side \
        are reported. NAME must have each key only once (one row per student), otherwise the join \
        is refused and the repeated keys are shown. A column name both sides have gets NAME as a \
        suffix (obs_c1 → obs_c1_obs), or the one given with `suffix` (`suffix vt25`: Poäng → Poäng_vt25); \
        `suffix ht24,vt25` also renames the current dataset's column (Poäng_ht24), so `cycles` reads \
        the pair as the measure Poäng at ht24 and vt25. Without `on`, the id column (of the current dataset, else of NAME) is the key. \
        The result is a new dataset (default: the current name, `_`, NAME, e.g. demo_obs); the originals are kept.
        """,
        examples: [
            CommandExample("join copy on student_id", "every id matches; clashing names get the suffix _copy",
                           setup: ["load demo", "load demo as copy", "use demo"],
                           expect: ["matched 300 of 300 demo rows", "renamed", "class → class_copy"]),
            CommandExample("join demo_long on student_id", "a key that repeats on the added side is refused",
                           setup: ["load demo", "pivot longer", "use demo"],
                           expect: ["not unique in 'demo_long'", "E001 (3 rows)"], fails: true),
            CommandExample("join copy on student_id suffix c9", "the suffix chosen for the added columns",
                           setup: ["load demo", "load demo as copy", "use demo"],
                           expect: ["with the suffix _c9", "class → class_c9"]),
            CommandExample("join vt25 suffix ht24,vt25", "both sides suffixed: the clashing columns become measure × term",
                           setup: ["load demo as ht24", "load demo as vt25", "use ht24"],
                           expect: ["class → class_ht24, class_vt25"]),
        ],
        signature: CommandSignature(
            [ArgumentSpec("NAME", .dataset, help: "the dataset whose columns are added to the current one")],
            clauses: [Clause("on", argument: ArgumentSpec("KEY", .column), help: "the key column, or LEFTKEY=RIGHTKEY when the names differ (default: the id column)"),
                      Clause("suffix", argument: ArgumentSpec("[LEFT,]RIGHT", .name), help: "added to NAME's clashing column names (default: NAME), e.g. a term: suffix vt25; with LEFT, to the current dataset's too"),
                      Clause("as", argument: ArgumentSpec("NEWNAME", .name), help: "the joined dataset's name")])
    ) { ctx in
        let s = ctx.session
        var left = try ctx.current()
        let nameWord = try ctx.args.expect(JoinCommandMessage.expectedName(), usage: usage)
        var right = try s.resolve(nameWord.text, span: ctx.args.span(nameWord))
        // Tables made in the session (or added by code) skipped the loader's pseudonymising:
        // it runs here too, before keys are compared or shown.
        let (lt, leftNotes) = try s.pseudonymise(left.table)
        let (rt, rightNotes) = try s.pseudonymise(right.table)
        left.table = lt
        right.table = rt
        let privacyNotes = leftNotes + rightNotes
        var keyWord: Word?
        if ctx.args.take("on") { keyWord = try ctx.args.expect(JoinCommandMessage.expectedKey(), usage: usage) }
        var suffix: String?, leftSuffix: String?
        func takeSuffix() throws {
            guard suffix == nil, ctx.args.take("suffix") else { return }
            let w = try ctx.args.expect(JoinCommandMessage.expectedSuffix(), usage: usage)
            let parts = w.text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } }) else {
                throw ctx.error(JoinCommandMessage.notSuffix(.text(w.text)), at: w, hint: JoinCommandMessage.suffixHint())
            }
            suffix = parts.last
            leftSuffix = parts.count == 2 ? parts[0] : nil
        }
        try takeSuffix()
        var newName: String?
        if ctx.args.take("as") {
            let w = try ctx.args.expect(ArgumentsMessage.expectedDatasetNameAfterAs(), usage: usage)
            if s.dataset(named: w.text) != nil {
                throw ctx.error(ArgumentsMessage.datasetExists(.text(w.text)), at: w, hint: JoinCommandMessage.keptAsTheyAre())
            }
            newName = w.text
        }
        try takeSuffix()
        try ctx.args.expectEnd(usage: usage)
        if right.name == left.name { throw ctx.error(JoinCommandMessage.itself(.text(left.name)), at: nameWord) }

        var leftName: String, rightName: String
        if let w = keyWord {
            let parts = w.text.split(separator: "=", maxSplits: 1).map(String.init)
            leftName = parts.first ?? w.text
            rightName = parts.count > 1 ? parts[1] : leftName
        } else {
            // The kept side's id column, or the added side's when the kept side has none.
            guard let id = left.table.idColumn ?? right.table.idColumn.flatMap({ left.table.column(named: $0.name) }) else {
                throw ctx.error(JoinCommandMessage.noIdColumn(.text(left.name)), at: nil, hint: JoinCommandMessage.nameTheKey(.text(right.name)))
            }
            leftName = id.name
            rightName = id.name
        }
        let keyAt = keyWord ?? nameWord
        guard let lk = left.table.column(named: leftName) else {
            throw ctx.error(JoinCommandMessage.noColumnIn(.text(leftName), .text(left.name)), at: keyAt,
                            hint: Suggestions.suggestion(leftName, in: left.table.columnNames) ?? JoinCommandMessage.seeDescribe())
        }
        guard let rk = right.table.column(named: rightName) else {
            throw ctx.error(JoinCommandMessage.noColumnIn(.text(rightName), .text(right.name)), at: keyAt,
                            hint: Suggestions.suggestion(rightName, in: right.table.columnNames) ?? JoinCommandMessage.keyOnEachSide())
        }
        let rightKeys = Join.keys(rk, rows: right.rowCount, row: right.baseRow)
        let dups = Join.duplicates(rightKeys)
        if !dups.isEmpty {
            // The list is worded when the message is (the reader's language may differ from the session's).
            let shown: (Language) -> String = { l in dups.prefix(5).map { JoinCommandMessage.duplicateItem.text(l, .text($0.key), .quantity($0.count)) }.joined(separator: ", ") }
            var d = Diagnostic(.error, category: .data, kind: JoinCommandMessage.duplicateKind(),
                               message: JoinCommandMessage.duplicate(.text(rightName), .text(right.name), .quantity(dups.count), .text(shown(.en))),
                               span: ctx.args.span(keyAt), hint: JoinCommandMessage.onePerStudent(.text(right.name)))
            d.catalogue.message = JoinCommandMessage.duplicate(.text(rightName), .text(right.name), .quantity(dups.count), .text(shown(ctx.language)))
            throw d
        }
        var result = try Join.left(left, leftKey: lk, right, rightKey: rk, rightKeys: rightKeys, rightName: suffix ?? right.name,
                                   cancellation: ctx.session.environment.cancellation)
        let renamedLeft = leftSuffix.map { renameLeft(&result, suffix: $0, key: lk.name) } ?? []
        let table = result.table
        let name = newName ?? s.uniqueName("\(left.name)_\(right.name)")
        s.addTable(LoadedTable(table: table, source: DataSource(path: nil, description: JoinCommandMessage.source.text(ctx.language, .text(left.name), .text(right.name), .text(leftName)))), name: name)

        var o = Output()
        let lang = ctx.language
        o.append(.message(ShapeMessage.joined.prose(lang, .text(name), .count(table.rowCount), .quantity(table.columns.count), .quantity(result.added),
                                                    .text(right.name), .text(left.name))))
        let unmatched = result.leftRows - result.matchedLeft
        o.append(.message(ShapeMessage.matchedRows.prose(lang, .count(result.matchedLeft), .count(result.leftRows), .text(left.name)) +
                          (unmatched > 0 ? ShapeMessage.noRightRow.prose(lang, .count(unmatched), .text(right.name)) : "")))
        let unused = result.rightRows - result.usedRight
        var rightLine: Prose = ShapeMessage.usedRows.prose(lang, .count(result.usedRight), .count(result.rightRows), .text(right.name))
        if unused > 0 {
            rightLine = rightLine + ShapeMessage.noLeftRow.prose(lang, .count(unused), .text(left.name))
            if !result.unusedRightKeys.isEmpty {
                rightLine = rightLine + "\(individual: JoinCommandMessage.forExample.text(lang, .text(result.unusedRightKeys.joined(separator: ", "))))"
            }
        }
        o.append(.message(rightLine))
        if result.repeatedLeft > 0 {
            o.append(.warning(ShapeMessage.repeatedKeys.prose(lang, .count(result.repeatedLeft), .text(left.name), .text(right.name))))
        }
        if !result.renamed.isEmpty {
            let list = result.renamed.prefix(8).map { r in
                "\(r.from) → " + (renamedLeft.contains(r.from) ? leftSuffix.map { "\(r.from)_\($0), " } ?? "" : "") + r.to
            }.joined(separator: ", ")
            let more = list + (result.renamed.count > 8 ? ", …" : ""), n = MessageArgument.quantity(result.renamed.count), to = MessageArgument.text(suffix ?? right.name)
            o.append(.message(leftSuffix.map { JoinCommandMessage.renamedBoth.prose(lang, n, .text($0), to, .text(more)) } ?? JoinCommandMessage.renamed.prose(lang, n, to, .text(more))))
        }
        if result.leftRows > 0, Double(result.matchedLeft) / Double(result.leftRows) < 0.8 {
            o.append(.warning(ShapeMessage.lowMatch.prose(lang, .number(100 * Double(result.matchedLeft) / Double(result.leftRows), decimals: 0), .text(left.name),
                                                         .text(leftName), .text(rightName))))
        }
        for n in privacyNotes { o.append(.message(Prose(n))) }
        return o
    }

    /// `suffix LEFT,RIGHT`: the kept side's clashing columns get LEFT (the key keeps its name).
    @discardableResult
    static func renameLeft(_ result: inout JoinResult, suffix: String, key: String) -> Set<String> {
        var done = Set<String>()
        for r in result.renamed where r.from != key {
            let to = "\(r.from)_\(suffix)"
            guard let i = result.table.index(of: r.from), result.table.index(of: to) == nil else { continue }
            result.table.columns[i].name = to
            done.insert(r.from)
        }
        return done
    }
}
