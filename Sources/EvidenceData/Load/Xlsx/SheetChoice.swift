/// A sheet of a workbook, as `load FILE sheet …` names it: by its tab's name, or by its place
/// among the tabs from 1 (hidden tabs counted, as Excel's tab order has them).
public enum SheetChoice: Sendable, Equatable {
    case name(String)
    case number(Int)

    /// `2` is a place, anything else a name.
    public init(word: String) {
        if let n = Int(word), n >= 1 { self = .number(n) } else { self = .name(word) }
    }
}
