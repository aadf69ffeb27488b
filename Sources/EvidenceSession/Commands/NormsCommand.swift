import Foundation
import EvidenceData
import EvidenceAnalysis

enum NormsCommand {
    static let usage = "norms [list | demo | load PATH [as NAME] | show NAME]"
    static let spec = CommandSpec(
        name: "norms", category: .cycles,
        usage: usage,
        summary: "Load a table of national norms (measure, year level, time/cycle, mean, sd) for 'compare … norms NAME'.",
        discussion: """
        A norms CSV has a header naming measure, year (year level), time (time of year or cycle; \
        leave empty for a whole-year norm), mean and sd. With times, the expected gain from A to B \
        is mean(Y, B) - mean(Y, A); with whole-year rows it is mean(Y) - mean(Y - 1), Y being the \
        year level at the second test (Schagen & Hodgen 2009). 'norms demo' loads the bundled \
        demo norms: SYNTHETIC, made for the demo school, not real national norms.
        """,
        examples: [
            CommandExample("norms demo", "the bundled synthetic norms", setup: [], expect: ["demo", "synthetic"]),
            CommandExample("norms show demo", "its rows", setup: ["norms demo"], expect: ["reading", "560"]),
            CommandExample("norms", "the loaded norms", setup: ["norms demo"], expect: ["demo", "30 rows"]),
            CommandExample("norms load nowhere.csv", "a missing file is reported", setup: [], expect: ["cannot read"], fails: true),
        ],
        signature: CommandSignature(subcommands: [
            Subcommand("list", help: "the loaded norms tables (also 'norms' alone)"),
            Subcommand("demo", help: "load the synthetic demo norms"),
            Subcommand("load", CommandSignature([ArgumentSpec("PATH", .path)], clauses: [Clause("as", argument: ArgumentSpec("NAME", .name))]),
                       help: "load norms from a CSV file, named after the file or NAME"),
            Subcommand("show", CommandSignature([ArgumentSpec("NAME", .norms)]), help: "the rows of a norms table"),
        ])
    ) { ctx in
        let s = ctx.session
        guard let w = ctx.args.next(), !w.isKeyword("list") else {
            try ctx.args.expectEnd(usage: usage)
            let reg = s.state.norms
            if reg.order.isEmpty { return .message(NormsMessage.none.prose(ctx.language)) }
            let rows: [[Cell]] = reg.order.compactMap { reg.tables[$0] }.map {
                [.text($0.name), .text(NormsMessage.rows.text(ctx.language, .quantity($0.rows.count))), .text($0.measures.joined(separator: ", ")), .text(DemoNorms.source(of: $0, ctx.language))]
            }
            let words: [NormsMessage] = [.norms, .rowsHeader, .measures, .source]
            return .table(ResultTable(header: words.map { $0.text(ctx.language) }, rows: rows)
                .keepingEnglishKeys(ctx.language, header: words.map { $0.text(.en) }))
        }
        switch w.text.lowercased() {
        case "demo":
            try ctx.args.expectEnd(usage: usage)
            let t = DemoNorms.table
            s.state.norms.add(t)
            let source = DemoNorms.source(of: t, ctx.language)
            return .message(SessionMessage.normsDemo.prose(ctx.language, .quantity(t.rows.count), .text(t.measures.joined(separator: ", ")), .text(source)))
        case "show":
            let n = try ctx.args.expect(NormsMessage.expectedName(), usage: usage)
            try ctx.args.expectEnd(usage: usage)
            let t = try NormsLookup.table(named: n, ctx: ctx)
            let rows: [[Cell]] = t.rows.map {
                [.text($0.measure), .integer($0.year), .text($0.time.isEmpty ? NormsMessage.yearOnly.text(ctx.language) : $0.time),
                 .number($0.mean, decimals: 1), .number($0.sd, decimals: 1)]
            }
            let header: [NormsMessage] = [.measure, .year, .time, .mean]
            return .table(ResultTable(title: NormsMessage.shown.text(ctx.language, .text(t.name), .text(DemoNorms.source(of: t, ctx.language))),
                                      header: header.map { $0.text(ctx.language) } + ["sd"], rows: rows)
                .keepingEnglishKeys(ctx.language, title: NormsMessage.shown.text(.en, .text(t.name), .text(t.source)),
                                    header: header.map { $0.text(.en) }))
        case "load":
            let p = try ctx.args.expect(NormsMessage.expectedPath(), usage: usage)
            var name = ((p.text as NSString).lastPathComponent as NSString).deletingPathExtension
            if ctx.args.take("as") { name = try ctx.args.expect(NormsMessage.expectedNameAfterAs(), usage: usage).text }
            try ctx.args.expectEnd(usage: usage)
            var path = (p.text as NSString).expandingTildeInPath
            if !path.hasPrefix("/"), let wd = s.environment.workingDirectory { path = (wd as NSString).appendingPathComponent(path) }
            try ctx.checkSafeRead(path, word: p)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ctx.error(NormsMessage.cannotRead(.text(p.text)), at: p, hint: NormsMessage.checkPath())
            }
            let text = String(decoding: data, as: UTF8.self)
            let t = try NormsCSV.parse(text, file: p.text, name: name)
            s.state.norms.add(t)
            return .message(NormsMessage.loaded.prose(ctx.language, .text(name), .quantity(t.rows.count), .text(t.measures.joined(separator: ", ")), .text(p.text)))
        default:
            throw ctx.error(NormsMessage.unknownAction(.text(w.text)), at: w,
                            hint: Suggestions.suggestion(w.text, in: ["list", "demo", "load", "show"]) ?? CommonMessage.usage(.text(usage)))
        }
    }
}

