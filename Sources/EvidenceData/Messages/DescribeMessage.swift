/// The words of `describe`: its title, headers and the summary of each column. Type names are
/// the load report's (`LoadMessage.type`).
public enum DescribeMessage: String, MessageKey {
    case title, column, type, missing, summary, distribution
    case idType, allMissing, idDistinct, moreValues, hiddenValues, hiddenValuesOnly, markers

    public var entries: [Language: String] {
        switch self {
        case .title: [.en: "{1}: {2:row|rows}, {3:column|columns}", .sv: "{1}: {2:rad|rader}, {3:kolumn|kolumner}"]
        case .column: [.en: "column", .sv: "kolumn"]
        case .type: [.en: "type", .sv: "typ"]
        case .missing: [.en: "missing", .sv: "saknas"]
        case .summary: [.en: "min / mean / max  or  top values", .sv: "min / medel / max  eller  vanligaste"]
        case .distribution: [.en: "distribution", .sv: "fördelning"]
        case .idType: [.en: "{1} (id)", .sv: "{1} (id)"]
        case .allMissing: [.en: "all missing", .sv: "alla saknas"]
        case .idDistinct: [.en: "id: {1} distinct", .sv: "id: {1} olika"]
        case .moreValues: [.en: ", … ({1} values)", .sv: ", … ({1} värden)"]
        case .hiddenValues:
            [.en: "… ({1} values, others under {2} students each hidden)", .sv: "… ({1} värden; övriga dolda: färre än {2} elever vardera)"]
        case .hiddenValuesOnly: [.en: "… (others under {1} students each hidden)", .sv: "… (övriga dolda: färre än {1} elever vardera)"]
        case .markers: [.en: "  [markers: {1}]", .sv: "  [markörer: {1}]"]
        }
    }
}
