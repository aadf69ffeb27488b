import EvidenceData

extension LoadCommand {
    /// `load WORKBOOK sheets`: each sheet's name, where its cells are, its size and whether it
    /// is hidden, in tab order (docs/loading.md, "Workbooks").
    static func sheets(_ word: Word, _ ctx: CommandContext) throws -> Output {
        let path = resolve(word.text, ctx.session)
        try ctx.checkSafeRead(path, word: word)
        let sheets = try WorkbookSheet.list(path: path, displayPath: word.text)
        let L = ctx.language
        // The reader's kinds are English words; the two it makes are said in the reader's language.
        func kind(_ k: String) -> String { k == "sheet" ? LoadMessage.sheetKind.text(L) : k == "chart" ? LoadMessage.chartKind.text(L) : k }
        let rows: [[Cell]] = sheets.enumerated().map { i, s in
            [.integer(i + 1), .text(s.name), .text(kind(s.kind)), .text(s.dimension ?? "–"), .integer(s.rows), .integer(s.columns),
             .text(s.hidden ? LoadMessage.hidden.text(L) : "")]
        }
        let first = sheets.firstIndex { $0.kind == "sheet" && !$0.hidden }
        let words: [LoadMessage] = [.sheetHeader, .kindHeader, .cellsHeader, .rowsHeader, .columnsHeader, .hiddenHeader]
        func title(_ l: Language) -> String { LoadMessage.sheetsTitle.text(l, .text(word.text), .quantity(sheets.count)) }
        let table = ResultTable(title: title(L), header: ["#"] + words.map { $0.text(L) }, rows: rows,
                                footer: first.map { [LoadMessage.readsSheet.text(L, .text(word.text), .quantity($0 + 1), .text(sheets[$0].name))] } ?? [])
        return .table(table.keepingEnglishKeys(L, title: title(.en), header: [nil] + words.map { $0.text(.en) }))
    }
}