/// Norms for commands: find a loaded table, and each student's expectation.
enum NormsLookup {
    static let yearColumns = ["year", "year_level", "yearlevel", "årskurs", "ak", "åk", "grade_level"]

    /// A year column's name, any case, with a space or `-` for `_`: e-asTTle's `Year Level`.
    static func isYearColumn(_ name: String) -> Bool {
        let n = String(name.lowercased().trimmingCharacters(in: .whitespaces).map { $0 == " " || $0 == "-" ? "_" : $0 })
        return yearColumns.contains(n)
    }

    static func table(named w: Word, ctx: CommandContext) throws -> NormsTable {
        let reg = ctx.session.state.norms
        if let t = reg.tables[w.text] { return t }
        if w.text == DemoNorms.name {
            ctx.session.state.norms.add(DemoNorms.table)
            return DemoNorms.table
        }
        throw ctx.error(NormsMessage.noneNamed(.text(w.text)), at: w,
                        hint: Suggestions.suggestion(w.text, in: reg.order + [DemoNorms.name]) ?? NormsMessage.loadThem())
    }

    /// Expected gain and norm SD per student of `series` (NaN where the year level is missing
    /// or not in the table).
    static func perStudent(_ t: NormsTable, measure: String, from a: String, to b: String, series: CycleSeries,
                           d: ResolvedDataset, at w: Word, ctx: CommandContext) throws -> PairedComparison.StudentNorms {
        guard t.covers(measure) else {
            throw ctx.error(NormsMessage.noMeasure(.text(t.name), .text(measure)), at: w, hint: NormsMessage.theirMeasures(.text(t.measures.joined(separator: ", "))))
        }
        guard let yc = d.table.columns.first(where: { isYearColumn($0.name) }) else {
            throw ctx.error(NormsMessage.needYear(), at: w, hint: NormsMessage.nameYear(.text(yearColumns.joined(separator: ", "))))
        }
        // Expectations by year level, looked up once per level (year levels are small numbers).
        var cache: [Int: (Double, Double)] = [:]
        func expectation(_ y: Int) -> (Double, Double) {
            if let c = cache[y] { return c }
            let e = t.expectation(measure, year: y, from: a, to: b).map { ($0.expectedGain, $0.sd) } ?? (.nan, .nan)
            cache[y] = e
            return e
        }
        var expected = [Double](repeating: .nan, count: series.count), sd = expected
        switch yc.data {
        case .number(let v):
            let byLevel = (0...30).map { expectation($0) }
            for i in 0..<series.count {
                let r = d.baseRow(Int(series.positions?[i] ?? Int32(i)))
                guard yc.validity[r], v[r].isFinite, abs(v[r]) < 1000 else { continue }
                let y = Int(v[r].rounded())
                let (e, s) = y >= 0 && y <= 30 ? byLevel[y] : expectation(y)
                expected[i] = e; sd[i] = s
            }
        case .text(let tx):
            let byCode = tx.dictionary.map { Int($0.filter(\.isNumber)).map(expectation) ?? (.nan, .nan) }
            for i in 0..<series.count {
                let r = d.baseRow(Int(series.positions?[i] ?? Int32(i)))
                guard yc.validity[r] else { continue }
                (expected[i], sd[i]) = byCode[Int(tx.codes[r])]
            }
        default:
            break
        }
        return .init(name: t.name, expected: expected, sd: sd)
    }
}
