/// The errors of `set` and of each setting's value (`SettingSpec`) (issue 15). Setting
/// names and the values typed stay as they are, quoted in Swedish.
public enum SetMessage: String, MessageKey {
    case expectedValue, unknownSetting, settings
    case wholeNumberIn, onOrOff, colorTakes, languageTakes, seedTakes

    public var entries: [Language: String] {
        switch self {
        case .expectedValue: [.en: "expected a value for '{1}'", .sv: "det saknas ett värde för '{1}'"]
        case .unknownSetting: [.en: "unknown setting '{1}'", .sv: "okänd inställning '{1}'"]
        case .settings: [.en: "settings: {1}", .sv: "inställningar: {1}"]
        case .wholeNumberIn: [.en: "'{1}' takes a whole number from {2} to {3}, not '{4}'", .sv: "'{1}' ska vara ett heltal från {2} till {3}, inte '{4}'"]
        case .onOrOff: [.en: "'{1}' takes on or off, not '{2}'", .sv: "'{1}' ska vara on eller off, inte '{2}'"]
        case .colorTakes: [.en: "'color' takes auto, on or off, not '{1}'", .sv: "'color' ska vara auto, on eller off, inte '{1}'"]
        case .languageTakes: [.en: "'language' takes sv or en, not '{1}'", .sv: "'language' ska vara sv eller en, inte '{1}'"]
        case .seedTakes: [.en: "'seed' takes a whole number, not '{1}'", .sv: "'seed' ska vara ett heltal, inte '{1}'"]
        }
    }
}
