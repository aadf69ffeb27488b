import EvidenceData

/// Looking a pupil up by personnummer (docs/privacy.md, "Looking a pupil up"). The loaded
/// column holds pseudonyms, so `filter Personnummer == "20131104-0255"` would match nobody. A
/// quoted literal that is exactly a valid personnummer becomes its keyed pseudonym before the
/// command reads the line, when the current dataset has a column of pseudonyms: the lookup
/// works, and the number is never stored, shown or journaled, since the line is rewritten first.
extension Session {
    func pseudonymisingLookups(_ line: String) -> (line: String, count: Int) {
        guard let key = state.pseudonymKey, line.utf8.contains(UInt8(ascii: "\"")),
              PersonnummerScanner.contains(line), currentHoldsPseudonyms else { return (line, 0) }
        var out = "", count = 0
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "\"") {
            out += rest[...open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "\"") else { rest = rest[after...]; break }
            let literal = String(rest[after..<close])
            let (scrubbed, n) = PersonnummerScanner.scrub(literal, key: key)
            // Only a literal that is one personnummer and nothing else is a lookup.
            if n == 1, scrubbed.hasPrefix(Privacy.pseudonymPrefix), scrubbed.utf8.count == Privacy.pseudonymPrefix.utf8.count + 10 {
                out += scrubbed
                count += 1
            } else {
                out += literal
            }
            out += "\""
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return (out, count)
    }

    private var currentHoldsPseudonyms: Bool {
        guard let d = try? resolve(nil) else { return false }
        return d.table.columns.contains { c in
            if case .text(let t) = c.data { return t.dictionary.first { !$0.isEmpty }?.hasPrefix(Privacy.pseudonymPrefix) == true }
            return false
        }
    }
}
