import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `join`'s errors and its line of renamed columns in Swedish (issue 15).
struct JoinCommandMessageTests {
    let demo = ["load demo"]

    let two = ["load demo", "load demo as copy", "use demo"]

    @Test func errors() {
        SwedishCommandCheck.check(demo, "join demo", en: "error: cannot join 'demo' to itself", sv: "fel: 'demo' kan inte kopplas ihop med sig själv")
        SwedishCommandCheck.check(demo, "join", en: "error: expected the name of the dataset to join", sv: "fel: det saknas namnet på datamängden som ska läggas till")
        SwedishCommandCheck.check(two, "join copy on", en: "error: expected a key column after 'on'", sv: "fel: det saknas en nyckelkolumn efter 'on'")
        SwedishCommandCheck.check(two, "join copy suffix", en: "error: expected a suffix after 'suffix', e.g. vt25", sv: "fel: det saknas ett suffix efter 'suffix', t.ex. vt25")
        SwedishCommandCheck.check(two, "join copy suffix a/b", en: "error: 'a/b' cannot be a suffix", sv: "fel: 'a/b' kan inte vara ett suffix")
        SwedishCommandCheck.check(two, "join copy suffix a/b", en: "hint: use letters, digits, _ and -: suffix vt25, or suffix ht24,vt25 for both sides",
              sv: "tips: använd bokstäver, siffror, _ och -: suffix vt25, eller suffix ht24,vt25 för båda sidor")
        SwedishCommandCheck.check(two, "join copy as copy", en: "hint: choose a new name; the joined datasets are kept as they are",
              sv: "tips: välj ett nytt namn; datamängderna som kopplas ihop behålls som de är")
        SwedishCommandCheck.check(two, "join copy on nosuch", en: "error: no column 'nosuch' in 'demo'\n  join copy on nosuch\n               ^~~~~~\nhint: see 'describe'",
              sv: "fel: ingen kolumn 'nosuch' i 'demo'\n  join copy on nosuch\n               ^~~~~~\ntips: 'describe' visar kolumnerna")
        SwedishCommandCheck.check(two, "join copy on student_id=nosuch", en: "hint: name the key on each side: on LEFTKEY=RIGHTKEY",
              sv: "tips: ange nyckeln på båda sidor: on VÄNSTERNYCKEL=HÖGERNYCKEL")
        SwedishCommandCheck.check(["load demo", "id none", "load demo as copy", "id none", "use demo"], "join copy", en: "error: 'demo' has no id column to join on",
              sv: "fel: 'demo' har ingen id-kolumn att koppla ihop på")
    }

    @Test func duplicateKeys() {
        SwedishCommandCheck.check(["load demo", "pivot longer", "use demo"], "join demo_long on student_id",
              en: "error: duplicate key: the key 'student_id' is not unique in 'demo_long': 300 values repeat, e.g. E001 (3 rows), E002 (3 rows)",
              sv: "fel: dubblerad nyckel: nyckeln 'student_id' är inte unik i 'demo_long': 300 värden återkommer, t.ex. E001 (3 rader), E002 (3 rader)")
        SwedishCommandCheck.check(["load demo", "pivot longer", "use demo"], "join demo_long on student_id",
              en: "hint: each student must have one row in the added source; for long data use 'pivot wider' on 'demo_long' first",
              sv: "tips: varje elev ska ha en rad i underlaget som läggs till; för lång data, kör 'pivot wider' på 'demo_long' först")
    }

    @Test func renamed() {
        SwedishCommandCheck.check(two, "join copy on student_id", en: "renamed 21 clashing columns with the suffix _copy: class → class_copy, year → year_copy",
              sv: "bytte namn på 21 kolumner som finns på båda sidor, med suffixet _copy: class → class_copy, year → year_copy")
        SwedishCommandCheck.check(["load demo as ht24", "load demo as vt25", "use ht24"], "join vt25 suffix ht24,vt25",
              en: "renamed 21 clashing columns with the suffixes _ht24 and _vt25: class → class_ht24, class_vt25",
              sv: "bytte namn på 21 kolumner som finns på båda sidor, med suffixen _ht24 och _vt25: class → class_ht24, class_vt25")
        SwedishCommandCheck.check(two, "join copy on student_id", en: "maths_c1 → maths_c1_copy, …", sv: "maths_c1 → maths_c1_copy, …")
    }
}
