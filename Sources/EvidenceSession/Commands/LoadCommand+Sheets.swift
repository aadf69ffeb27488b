import EvidenceData

extension LoadCommand {
    /// `load WORKBOOK sheets`: each sheet's name, where its cells are, its size and whether it
    /// is hidden, in tab order (docs/loading.md, "Workbooks").
    static func sheets(_ word: Word, _ ctx: CommandContext) throws -> Output {
        let path = resolve(word.text, ctx.session)
        try ctx.checkSafeRead(path, word: word)
        let sheets = try WorkbookSheet.list(path: path, displayPath: word.text)
        let rows: [[Cell]] = sheets.enumerated().map { i, s in
            [.integer(i + 1), .text(s.name), .text(s.kind), .text(s.dimension ?? "–"), .integer(s.rows), .integer(s.columns),
             .text(s.hidden ? "hidden" : "")]
        }
        let first = sheets.firstIndex { $0.kind == "sheet" && !$0.hidden }
        return .table(ResultTable(title: "\(word.text): \(sheets.count) sheet\(sheets.count == 1 ? "" : "s")",
                                  header: ["#", "sheet", "kind", "cells", "rows", "columns", "hidden"], rows: rows,
                                  footer: first.map { ["'load \(word.text)' reads sheet \($0 + 1), '\(sheets[$0].name)'; choose another with 'sheet NAME' or 'sheet N'"] } ?? []))
    }
}
