/// The words of the charts (`plot`): axis labels, legends and the notes under them
/// (Skolverket's "lådagram", "avvikande värden", "medelvärde").
public enum ChartMessage: String, MessageKey {
    case boxNote, outliersHidden, outliers
    case meanOf, meanPerCycle, hiddenSeries
    case studentsBoth, missingLeftOut, rowsLeftOut
    case gradeMoves, missingStudents, heatWorkshop
    case histNone, histSummary, heatTitle, heatShading, scatterN, scatterDiagonal, slopeUp, slopeDown, slopeSame
    case barCount, barValue, barN

    public var entries: [Language: String] {
        switch self {
        case .boxNote:
            [.en: "box: Q1 to Q3 (type 7) {1} {2} median {1} whiskers: most extreme values within 1.5 IQR {1} {3} {1} missing: {4}",
             .sv: "låda: Q1 till Q3 (typ 7) {1} {2} median {1} morrhår: de yttersta värdena inom 1,5 IQR {1} {3} {1} saknas: {4}"]
        case .outliersHidden: [.en: "outliers not marked (workshop mode)", .sv: "avvikande värden markeras inte (workshopläge)"]
        case .outliers: [.en: "{1} outliers: {2}", .sv: "{1} avvikande värden: {2}"]
        case .meanOf: [.en: "mean {1}", .sv: "medelvärde {1}"]
        case .meanPerCycle:
            [.en: "mean per cycle of {1}; n per cycle: {2}", .sv: "medelvärde per mättillfälle av {1}; n per mättillfälle: {2}"]
        case .hiddenSeries:
            [.en: "hidden under other series (the same values): {1}", .sv: "dolda under andra serier (samma värden): {1}"]
        case .studentsBoth: [.en: "{1} {2}", .sv: "{1} {2}"]
        case .missingLeftOut:
            [.en: "{1} with both values; {2} with a missing value left out", .sv: "{1} med värden vid båda; {2} med ett saknat värde lämnades utanför"]
        case .rowsLeftOut: [.en: "{1} rows with a missing value left out", .sv: "{1} rader med ett saknat värde lämnades utanför"]
        case .gradeMoves:
            [.en: "higher grade {1} {4} same {2} {4} lower {3}", .sv: "högre betyg {1} {4} samma {2} {4} lägre {3}"]
        case .missingStudents: [.en: "{1} {2} with a missing value left out", .sv: "{1} {2} med ett saknat värde lämnades utanför"]
        case .histNone: [.en: "no values to draw: all {1} missing", .sv: "inga värden att rita: alla {1} saknas"]
        case .histSummary:
            [.en: "n = {1} {2} missing {3} ({4}%) {2} {5} bins of {6} from {7} to {8} (each [lo, hi), last closed)",
             .sv: "n = {1} {2} saknas {3} ({4} %) {2} {5} staplar med bredden {6} från {7} till {8} (var och en [lo, hi), den sista sluten)"]
        case .heatTitle: [.en: "from {1} (rows) {2} to {3} (columns)", .sv: "från {1} (rader) {2} till {3} (kolumner)"]
        case .heatShading:
            [.en: "shading {1} = more students; row and column totals under n", .sv: "skuggning {1} = fler elever; rad- och kolumnsummor under n"]
        case .scatterN: [.en: "n = {1} points", .sv: "n = {1} punkter"]
        case .scatterDiagonal:
            [.en: "dotted line y = x: {1} above ({2} higher), {3} below, {4} on it",
             .sv: "prickad linje y = x: {1} ovanför ({2} högre), {3} nedanför, {4} på linjen"]
        case .slopeUp: [.en: "up {1} (solid)", .sv: "upp {1} (heldragen)"]
        case .slopeDown: [.en: "down {1} (dotted)", .sv: "ned {1} (prickad)"]
        case .slopeSame: [.en: "same {1}", .sv: "samma {1}"]
        case .barCount: [.en: "count by {1}", .sv: "antal per {1}"]
        case .barValue: [.en: "{1} by {2}", .sv: "{1} per {2}"]
        case .barN: [.en: "n per group: {1}", .sv: "n per grupp: {1}"]
        case .heatWorkshop:
            [.en: "workshop mode: cells under {1} students, and cells that would give one away, shown as <{1}",
             .sv: "workshopläge: celler med färre än {1} elever, och celler som skulle avslöja en sådan, visas som <{1}"]
        }
    }

    /// "student" or "students" in `language`.
    public static func students(_ plural: Bool, _ language: Language) -> String {
        switch language {
        case .en: plural ? "students" : "student"
        case .sv: plural ? "elever" : "elev"
        }
    }
}
