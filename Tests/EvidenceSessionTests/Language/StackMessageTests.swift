import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// A stack's lines and the pseudonym notes in Swedish (issue 15): the term exports of sessions/terms.
struct StackMessageTests {
    @Test func stackOfFiles() {
        SwedishCommandCheck.check([], "load sessions/terms/",
              en: "NP_åk6: 26 rows, 8 columns · 2 files stacked · source and cycle columns added · markers: .. ×1\nNP åk6 HT2024.csv: 13 rows, 5 columns · ';' · decimal comma · Windows-1252 · 2 title lines skipped · markers: .. ×1 · cycle ht24 · lacks Närvaro",
              sv: "NP_åk6: 26 rader, 8 kolumner · 2 filer staplade · kolumnerna 'source' och 'cycle' tillagda · markörer: .. ×1\nNP åk6 HT2024.csv: 13 rader, 5 kolumner · ';' · decimalkomma · Windows-1252 · 2 titelrader överhoppade · markörer: .. ×1 · mättillfälle ht24 · saknar Närvaro")
        SwedishCommandCheck.check([], "load sessions/terms/",
              en: "'Personnummer' is the student id (as its pseudonyms); 'id COLUMN' chooses another",
              sv: "'Personnummer' blir elev-id (i form av sina pseudonymer); 'id KOLUMN' väljer en annan kolumn")
        SwedishCommandCheck.check([], "load sessions/terms/",
              en: "no state directory: pseudonyms use a key kept in memory for this session only, so they will differ next time\nNP åk6 HT2024.csv: column 'Personnummer' holds personnummer: replaced by 13 pseudonyms (P-…, keyed HMAC-SHA256)",
              sv: "ingen tillståndsmapp: pseudonymerna bygger på en nyckel som bara finns i minnet under den här sessionen, så de blir andra nästa gång\nNP åk6 HT2024.csv: kolumnen 'Personnummer' innehåller personnummer: de ersattes med 13 pseudonymer (P-…, nyckelbaserad HMAC-SHA256)")
    }

    @Test func stackOfDatasets() {
        let setup = ["load \"sessions/terms/NP åk6 HT2024.csv\" as ma_ht24", "load \"sessions/terms/NP åk6 VT2025.csv\" as ma_vt25"]
        SwedishCommandCheck.check(setup, "append ma_ht24 ma_vt25 as ma",
              en: "ma: 26 rows, 8 columns · 2 datasets stacked · source and cycle columns added · markers: .. ×1\nma_ht24: 13 rows, 5 columns · cycle ht24 · lacks Närvaro\nma_vt25: 13 rows, 6 columns · cycle vt25 · adds Närvaro",
              sv: "ma: 26 rader, 8 kolumner · 2 datamängder staplade · kolumnerna 'source' och 'cycle' tillagda · markörer: .. ×1\nma_ht24: 13 rader, 5 kolumner · mättillfälle ht24 · saknar Närvaro\nma_vt25: 13 rader, 6 kolumner · mättillfälle vt25 · lägger till Närvaro")
    }

    @Test func fileThatFailsInAStack() {
        SwedishCommandCheck.check([], "load sessions/errors/",
              en: "while loading sessions/errors/ragged.csv, file 2 of 4 to stack: nothing was loaded",
              sv: "när sessions/errors/ragged.csv lästes in (fil 2 av 4 som skulle staplas): inget lästes in")
    }

    @Test func findingTheFiles() {
        SwedishCommandCheck.check([], "load sessions/terms/*.txt",
              en: "error: no match: no file matches 'sessions/terms/*.txt'\n  load sessions/terms/*.txt\n       ^~~~~~~~~~~~~~~~~~~~\nhint: the folder holds: NP åk6 HT2024.csv, NP åk6 VT2025.csv (patterns are case-sensitive)",
              sv: "fel: ingen träff: ingen fil matchar 'sessions/terms/*.txt'\n  load sessions/terms/*.txt\n       ^~~~~~~~~~~~~~~~~~~~\ntips: mappen innehåller: NP åk6 HT2024.csv, NP åk6 VT2025.csv (mönster skiljer på stora och små bokstäver)")
        SwedishCommandCheck.check([], "load sessions/nosuch/*.csv",
              en: "error: file not found: no folder 'sessions/nosuch' for the pattern '*.csv'", sv: "fel: filen finns inte: det finns ingen mapp 'sessions/nosuch' för mönstret '*.csv'")
        SwedishCommandCheck.check([], "load sessions/*/x.csv",
              en: "error: pattern: 'sessions/*/x.csv': a pattern (*, ?, […]) works in the file name only, not in a folder",
              sv: "fel: mönster: 'sessions/*/x.csv': ett mönster (*, ?, […]) fungerar bara i filnamnet, inte i en mapp")
    }
}
