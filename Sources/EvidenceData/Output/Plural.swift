/// A count with its noun in agreement: `1 group`, `3 groups`, `0 values`. For counts that are
/// not students (groups, measures, columns); counts of students go in `Prose` as
/// `\(count: n, "student")`, so the privacy step can hide them.
public enum Plural {
    /// `n noun` or `n nouns`.
    public static func of(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? Self.plural(of: singular))"
    }

    /// The English plural of the nouns evsh counts: `-s`, `-es` after s/x/ch/sh (`matches`).
    public static func plural(of singular: String) -> String {
        for end in ["s", "x", "ch", "sh"] where singular.hasSuffix(end) { return singular + "es" }
        return singular + "s"
    }
}
