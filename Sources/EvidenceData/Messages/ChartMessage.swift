/// The words of the charts (`plot`): axis labels, legends and the notes under them
/// (Skolverket's "lådagram", "avvikande värden", "medelvärde").
public enum ChartMessage: String, MessageKey {
    case boxNote, outliersHidden, outliers
    case meanOf, meanPerCycle, hiddenSeries
    case studentsBoth, missingLeftOut, rowsLeftOut
    case gradeMoves, missingStudents, heatWorkshop

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
            [.en: "{1} with both values; {2} with a missing value left out", .sv: "{1} med värden vid båda; {2} med ett saknat värde utelämnade"]
        case .rowsLeftOut: [.en: "{1} rows with a missing value left out", .sv: "{1} rader med ett saknat värde utelämnade"]
        case .gradeMoves:
            [.en: "higher grade {1} {4} same {2} {4} lower {3}", .sv: "högre betyg {1} {4} samma {2} {4} lägre {3}"]
        case .missingStudents: [.en: "{1} {2} with a missing value left out", .sv: "{1} {2} med ett saknat värde utelämnade"]
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
