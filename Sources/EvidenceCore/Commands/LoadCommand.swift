enum LoadCommand {
    static let usage = "load PATH [as NAME] [with OPTION=VALUE …]  |  load demo"
    static let spec = CommandSpec(
        name: "load", category: .loading,
        usage: usage,
        summary: "Load a CSV/TSV export (or the bundled demo school) as a dataset.",
        discussion: """
        The delimiter, quoting, header, encoding, decimal comma, thousands separators, title and \
        footer lines and Skolverket's markers (. .. - ~100) are detected and reported in one line. \
        Options override every guess: delimiter, decimal, encoding, header, skip, id, lenient.
        """,
        examples: [
            CommandExample("load demo", "the synthetic demo school", setup: [], expect: ["demo: 300 rows"]),
        ],
        keywords: ["demo", "as", "with"]
    ) { ctx in
        let first = try ctx.args.expect("a file path or 'demo'", usage: usage)
        var name: String?
        if ctx.args.take("as") {
            name = try ctx.args.expect("a dataset name after 'as'", usage: usage).text
        }
        if first.isKeyword("demo") {
            try ctx.args.expectEnd(usage: usage)
            let n = name ?? DemoSchool.name
            let loaded = DemoSchool.loaded
            ctx.session.addTable(loaded, name: n)
            return .message("\(n): \(loaded.table.rowCount) rows, \(loaded.table.columns.count) columns — \(DemoSchool.description)")
        }
        throw ctx.error("loading files is not built yet", at: first)
    }
}
