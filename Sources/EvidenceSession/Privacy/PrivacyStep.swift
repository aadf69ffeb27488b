import EvidenceData

/// What the privacy policy does to every output before anyone sees it (docs/privacy.md,
/// "Workshop rules"). In workshop mode: every table's small groups are hidden with
/// complementary suppression (and its typed title, footer and workshop cells applied), every
/// count of students in a sentence (`Prose`) under min-group reads `<k`, and charts follow the
/// chart rules below. Outside workshop mode the output passes unchanged; `export` applies
/// `hide` to every result it writes, whatever the mode.
public enum PrivacyStep {
    public static func apply(_ output: Output, settings: Settings) -> Output {
        let output = withoutPersonnummer(output)
        guard settings.workshop else { return output }
        let k = settings.minGroup
        for b in output.blocks {
            if case .styled(let chart) = b, let refusal = refusal(chart, k: k) {
                // A chart of individual students is not shown at all: nothing else of it either.
                return Output([.diagnostic(refusal)], status: .failed(.usage))
            }
        }
        return hide(output, k: k, language: settings.language)
    }

    /// In every mode: a personnummer the user typed, echoed back in a diagnostic (its line under
    /// the caret, its message, hint or notes) or in a sentence, is not shown. The diagnostic's
    /// line keeps its length (`•` for each digit) so the caret still points where it did.
    static func withoutPersonnummer(_ output: Output) -> Output {
        var o = output
        for i in o.blocks.indices {
            switch o.blocks[i] {
            case .diagnostic(var d):
                // Its words in every language, the catalogue's notes included; then the command line.
                d = d.scrubbingPersonnummer()
                if var span = d.span { span.line = PersonnummerScanner.masked(span.line); d.span = span }
                o.blocks[i] = .diagnostic(d)
            case .message(let p): o.blocks[i] = .message(scrubbed(p))
            case .warning(let p): o.blocks[i] = .warning(scrubbed(p))
            default: break
            }
        }
        return o
    }

    static func scrubbed(_ p: Prose) -> Prose {
        Prose(parts: p.parts.map { if case .text(let t) = $0 { .text(PersonnummerScanner.scrub(t).text) } else { $0 } })
    }

    /// Everything of the output that would give away a group under `k` hidden: tables
    /// (`Suppression`, typed titles and footers, workshop cells), counts in sentences and
    /// the counts drawn in charts.
    public static func hide(_ output: Output, k: Int, language: Language = .en) -> Output {
        var o = output
        for i in o.blocks.indices {
            switch o.blocks[i] {
            case .table(var t):
                if let p = t.typedTitle { t.title = p.suppressing(k: k, language: language).text }
                for (l, p) in t.typedFooter where l < t.footer.count { t.footer[l] = p.suppressing(k: k, language: language).text }
                for (r, cells) in t.workshopCells where r < t.rows.count {
                    for (c, cell) in cells where c < t.rows[r].count { t.rows[r][c] = cell }
                }
                t.typedTitle = nil
                t.typedFooter = [:]
                t.workshopCells = [:]
                o.blocks[i] = .table(Suppression.apply(t, k: k, language: language))
            case .message(let p): o.blocks[i] = .message(p.suppressing(k: k, language: language))
            case .warning(let p): o.blocks[i] = .warning(p.suppressing(k: k, language: language))
            case .styled(let chart): o.blocks[i] = .styled(hidingCounts(chart, k: k, language: language))
            default: break
            }
        }
        return o
    }

    /// Chart rules 1 and 2, in workshop mode with min-group `k`:
    /// 1. a chart that draws a mark per student (scatter points, slope lines) is refused;
    /// 2. a chart of 1…k−1 students is refused (its shape is those students' values).
    static func refusal(_ chart: StyledText, k: Int) -> Diagnostic? {
        guard let p = chart.privacy, p.students > 0 else { return nil }
        if p.individual {
            return Diagnostic(.error, category: .usage, kind: CommonMessage.privacy(), message: ChartPrivacyMessage.oneMarkPerStudent(),
                              hint: ChartPrivacyMessage.useOtherChart())
        }
        if p.students < k {
            return Diagnostic(.error, category: .usage, kind: CommonMessage.privacy(), message: ChartPrivacyMessage.fewerThan(.quantity(k)),
                              hint: ChartPrivacyMessage.largerGroup())
        }
        return nil
    }

    /// Chart rule 3: when any group of the chart (drawn or left out) or any count drawn is
    /// 1…k−1, every count drawn is shown `<k` — a group's n beside the others' and a total
    /// known elsewhere would otherwise give a hidden one back.
    static func hidingCounts(_ chart: StyledText, k: Int, language: Language = .en) -> StyledText {
        let small = (chart.privacy?.groups ?? []).contains { $0 > 0 && $0 < k } || chart.counts.contains { $0.n > 0 && $0.n < k }
        guard small, !chart.counts.isEmpty else { return chart }
        var c = chart.hidingCounts(k: k)
        c.lines.append(CommonMessage.countsHidden.text(language, .quantity(k)))
        return c
    }
}
