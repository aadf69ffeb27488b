/// Finds personnummer inside any text and replaces them: the one scanner behind every place
/// that must not show, log or save one (text cells and column names on load, load errors,
/// recorded commands, the journal, saved scripts, transcripts, the prompt's history, exports).
///
/// A match is YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC, YYYYMMDD-NNNC, YYYYMMDD+NNNC or
/// YYYYMMDDNNNC, valid by `Personnummer`'s rule (month, day or day + 60, century, Luhn check
/// digit), and not part of a longer run of digits. With a key it becomes its keyed pseudonym
/// (`P-…`, the same one the column replacement gives that person); without one, `<personnummer>`.
public enum PersonnummerScanner {
    public static let placeholder = "<personnummer>"

    /// The text with every personnummer replaced, and how many there were.
    public static func scrub(_ text: String, key: [UInt8]? = nil) -> (text: String, count: Int) {
        guard mayContain(text) else { return (text, 0) }
        let u = Array(text.utf8)
        var out: [UInt8] = []
        var count = 0
        var i = 0
        var copied = 0
        while i < u.count {
            if isDigit(u[i]), i == 0 || !isDigit(u[i - 1]), let (end, ten) = match(u, at: i) {
                out.append(contentsOf: u[copied..<i])
                let replacement = key.map { pseudonym(ten, key: $0) } ?? placeholder
                out.append(contentsOf: replacement.utf8)
                count += 1
                i = end
                copied = end
                continue
            }
            i += 1
        }
        guard count > 0 else { return (text, 0) }
        out.append(contentsOf: u[copied...])
        return (String(decoding: out, as: UTF8.self), count)
    }

    /// The text with every digit of every personnummer shown as `•`: the same length, so a
    /// caret under a diagnostic's line still points where it did.
    public static func masked(_ text: String) -> String {
        guard mayContain(text) else { return text }
        var u = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var i = 0
        while i < u.count {
            if isDigit(u[i]), i == 0 || !isDigit(u[i - 1]), let (end, _) = match(u, at: i) { ranges.append(i..<end); i = end } else { i += 1 }
        }
        guard !ranges.isEmpty else { return text }
        // Each ASCII digit is one Character; `•` is one Character too (three bytes).
        for r in ranges.reversed() {
            let masked = u[r].flatMap { isDigit($0) ? Array("•".utf8) : [$0] }
            u.replaceSubrange(r, with: masked)
        }
        return String(decoding: u, as: UTF8.self)
    }

    /// True when the text holds at least one personnummer.
    public static func contains(_ text: String) -> Bool { scrub(text).count > 0 }

    /// The pseudonym for the ten digits YYMMDDNNNC: `Privacy.pseudonym`'s, 10 hex digits.
    static func pseudonym(_ ten: [UInt8], key: [UInt8]) -> String {
        Privacy.pseudonymPrefix + String(SHA256Hasher.hex(SHA256Hasher.hmac(key: key, message: ten.map { $0 + 48 })).prefix(10))
    }

    /// Fewer than ten digits cannot hold one: most text is passed over without a copy.
    static func mayContain(_ text: String) -> Bool {
        guard text.utf8.count >= 10 else { return false }
        var digits = 0
        for b in text.utf8 where isDigit(b) {
            digits += 1
            if digits >= 10 { return true }
        }
        return false
    }

    /// The end of a personnummer starting at `i` and its ten digits YYMMDDNNNC, or nil.
    static func match(_ u: [UInt8], at i: Int) -> (end: Int, ten: [UInt8])? {
        for dateLength in [8, 6] {
            var j = i
            var digits: [UInt8] = []
            while j < u.count, j - i < dateLength, isDigit(u[j]) { digits.append(u[j] - 48); j += 1 }
            guard digits.count == dateLength else { continue }
            if j < u.count, u[j] == UInt8(ascii: "-") || u[j] == UInt8(ascii: "+") { j += 1 }
            var tail = 0
            while j < u.count, tail < 4, isDigit(u[j]) { digits.append(u[j] - 48); tail += 1; j += 1 }
            guard tail == 4, j == u.count || !isDigit(u[j]) else { continue }
            // The same rule as the loader's (Personnummer): date, century, Luhn digit.
            if let ten = Personnummer.normalized(String(decoding: u[i..<j], as: UTF8.self)) { return (j, ten) }
        }
        return nil
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}

extension Diagnostic {
    /// The diagnostic with every personnummer in its words replaced (a load error quotes the
    /// field it could not read, which may be one). The span's line is left alone: it is the
    /// command as typed, and spans count its characters.
    package func scrubbingPersonnummer(key: [UInt8]? = nil) -> Diagnostic {
        var d = self
        d.message = PersonnummerScanner.scrub(message, key: key).text
        d.hint = hint.map { PersonnummerScanner.scrub($0, key: key).text }
        d.notes = notes.map { PersonnummerScanner.scrub($0, key: key).text }
        // The catalogue's messages are what other languages show: their arguments too.
        let scrub = { (t: String) in PersonnummerScanner.scrub(t, key: key).text }
        d.catalogue.kind = catalogue.kind?.mappingTexts(scrub)
        d.catalogue.message = catalogue.message?.mappingTexts(scrub)
        d.catalogue.hint = catalogue.hint?.mappingTexts(scrub)
        d.catalogue.notes = catalogue.notes.map { $0.mappingTexts(scrub) }
        return d
    }
}
