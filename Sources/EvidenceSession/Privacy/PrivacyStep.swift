import EvidenceData

/// What the privacy policy does to every output before anyone sees it (docs/privacy.md). In
/// workshop mode, every table's small groups are hidden with complementary suppression, and
/// every count of students in a sentence (`Prose`) under min-group reads `<k`. Outside workshop
/// mode the output passes unchanged: exports apply their own suppression.
public enum PrivacyStep {
    public static func apply(_ output: Output, settings: Settings) -> Output {
        guard settings.workshop else { return output }
        let k = settings.minGroup
        var o = Suppression.apply(to: output, k: k)
        for i in o.blocks.indices {
            switch o.blocks[i] {
            case .message(let p): o.blocks[i] = .message(p.suppressing(k: k))
            case .warning(let p): o.blocks[i] = .warning(p.suppressing(k: k))
            default: break
            }
        }
        return o
    }
}
