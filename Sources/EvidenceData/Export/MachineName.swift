/// Column and table names for machines: lower snake_case from a display name (`match %` →
/// `match_pct`, `sd gain` → `sd_gain`), made unique. The one place exports derive names
/// (docs/evidence.md, "Tidy exports"); a result column with an explicit `key` skips it.
public enum MachineName {
    public static func of(_ display: String) -> String {
        var out = ""
        var gap = false
        for ch in display.lowercased() {
            let word: String? = switch ch {
            case "%": "pct"
            case "#": "n"
            case "+": "plus"
            case "≤", "<": "le"
            case "≥", ">": "ge"
            default: nil
            }
            if let w = word {
                if !out.isEmpty { out += "_" }
                out += w
                gap = true
            } else if ch.isLetter || ch.isNumber {
                if gap, !out.isEmpty { out += "_" }
                gap = false
                out.append(ch)
            } else {
                gap = true
            }
        }
        if out.isEmpty { return "column" }
        if let f = out.first, f.isNumber { out = "_" + out }
        return out
    }

    /// `names` with a repeated one numbered from 2 (`n`, `n_2`), in order.
    public static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { name in
            var k = name, i = 2
            while seen.contains(k) { k = "\(name)_\(i)"; i += 1 }
            seen.insert(k)
            return k
        }
    }
}
