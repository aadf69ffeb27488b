/// The bundled demo school: synthetic, deterministic, built into the binary so `load demo`
/// works from any folder. 300 students in years 4–6, six classes, three inquiry cycles.
///
/// The story it holds: class 5A's teacher changed her reading teaching after cycle 1 (bigger
/// reading gains c1→c2 and c2→c3); students with special needs start lower; about 3 % of
/// measures are missing and a few students miss a whole cycle.
public enum DemoSchool {
    public static let name = "demo"
    public static let description = "demo school (synthetic: 300 students, years 4–6, cycles c1–c3; not real pupils)"

    package struct ClassInfo {
        package let name: String
        package let year: Int
        package let teacher: String
        package let size: Int
        /// Extra reading growth per cycle (the inquiry effect).
        package let readingBoost: Double
        package let mathsBoost: Double
    }

    package static let classes = [
        ClassInfo(name: "4A", year: 4, teacher: "Anna Lindqvist", size: 50, readingBoost: 0, mathsBoost: 2),
        ClassInfo(name: "4B", year: 4, teacher: "Erik Öberg", size: 48, readingBoost: -2, mathsBoost: 0),
        ClassInfo(name: "5A", year: 5, teacher: "Sara Åström", size: 52, readingBoost: 14, mathsBoost: 1),
        ClassInfo(name: "5B", year: 5, teacher: "Johan Bäck", size: 49, readingBoost: 1, mathsBoost: -1),
        ClassInfo(name: "6A", year: 6, teacher: "Maria Ekström", size: 51, readingBoost: 3, mathsBoost: 6),
        ClassInfo(name: "6B", year: 6, teacher: "Lars Hägg", size: 50, readingBoost: 0, mathsBoost: 0),
    ]

    public static let columnNames: [String] = {
        var n = ["student_id", "class", "year", "gender", "lang_background", "sen", "teacher"]
        for c in 1...3 {
            n += ["reading_c\(c)", "maths_c\(c)", "writing_c\(c)", "obs_c\(c)", "attendance_c\(c)"]
        }
        return n
    }()

    public static func table() -> Table {
        var rng = SplitMix64(seed: 20_241_101)
        var ids: [String?] = [], cls: [String?] = [], years: [Double?] = [], gender: [String?] = []
        var lang: [String?] = [], sen: [Bool?] = [], teacher: [String?] = []
        var reading = [[Double?]](repeating: [], count: 3), maths = reading, obs = reading, att = reading
        var writing = [[Grade?]](repeating: [], count: 3)
        var serial = 1
        for c in classes {
            for _ in 0..<c.size {
                ids.append("E" + String(1000 + serial).dropFirst().description)
                serial += 1
                cls.append(c.name)
                years.append(Double(c.year))
                gender.append(rng.uniform() < 0.49 ? "F" : "M")
                let other = rng.uniform() < 0.22
                lang.append(other ? "other" : "sv")
                let needs = rng.uniform() < 0.12
                sen.append(needs)
                teacher.append(c.teacher)
                let ability = rng.normal() * 70 - (other ? 25 : 0) - (needs ? 45 : 0)
                let mathsAbility = 0.6 * ability + 0.8 * rng.normal() * 60
                let growth = rng.normal() * 8
                let attendBase = 94 - (needs ? 4 : 0) + rng.normal() * 3
                // A few students miss a whole cycle (moved in late, or away).
                let missingCycle = rng.uniform() < 0.03 ? Int(rng.next() % 3) : -1
                for k in 0..<3 {
                    let absent = k == missingCycle
                    func maybe(_ v: Double, p: Double = 0.03) -> Double? { absent || rng.uniform() < p ? nil : v }
                    let base = 400 + 40 * Double(c.year)
                    let boostR = k == 0 ? 0 : Double(k) * c.readingBoost
                    let boostM = k == 0 ? 0 : Double(k) * c.mathsBoost
                    let r = base + ability + Double(k) * (15 + growth) + boostR + rng.normal() * 35
                    let m = base + mathsAbility + Double(k) * (14 + growth * 0.5) + boostM + rng.normal() * 35
                    reading[k].append(maybe(r.rounded()))
                    maths[k].append(maybe(m.rounded()))
                    // Writing follows reading with noise; grades A–F.
                    let wz = (r - base - 15 * Double(k)) / 80 + rng.normal() * 0.6
                    let g: Grade = wz > 1.3 ? .A : wz > 0.6 ? .B : wz > -0.1 ? .C : wz > -0.7 ? .D : wz > -1.5 ? .E : .F
                    writing[k].append(absent || rng.uniform() < 0.05 ? nil : g)
                    let o = min(4, max(1, (2.5 + wz * 0.8 + rng.normal() * 0.5).rounded()))
                    obs[k].append(maybe(o))
                    let a = min(100, max(55, attendBase + rng.normal() * 4))
                    att[k].append(maybe((a * 10).rounded() / 10, p: 0.02))
                }
            }
        }
        var cols: [Column] = [
            .texts("student_id", ids, isID: true), .texts("class", cls), .numbers("year", years),
            .texts("gender", gender), .texts("lang_background", lang), .booleans("sen", sen), .texts("teacher", teacher),
        ]
        for k in 0..<3 {
            cols += [
                .numbers("reading_c\(k + 1)", reading[k]), .numbers("maths_c\(k + 1)", maths[k]),
                .grades("writing_c\(k + 1)", writing[k]), .numbers("obs_c\(k + 1)", obs[k]),
                .numbers("attendance_c\(k + 1)", att[k]),
            ]
        }
        return Table(columns: cols)
    }

    /// The demo as `load demo` makes it, with the digest of its contents as loaded, so a
    /// script saved after `let` added a column still fingerprints the same demo.
    public static var loaded: LoadedTable {
        LoadedTable(table: table(), source: DataSource(path: nil, description: description, sha256: digest))
    }

    private static let digest = table().contentDigest
}
