/// The words of `plot`'s own errors, hints and notes (issue 15): the kinds, the parts after
/// the kind, the groups it draws and the ones workshop mode leaves out. The charts' labels and
/// legends are `ChartMessage`'s, the shared options `ChartOptionsMessage`'s.
public enum PlotMessage: String, MessageKey {
    case expectedKind, unknownKind, kinds
    case givenTwice, expectedValueAfter
    case expectedMeasure, expectedExpression, expectedAggregate, expectedMeasureAndCycle, expectedByColumn
    case needsNumbers, dateNotNumber, forCategories, tooManyGroups, fewerValues
    case missingGroupOne, missingGroupMany, smallGroups, smallGroupsAlso
    case expectedOverCycles, forExample, slopeBlur, slopeInstead, expectedTwoColumns
    case heatNumber, heatForNumbers, heatTooMany, expectedPair, noCycleColumns, noMeasures
    case binwidthPositive, binsOrBinwidth, tooManyBins, valuesRun
    case unknownAggregate, barOneFigure, useAggregate

    public var entries: [Language: String] {
        switch self {
        case .expectedKind: [.en: "expected a chart kind ({1})", .sv: "det saknas en diagramtyp ({1})"]
        case .unknownKind: [.en: "unknown chart kind '{1}'", .sv: "okänd diagramtyp '{1}'"]
        case .kinds: [.en: "kinds: {1}", .sv: "diagramtyper: {1}"]
        case .givenTwice: [.en: "'{1}' given twice", .sv: "'{1}' står två gånger"]
        case .expectedValueAfter: [.en: "expected a value after '{1}'", .sv: "det saknas ett värde efter '{1}'"]
        case .expectedMeasure: [.en: "expected a measure such as reading after 'plot {1}'", .sv: "det saknas ett mått, till exempel reading, efter 'plot {1}'"]
        case .expectedExpression: [.en: "expected an expression after 'plot {1}'", .sv: "det saknas ett uttryck efter 'plot {1}'"]
        case .expectedAggregate:
            [.en: "expected an aggregate such as count or mean(COLUMN) after 'plot {1}'",
             .sv: "det saknas en aggregatfunktion, till exempel 'count' eller 'mean(KOLUMN)', efter 'plot {1}'"]
        case .expectedMeasureAndCycle: [.en: "expected a measure and a cycle after 'plot {1}'", .sv: "det saknas ett mått och ett mättillfälle efter 'plot {1}'"]
        case .expectedByColumn: [.en: "expected 'by COLUMN'", .sv: "det saknas 'by KOLUMN'"]
        case .needsNumbers: [.en: "'{1}' is {2}, but this chart needs numbers", .sv: "'{1}' är {2}, men diagrammet behöver tal"]
        case .dateNotNumber: [.en: "a date is not a number here; year({1}) or days(a, b) are", .sv: "ett datum är inget tal här, men year({1}) och days(a, b) är det"]
        case .forCategories: [.en: "for categories try 'plot bar count by {1}'", .sv: "prova 'plot bar count by {1}' för kategorier"]
        case .tooManyGroups: [.en: "'{1}' has {2} groups; a chart shows at most {3}", .sv: "'{1}' har {2} grupper; ett diagram visar högst {3}"]
        case .fewerValues: [.en: "filter first, or group by a column with fewer values", .sv: "filtrera först, eller gruppera efter en kolumn med färre olika värden"]
        case .missingGroupOne: [.en: "{1} row with no {2} not shown", .sv: "{1} rad utan värde i {2} visas inte"]
        case .missingGroupMany: [.en: "{1} rows with no {2} not shown", .sv: "{1} rader utan värde i {2} visas inte"]
        case .smallGroups:
            [.en: "workshop mode: {1:group|groups} under {2} students not shown{3}",
             .sv: "workshopläge: {1:grupp|grupper} med färre än {2} elever visas inte{3}"]
        case .smallGroupsAlso:
            [.en: "; nor {1}, so that no left-out group can be worked out", .sv: "; inte heller {1}, så att ingen utelämnad grupp kan räknas fram"]
        case .expectedOverCycles: [.en: "expected 'over cycles'", .sv: "det saknas 'over cycles'"]
        case .forExample: [.en: "for example '{1}'", .sv: "till exempel '{1}'"]
        case .slopeBlur:
            [.en: "slope draws one line per student and {1} students would be a blur (at most {2})",
             .sv: "'slope' ritar en linje per elev, och {1} elever blir bara en suddig massa (högst {2})"]
        case .slopeInstead:
            [.en: "filter to a class first, or try 'plot box {1} by class' or 'plot scatter {2} {1} diagonal'",
             .sv: "filtrera fram en klass först, eller prova 'plot box {1} by class' eller 'plot scatter {2} {1} diagonal'"]
        case .expectedTwoColumns: [.en: "expected two columns X Y", .sv: "det saknas två kolumner X Y"]
        case .heatNumber:
            [.en: "'{1}' is a number; a transition needs categories (grades, bands, text)",
             .sv: "'{1}' är ett tal; en övergång behöver kategorier (betyg, nivåer, text)"]
        case .heatForNumbers: [.en: "for numbers try 'plot scatter {1} {2} diagonal'", .sv: "prova 'plot scatter {1} {2} diagonal' för tal"]
        case .heatTooMany: [.en: "too many categories for a heat map (at most 30 each way)", .sv: "för många kategorier för en värmekarta (högst 30 åt varje håll)"]
        case .expectedPair: [.en: "expected 'MEASURE A -> B' or 'COLUMN -> COLUMN'", .sv: "det saknas 'MÅTT A -> B' eller 'KOLUMN -> KOLUMN'"]
        case .noCycleColumns:
            [.en: "no cycle columns for '{1}' (expected {1}_c1, {1}_c2, …)", .sv: "inga kolumner per mättillfälle för '{1}' (kolumnerna ska heta {1}_c1, {1}_c2, …)"]
        case .noMeasures:
            [.en: "this dataset has no measures observed at several cycles; see 'cycles'",
             .sv: "datamängden har inga mått från flera mättillfällen; 'cycles' visar mättillfällena"]
        case .binwidthPositive: [.en: "'binwidth' takes a positive number, not '{1}'", .sv: "'binwidth' ska vara ett positivt tal, inte '{1}'"]
        case .binsOrBinwidth: [.en: "give 'bins' or 'binwidth', not both", .sv: "ange 'bins' eller 'binwidth', inte båda"]
        case .tooManyBins: [.en: "binwidth {1} makes {2} bins; at most 500", .sv: "'binwidth {1}' ger {2} staplar; högst 500"]
        case .valuesRun: [.en: "the values run from {1} to {2}; try a wider bin", .sv: "värdena går från {1} till {2}; prova bredare staplar"]
        case .unknownAggregate: [.en: "unknown aggregate '{1}'", .sv: "okänd aggregatfunktion '{1}'"]
        case .barOneFigure:
            [.en: "a bar shows one figure per group: 'plot bar mean({1}) by {2}', or 'plot box {1} by {2}'",
             .sv: "en stapel visar ett tal per grupp: 'plot bar mean({1}) by {2}', eller 'plot box {1} by {2}'"]
        case .useAggregate: [.en: "use count or an aggregate: {1}", .sv: "använd 'count' eller en aggregatfunktion: {1}"]
        }
    }
}
