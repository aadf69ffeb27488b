/// The words of the session's own reports on the compare path: views (`filter`), norms, the
/// transcript's header. More commands join here as they are translated.
public enum SessionMessage: String, MessageKey {
    case viewMade, normsDemo, normsDemoSource, dataUsed, dataLine, builtIn, bytes

    public var entries: [Language: String] {
        switch self {
        case .viewMade: [.en: "{1}: {2} of {3:row|rows} (from {4})", .sv: "{1}: {2} av {3:rad|rader} (ur {4})"]
        case .normsDemo: [.en: "norms demo: {1} rows for {2} — {3}", .sv: "normer 'demo': {1} rader för {2} — {3}"]
        case .normsDemoSource:
            [.en: "demo norms (synthetic, invented for the demo school; not real national norms)",
             .sv: "demonormer (påhittade för demoskolan; inga riktiga nationella normer)"]
        case .dataUsed: [.en: "Data used:", .sv: "Data som användes:"]
        case .dataLine: [.en: "- `{1}`: {2}, {3} rows{4}, sha256 `{5}`", .sv: "- `{1}`: {2}, {3} rader{4}, sha256 `{5}`"]
        case .builtIn: [.en: "built in", .sv: "inbyggd"]
        case .bytes: [.en: ", {1} bytes", .sv: ", {1} byte"]
        }
    }
}
