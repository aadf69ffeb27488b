/// The errors of a norms file (`NormsCSV`, read by `norms load`). They point at file:line:column.
public enum NormsFileMessage: String, MessageKey {
    case empty, expectedHeader, notCSV, expectedHeaderLike, noColumn, expectedHeaderFound, ragged, raggedKind
    case notNumber, yearLevel, sdPositive, noRows

    public var entries: [Language: String] {
        switch self {
        case .empty: [.en: "the norms file is empty", .sv: "normfilen är tom"]
        case .expectedHeader: [.en: "expected a header: measure,year,time,mean,sd", .sv: "den ska börja med en rubrikrad: 'measure,year,time,mean,sd'"]
        case .notCSV:
            [.en: "the norms file is not a CSV file: its first line has no ',', ';' or tab",
             .sv: "normfilen är ingen CSV-fil: dess första rad har inget ',', ';' eller tabbtecken"]
        case .expectedHeaderLike: [.en: "expected a header like: measure,year,time,mean,sd", .sv: "den ska börja med en rubrikrad som 'measure,year,time,mean,sd'"]
        case .noColumn: [.en: "the norms file has no '{1}' column", .sv: "normfilen saknar kolumnen '{1}'"]
        case .expectedHeaderFound:
            [.en: "expected a header like: measure,year,time,mean,sd (found: {1})",
             .sv: "den ska börja med en rubrikrad som 'measure,year,time,mean,sd' (här står: '{1}')"]
        case .ragged: [.en: "line has {1} fields, the header has {2}", .sv: "raden har {1} fält, rubrikraden har {2}"]
        case .raggedKind: [.en: "ragged row", .sv: "ojämn rad"]
        case .notNumber: [.en: "{1} must be a number, not '{2}'", .sv: "'{1}' måste vara ett tal, inte '{2}'"]
        case .yearLevel: [.en: "year level must be a whole number like 5 or Y5, not '{1}'", .sv: "årskursen måste vara ett heltal som 5 eller Y5, inte '{1}'"]
        case .sdPositive: [.en: "sd must be above 0, not '{1}'", .sv: "'sd' måste vara större än 0, inte '{1}'"]
        case .noRows: [.en: "the norms file has a header but no rows", .sv: "normfilen har en rubrikrad men inga rader"]
        }
    }
}

/// The errors of following a measure over cycles (`CycleSeries`: compare, bands, tail, cycles);
/// an unknown measure and a measure's cycles are `CyclesMessage`'s.
public enum CycleSeriesMessage: String, MessageKey {
    case seeCycles, noValueAtCycle, lostColumns, noColumn, needsId, nameId

    public var entries: [Language: String] {
        switch self {
        case .seeCycles: [.en: "see 'cycles'", .sv: "'cycles' visar måtten"]
        case .noValueAtCycle: [.en: "'{1}' has no value at cycle '{2}'", .sv: "'{1}' har inga värden vid mättillfället '{2}'"]
        case .lostColumns: [.en: "the long table lost its measure or value column", .sv: "den långa tabellen har tappat sin mått- eller värdekolumn"]
        case .noColumn: [.en: "no column '{1}'", .sv: "ingen kolumn '{1}'"]
        case .needsId:
            [.en: "long data needs a student id column to follow students over cycles",
             .sv: "lång data behöver en kolumn med elev-id för att följa eleverna över mättillfällena"]
        case .nameId: [.en: "name it student_id, load with id=COLUMN, or say 'id COLUMN'", .sv: "döp den till student_id, läs in med 'id=KOLUMN', eller skriv 'id KOLUMN'"]
        }
    }
}

/// The errors of reshaping (`Pivot`: `pivot longer`, `pivot wider`).
public enum ReshapeMessage: String, MessageKey {
    case kind, duplicateKind, mixedTypes, oneTypeFirst, noKey, filterOut, duplicates, duplicateAt, listed, oneRowPer

    public var entries: [Language: String] {
        switch self {
        case .kind: [.en: "pivot", .sv: "pivot"]
        case .duplicateKind: [.en: "duplicate key", .sv: "dubblerad nyckel"]
        case .mixedTypes: [.en: "measure '{1}' has columns of different types ({2})", .sv: "måttet '{1}' har kolumner av olika typer ({2})"]
        case .oneTypeFirst: [.en: "make them one type first, or leave that measure out", .sv: "gör dem till samma typ först, eller lämna det måttet utanför"]
        case .noKey: [.en: "row {1} has no '{2}'", .sv: "rad {1} saknar '{2}'"]
        case .filterOut: [.en: "filter out rows without {1} first", .sv: "filtrera först bort raderna som saknar '{1}'"]
        case .duplicates: [.en: "some students have more than one row for a cycle: {1}", .sv: "några elever har mer än en rad för ett mättillfälle: {1}"]
        case .duplicateAt: [.en: "{1} at {2}", .sv: "{1} vid {2}"]
        case .listed: [.en: "{1}, {2}", .sv: "{1}, {2}"]
        case .oneRowPer: [.en: "each student may have one row per {1}; remove the repeats first", .sv: "varje elev får ha en rad per '{1}'; ta bort upprepningarna först"]
        }
    }
}

/// The band labels of `bands` that are words (`TransitionTable.labels(_:)`); cut labels
/// (`500–<600`) and grades are the same in every language.
public enum TransitionMessage: String, MessageKey {
    case lowest, highest, all

    public var entries: [Language: String] {
        switch self {
        case .lowest: [.en: "Q1 lowest", .sv: "Q1 lägst"]
        case .highest: [.en: "Q5 highest", .sv: "Q5 högst"]
        case .all: [.en: "all", .sv: "alla"]
        }
    }
}
