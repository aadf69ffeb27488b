/// `with option=value …` for `load`. Every option overrides one of the readers' guesses:
/// `decimal`, `id` and `lenient` apply to every source; the others are the CSV reader's.
public struct LoadOptions: Sendable, Equatable {
    /// `,` `;` tab `|` (also spelled comma, semicolon, tab, pipe).
    public var delimiter: UInt8?
    /// true for a decimal comma, false for a decimal point.
    public var decimalComma: Bool?
    public var encoding: TextEncodingChoice?
    /// Whether the first record after the title lines is a header.
    public var header: Bool?
    /// Records to skip before the header (title lines).
    public var skip: Int?
    /// The id column by name, or "" for none.
    public var id: String?
    /// Load the good rows and report the bad ones instead of failing.
    public var lenient = false
    /// Data of at least this many bytes is parsed on two threads (tests lower it).
    var parallelBytes = 4 << 20
    /// Which sheet of a workbook (`load FILE sheet "Resultat"`, `sheet 2`); nil: the first
    /// visible one. Not a `with` option: a clause of its own.
    public var sheet: SheetChoice?
    /// The bounds against hostile workbooks (tests lower them).
    var workbookLimits = XlsxPackage.Limits()

    public init() {}

    /// The option names, for help and errors.
    public static let names = ["delimiter", "decimal", "encoding", "header", "skip", "id", "lenient"]

    /// Parse one option; the error's message when the value is not understood, else nil.
    public mutating func set(_ key: String, _ value: String) -> Message? {
        typealias M = ReaderMessage
        let v = value.lowercased()
        switch key {
        case "delimiter", "delim", "sep", "separator":
            switch v {
            case ",", "comma": delimiter = UInt8(ascii: ",")
            case ";", "semicolon": delimiter = UInt8(ascii: ";")
            case "tab", "\\t", "\t": delimiter = 0x09
            case "|", "pipe": delimiter = UInt8(ascii: "|")
            default: return M.badDelimiter(.text(value))
            }
        case "decimal":
            switch v {
            case ",", "comma": decimalComma = true
            case ".", "point", "dot": decimalComma = false
            default: return M.badDecimal(.text(value))
            }
        case "encoding":
            guard let e = TextEncoding(option: v) else {
                return M.badEncoding(.text(value))
            }
            encoding = TextEncodingChoice(e)
        case "header":
            guard let b = LoadOptions.bool(v) else { return M.badBool(.text("header"), .text(value)) }
            header = b
        case "skip":
            guard let n = Int(v), n >= 0, n < 1_000_000 else { return M.badSkip(.text(value)) }
            skip = n
        case "id":
            id = v == "none" || v.isEmpty ? "" : value
        case "lenient":
            guard let b = LoadOptions.bool(v) else { return M.badBool(.text("lenient"), .text(value)) }
            lenient = b
        default:
            let hint: MessageArgument = Suggestions.nearest(to: key, in: LoadOptions.names)
                .map { .message(M.optionSuggestion(.message(CommonMessage.didYouMean(.text($0))))) } ?? .text("")
            return M.unknownOption(.text(key), hint, .text(LoadOptions.names.joined(separator: ", ")))
        }
        return nil
    }

    static func bool(_ v: String) -> Bool? {
        switch v {
        case "true", "yes", "on", "1", "ja": true
        case "false", "no", "off", "0", "nej": false
        default: nil
        }
    }
}

/// A public wrapper so `LoadOptions` can carry the (internal) encoding.
public struct TextEncodingChoice: Sendable, Equatable {
    let encoding: TextEncoding
    init(_ e: TextEncoding) { encoding = e }
    public var name: String { encoding.rawValue }
}
