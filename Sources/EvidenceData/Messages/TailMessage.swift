/// The words of `tail`: the lowest P % followed over later cycles, with regression to the mean
/// named (Skolverket's "regression mot medelvärdet", "lägsta 20 %").
public enum TailMessage: String, MessageKey {
    case intro, title, cycle, group, zAt, zNow, zChange, gain, beyond, still
    case tail, rest
    case rzFooter, stillFooter, beyondFooter, regression, smallTail
    // the command's own errors
    case expectedPct, pctRange, noCycleAfter, pickEarlier

    public var entries: [Language: String] {
        switch self {
        case .intro:
            [.en: "tail: the lowest {1} % in {2} at {3} (≤ {4}): {5} of {6:student|students}, frozen and followed",
             .sv: "tail: de lägsta {1} % i {2} vid {3} (≤ {4}): {5} av {6:elev|elever}, frysta och följda"]
        case .title:
            [.en: "the same students over later cycles (z against the cohort at each cycle)",
             .sv: "samma elever vid senare mättillfällen (z mot årskullen vid varje mättillfälle)"]
        // Short words: the table is as wide as the English one (100 columns, docs/architecture.md).
        case .cycle: [.en: "cycle", .sv: "tillf."]
        case .group: [.en: "group", .sv: "grupp"]
        case .zAt: [.en: "z {1}", .sv: "z {1}"]
        case .zNow: [.en: "z now", .sv: "z nu"]
        case .zChange: [.en: "z change", .sv: "z-ändring"]
        case .gain: [.en: "gain", .sv: "ökning"]
        case .beyond: [.en: "beyond r·z", .sv: "utöver r·z"]
        case .still: [.en: "still ≤ P{1}", .sv: "kvar ≤ P{1}"]
        case .tail: [.en: "tail", .sv: "lägsta"]
        case .rest: [.en: "rest", .sv: "övriga"]
        case .rzFooter:
            [.en: "r·z: the mean z that regression to the mean alone predicts (r = cohort correlation between {1} and the cycle)",
             .sv: "r·z: det medel-z som enbart regression mot medelvärdet förutsäger (r = årskullens korrelation mellan {1} och mättillfället)"]
        case .stillFooter:
            [.en: "still ≤ P{1}: share still at or below that cycle's {1}th percentile, with a 95% Wilson interval",
             .sv: "kvar ≤ P{1}: andel som fortfarande ligger på eller under mättillfällets {1}:e percentil, med 95 % Wilsonintervall"]
        case .beyondFooter:
            [.en: "beyond r·z: z now - r·z; only this part can be credited to teaching",
             .sv: "utöver r·z: z nu - r·z; bara den delen kan tillskrivas undervisningen"]
        case .regression:
            [.en: "regression to the mean: the tail's z rose by {1} by {2}; r·z predicts {3} of that with no effect at all ({4} %). Credit only the part beyond r·z, or choose the tail on a different test.",
             .sv: "regression mot medelvärdet: de lägstas z steg med {1} till {2}; r·z förutsäger {3} av det utan någon effekt alls ({4} %). Tillskriv undervisningen bara delen utöver r·z, eller välj ut de lägsta på ett annat prov."]
        case .smallTail:
            [.en: "small group: wide uncertainty — the tail has {1:student|students} present at {2}",
             .sv: "liten grupp: stor osäkerhet – bland de lägsta finns {1:elev|elever} med vid {2}"]
        case .expectedPct: [.en: "expected a percent after 'pct'", .sv: "det saknas ett procenttal efter 'pct'"]
        case .pctRange: [.en: "pct takes a number above 0 and below 100, not '{1}'", .sv: "'pct' ska vara ett tal över 0 och under 100, inte '{1}'"]
        case .noCycleAfter: [.en: "no cycle after '{1}' to follow '{2}' to", .sv: "inget mättillfälle efter '{1}' att följa '{2}' till"]
        case .pickEarlier:
            [.en: "its cycles: {1}; pick an earlier one or fix the order with 'cycles order'",
             .sv: "dess mättillfällen: {1}; välj ett tidigare eller ändra ordningen med 'cycles order'"]
        }
    }
}
