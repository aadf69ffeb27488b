/// Swedish personal identity numbers: YYMMDD-NNNC, YYMMDD+NNNC (over 100), YYYYMMDDNNNC,
/// YYYYMMDD-NNNC or ten bare digits. C is a Luhn check digit over the nine digits YYMMDDNNN
/// (weights 2,1,2,…; C = (10 − digit sum mod 10) mod 10), see docs/privacy.md,
/// "Personnummer become pseudonyms". Samordningsnummer
/// (day + 60) pass too. Used only to recognise and pseudonymise: the value is never shown.
public enum Personnummer {
    /// The ten digits YYMMDDNNNC when `s` is a valid personnummer in one of the accepted forms,
    /// else nil. The ten-digit form is what pseudonyms are computed from, so the same person
    /// gets the same pseudonym whichever form a file uses.
    public static func normalized(_ s: some StringProtocol) -> [UInt8]? {
        // Most text is ruled out before anything is allocated: ten digits at the least, and
        // the first byte that is not a space is a digit (a name, a class, an id like S0001).
        guard s.utf8.count >= 10 else { return nil }
        for u in s.utf8 where u != UInt8(ascii: " ") {
            guard u >= UInt8(ascii: "0"), u <= UInt8(ascii: "9") else { return nil }
            break
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(12)
        var separators = 0
        var separatorAt = -1
        for u in s.utf8 {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits.count < 12 else { return nil }
                digits.append(u - UInt8(ascii: "0"))
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                separators += 1
                separatorAt = digits.count
            case UInt8(ascii: " "): continue
            default: return nil
            }
        }
        guard separators <= 1 else { return nil }
        let ten: [UInt8]
        switch digits.count {
        case 10:
            guard separators == 0 || separatorAt == 6 else { return nil }
            ten = digits
        case 12:
            // Century must be 18, 19 or 20; a separator may follow the date (YYYYMMDD-NNNN).
            guard separators == 0 || separatorAt == 8 else { return nil }
            let century = Int(digits[0]) * 10 + Int(digits[1])
            guard (18...20).contains(century) else { return nil }
            ten = Array(digits[2...])
        default:
            return nil
        }
        let month = Int(ten[2]) * 10 + Int(ten[3])
        let day = Int(ten[4]) * 10 + Int(ten[5])
        guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return nil }
        guard luhnCheckDigit(ten[0..<9]) == ten[9] else { return nil }
        return ten
    }

    public static func isValid(_ s: some StringProtocol) -> Bool { normalized(s) != nil }

    /// The Luhn check digit for nine digits (weights 2,1,2,1,…).
    public static func luhnCheckDigit(_ nine: ArraySlice<UInt8>) -> UInt8 {
        var sum = 0
        for (i, d) in nine.enumerated() {
            var p = Int(d) * (i % 2 == 0 ? 2 : 1)
            if p > 9 { p -= 9 }
            sum += p
        }
        return UInt8((10 - sum % 10) % 10)
    }

    /// A number column's value read as a personnummer: files without separators are sometimes
    /// read as numbers, which drops a leading zero (0501011234 → 501011234).
    package static func normalized(number d: Double) -> [UInt8]? {
        // The smallest is 00-01-01 (1 010 000 once the zeros are gone); the 12-digit form starts
        // with 18, 19 or 20. Scores and percentages fail here without any text being made.
        guard d.isFinite, d >= 1_010_000, d < 1e10 || (d >= 1.8e11 && d < 2.1e11), d.rounded() == d else { return nil }
        let n = Int(d)
        var s = String(n)
        if s.count < 10 { s = String(repeating: "0", count: 10 - s.count) + s }
        return normalized(s)
    }
}
