import EvidenceData
import EvidenceAnalysis
import EvidenceSession
import Foundation

/// A deterministic wide evidence CSV: student_id, school (some quoted, with commas and å ä ö),
/// class, year, gender, lang_background, sen, teacher ("Surname, Firstname", quoted), then per
/// cycle c1…c4 reading, maths (scale scores), writing grade A–F, attendance % (one decimal)
/// and teacher observation 1–4; about 3 % of measures (8 % of grades) empty.
enum WideEvidenceFile {
    static let schools = ["Björkåsskolan", "Ekbacken", "Fjällskolan", "\"Bräcke skola, Göteborg\"", "Hagaskolan",
                          "Lärkan", "Mölnbo skola", "\"Östra skolan, Umeå\"", "Rosendal", "Sjöängen"]
    static let teachers = ["\"Andersson, Anna\"", "\"Berg, Erik\"", "\"Öberg, Åsa\"", "\"Lind, Maria\"", "\"Nyström, Jonas\""]

    /// The same rows as one worksheet, written by evsh's own `export … to FILE.xlsx` (numbers as
    /// numbers, text as shared strings), once into the temp folder.
    static func workbook(rows: Int) -> String {
        let path = NSTemporaryDirectory() + "evsh-bench-wide-\(rows).xlsx"
        if FileManager.default.fileExists(atPath: path) { return path }
        let session = Session()
        let outputs = session.runScript("load \(Self.path(rows: rows)) as wide\nexport wide to \(path)", bail: true)
        precondition(outputs.count == 2 && outputs.allSatisfy { !$0.failed }, "cannot write \(path)")
        return path
    }

    static func path(rows: Int) -> String {
        let path = NSTemporaryDirectory() + "evsh-bench-wide-\(rows).csv"
        if FileManager.default.fileExists(atPath: path) { return path }
        // Written in 1 MB chunks, so making the file does not inflate the measured peak memory.
        let partial = path + ".partial"
        FileManager.default.createFile(atPath: partial, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: partial) else { fatalError("cannot write \(partial)") }
        var out: [UInt8] = []
        out.reserveCapacity(1 << 21)
        func put(_ s: String) { out.append(contentsOf: s.utf8) }
        func put(int v: Int) { put(String(v)) }
        put("student_id,school,class,year,gender,lang_background,sen,teacher")
        for c in 1...4 { put(",reading_c\(c),maths_c\(c),writing_grade_c\(c),attendance_pct_c\(c),teacher_obs_c\(c)") }
        put("\n")
        var rng = SplitMix64(seed: 1)
        let grades = ["F", "E", "D", "C", "B", "A"]
        for i in 1...rows {
            let year = Int(rng.next() % 9) + 1
            let other = rng.next() % 4 == 0, sen = rng.next() % 8 == 0
            put("S" + String(repeating: "0", count: max(0, 7 - String(i).count)) + String(i))
            put(","); put(schools[Int(rng.next() % UInt64(schools.count))])
            put(","); put(int: year); out.append(UInt8(ascii: "A") + UInt8(rng.next() % 3))
            put(","); put(int: year)
            put(","); put(["F", "M", "X"][Int(rng.next() % 3)])
            put(","); put(other ? "other" : "sv")
            put(","); put(sen ? "yes" : "no")
            put(","); put(teachers[Int(rng.next() % UInt64(teachers.count))])
            let base = 390.0 + 40.0 * Double(year) - (other ? 15 : 0) - (sen ? 30 : 0) + 90 * rng.normal()
            for c in 0..<4 {
                let gain = 15.0 * Double(c)
                put(","); if rng.next() % 33 != 0 { put(int: Int((base + gain + 40 * rng.normal()).rounded())) }
                put(","); if rng.next() % 33 != 0 { put(int: Int((base + gain + 45 * rng.normal()).rounded())) }
                put(","); if rng.next() % 12 != 0 { put(grades[min(5, max(0, Int((base - 300) / 100) + Int(rng.next() % 3)))]) }
                let att = min(100.0, 80 + 20 * rng.uniform())
                put(","); if rng.next() % 33 != 0 { put(int: Int(att)); put("."); put(int: Int(att * 10) % 10) }
                put(","); if rng.next() % 33 != 0 { put(int: Int(rng.next() % 4) + 1) }
            }
            put("\n")
            if out.count >= 1 << 20 { handle.write(Data(out)); out.removeAll(keepingCapacity: true) }
        }
        handle.write(Data(out))
        try? handle.close()
        // Written beside, then renamed: an interrupted run never leaves a half file to reuse.
        try? FileManager.default.moveItem(atPath: partial, toPath: path)
        return path
    }
}
