/// A raw text field: a byte range in a reader's buffer of UTF-8 (a mapped CSV file, or the
/// bytes a rows reader laid out) and how it was written. Every text-field reader hands fields
/// to the typing in this form, so guessing kinds and typing values never see a String.
struct FieldRef {
    var start: Int
    var end: Int
    /// Written as a value, not left empty: a CSV `""` is an empty text, an empty cell is missing.
    var quoted: Bool
    /// Holds `""` pairs that must be collapsed to read the value (CSV only).
    var escaped: Bool
}
