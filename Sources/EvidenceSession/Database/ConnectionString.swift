import Foundation

/// Connection strings as typed (`postgres://user:pw@host:5432/db`, `host=… password=…`,
/// `service=NAME`) and without their passwords, which are never recorded (docs/databases.md).
public enum ConnectionString {
    /// The password the string holds, if any.
    public static func password(in s: String) -> String? {
        if let (_, range) = urlPassword(s) { return String(s[range]) }
        if let (_, value) = keyword("password", in: s) { return value }
        return nil
    }

    /// The string without its password: `postgres://user@host/db`, a conninfo without `password=`.
    public static func redacted(_ s: String) -> String {
        var s = s
        while let (whole, _) = urlPassword(s) {
            // ":pw@" → "@"
            s.replaceSubrange(whole, with: "@")
        }
        while let (range, _) = keyword("password", in: s) {
            s.removeSubrange(range)
        }
        return s.replacingRepeatedSpaces()
    }

    /// Any text with connection strings' passwords removed and the known ones replaced.
    static func scrubbed(_ text: String, secrets: [String]) -> String {
        guard !secrets.isEmpty || mayHoldPassword(text) else { return text }
        var out = redacted(text)
        for secret in secrets where !secret.isEmpty { out = out.replacingAll(secret, with: "<password>") }
        return out
    }

    /// The text has `://` or `password` (any case) in it. One pass over the bytes: this runs on
    /// every distinct text an export writes, and Foundation's substring search cost about
    /// 9 000 instructions a string there (docs/evidence.md, "Workbooks").
    static func mayHoldPassword(_ text: String) -> Bool {
        let word = Array("password".utf8)
        var colon = 0, matched = 0
        for b in text.utf8 {
            // "://": a colon, then two slashes.
            if b == UInt8(ascii: ":") { colon = 1 } else if b == UInt8(ascii: "/"), colon > 0 {
                colon += 1
                if colon == 3 { return true }
            } else { colon = 0 }
            // "password": no letter of it repeats its first, so a mismatch restarts at 0 or 1.
            let lower = b | 0x20
            if lower == word[matched] {
                matched += 1
                if matched == word.count { return true }
            } else {
                matched = lower == word[0] ? 1 : 0
            }
        }
        return false
    }

    /// In `scheme://user:password@host`, the range `:password@` and the password's own.
    private static func urlPassword(_ s: String) -> (Range<String.Index>, Range<String.Index>)? {
        var from = s.startIndex
        while let scheme = s.range(of: "://", range: from..<s.endIndex) {
            from = scheme.upperBound
            // The authority ends at the first / ? # or space; its user info at the last @.
            let end = s[from...].firstIndex { "/?# \t\"'".contains($0) } ?? s.endIndex
            guard let at = s[from..<end].lastIndex(of: "@"), let colon = s[from..<at].firstIndex(of: ":") else { continue }
            return (colon..<s.index(after: at), s.index(after: colon)..<at)
        }
        return nil
    }

    /// `key=value` (value bare or in single quotes) as a whole word, and its value; also a URL's
    /// `?key=value` / `&key=value` parameter.
    private static func keyword(_ key: String, in s: String) -> (Range<String.Index>, String)? {
        var from = s.startIndex
        while let r = s.range(of: key, options: .caseInsensitive, range: from..<s.endIndex) {
            from = r.upperBound
            let before = r.lowerBound == s.startIndex ? " " : s[s.index(before: r.lowerBound)]
            guard " \t?&'\"".contains(before) else { continue }
            var i = r.upperBound
            while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
            guard i < s.endIndex, s[i] == "=" else { continue }
            i = s.index(after: i)
            while i < s.endIndex, s[i] == " " { i = s.index(after: i) }
            var value = ""
            if i < s.endIndex, s[i] == "'" {
                i = s.index(after: i)
                while i < s.endIndex, s[i] != "'" {
                    if s[i] == "\\", s.index(after: i) < s.endIndex { i = s.index(after: i) }
                    value.append(s[i]); i = s.index(after: i)
                }
                if i < s.endIndex { i = s.index(after: i) }
            } else {
                while i < s.endIndex, !" \t&#\"".contains(s[i]) { value.append(s[i]); i = s.index(after: i) }
            }
            // A URL parameter takes its & or ? with it, except the ? that starts the query.
            var start = r.lowerBound
            if before == "&" { start = s.index(before: start) }
            else if before == "?", i < s.endIndex, s[i] == "&" { i = s.index(after: i) }
            else if before == "?" { start = s.index(before: start) }
            return (start..<i, value)
        }
        return nil
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var out = "", rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    fileprivate func replacingRepeatedSpaces() -> String {
        var out = "", lastSpace = false
        for c in self {
            if c == " ", lastSpace { continue }
            lastSpace = c == " "
            out.append(c)
        }
        return out.hasSuffix(" ") && !hasSuffix(" ") ? String(out.dropLast()) : out
    }
}
