/// The words of `bands`: the transition table between two cycles (Skolverket's "nivå",
/// "övergång", "upp / samma / ned").
public enum BandsMessage: String, MessageKey {
    case title, total, cell, share, moved, hiddenMoved, quintiles, small
    case notGrade, useQuintilesOrCuts, expectedCuts, cutNotNumber, cutsRising

    public var entries: [Language: String] {
        switch self {
        case .title:
            [.en: "{1}: band at {2} (rows) → band at {3} (columns), count (row %)",
             .sv: "{1}: nivå vid {2} (rader) → nivå vid {3} (kolumner), antal (radprocent)"]
        case .total: [.en: "total", .sv: "totalt"]
        case .cell: [.en: "{1} ({2}%)", .sv: "{1} ({2} %)"]
        case .share: [.en: "{1} ({2} %)", .sv: "{1} ({2} %)"]
        case .moved:
            [.en: "up {1} · same {2} · down {3} — {4:student|students} with both values",
             .sv: "upp {1} · samma {2} · ned {3} – {4:elev|elever} med värden vid båda"]
        case .hiddenMoved:
            [.en: "up / same / down: hidden in workshop mode (a group under {1} students)",
             .sv: "upp / samma / ned: dolt i workshopläge (en grupp med färre än {1} elever)"]
        case .quintiles:
            [.en: "quintiles of each cycle (standing in the cohort): {1} cuts {2}; {3} cuts {4}",
             .sv: "kvintiler vid varje mättillfälle (placering i årskullen): {1} gränser {2}; {3} gränser {4}"]
        case .small:
            [.en: "small group: wide uncertainty — {1:student|students} with both values",
             .sv: "liten grupp: stor osäkerhet – {1:elev|elever} med värden vid båda"]
        case .notGrade: [.en: "'{1}' is not a grade measure", .sv: "'{1}' är inte ett betygsmått"]
        case .useQuintilesOrCuts: [.en: "use quintiles or cuts X,Y,…", .sv: "använd quintiles eller cuts X,Y,…"]
        case .expectedCuts: [.en: "expected cut points after 'cuts', e.g. 500,600", .sv: "det saknas gränser efter 'cuts', t.ex. 500,600"]
        case .cutNotNumber: [.en: "cut points must be numbers, not '{1}'", .sv: "gränserna ska vara tal, inte '{1}'"]
        case .cutsRising: [.en: "cut points must be 1 to 12 rising numbers, not '{1}'", .sv: "gränserna ska vara 1 till 12 stigande tal, inte '{1}'"]
        }
    }
}
