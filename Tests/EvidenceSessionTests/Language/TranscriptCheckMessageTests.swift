import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `evsh check`'s problems and warnings in the transcript's language (issue 15).
struct TranscriptCheckMessageTests {
    @Test func problems() {
        #expect(TranscriptChecker.check("# notes\n\nno blocks here\n").problem
                == "not an evsh transcript: no '<!-- evsh-transcript … -->' header and no ```evsh blocks (write one with 'session export NAME.md')")
        let header = { (words: String) in "<!-- evsh-transcript version=0.1.0 saved=2026-12-04T00:00:00Z \(words) -->\n\n```evsh\ncount\n```\n" }
        #expect(TranscriptChecker.check(header("width=5 ascii=off")).problem == "the transcript header's 'width=5' is not a whole number from 20 to 1000")
        let sv = TranscriptChecker.check(header("width=5 ascii=off language=sv")).problem
        #expect(sv == "protokollhuvudets 'width=5' är inget heltal från 20 till 1000")
        #expect(TranscriptChecker.check(header("width=100 ascii=off language=de")).problem == "the transcript header's 'language=de' is not one of en, sv")
        let root = TranscriptChecker.check(header("width=100 ascii=off language=sv root=/etc")).problem ?? ""
        #expect(root.hasPrefix("protokollhuvudets 'root=/etc' är inget av "), "\(root)")
        #expect(root.hasSuffix(": en kontroll läser bara protokollets mapp eller de närmaste ovanför"), "\(root)")
        #expect(SwedishCommandCheck.englishWords(in: [sv ?? "", root].joined(separator: "\n")).isEmpty)
        #expect(TranscriptCheckMessage.notTranscript.text(.sv) == "inget evsh-protokoll: varken huvudet '<!-- evsh-transcript … -->' eller några '```evsh'-block (skriv ett med 'session export NAMN.md')")
    }

    @Test func warnings() {
        let saved = DataFingerprint(name: "d", path: "a.csv", byteCount: 100, rowCount: 10, sha256: "111111111111aaaa")
        let now = DataFingerprint(name: "d", path: nil, byteCount: nil, rowCount: 12, sha256: "222222222222bbbb")
        #expect(saved.differences(from: now) == ["rows 10 → 12", "file a.csv → built-in", "sha256 111111111111… → 222222222222…"])
        #expect(saved.differences(from: now, language: .sv) == ["rader 10 → 12", "fil a.csv → inbyggd", "sha256 111111111111… → 222222222222…"])
        for (language, differs, missing, file) in [
            (Language.en, "data 'd' differs from the transcript's: rows 10 → 12", "'a.csv' (line 7) is not there to compare with: the export ran, its file was not checked",
             "export a.csv (the file a.csv)"),
            (.sv, "datamängden 'd' skiljer sig från protokollets: rader 10 → 12", "'a.csv' (rad 7) finns inte att jämföra med: exporten kördes, men filen kontrollerades inte",
             "export a.csv (filen a.csv)"),
        ] {
            #expect(TranscriptCheckMessage.dataDiffers.text(language, .text("d"), .text(saved.differences(from: now, language: language)[0])) == differs)
            #expect(TranscriptCheckMessage.notThere.text(language, .text("a.csv"), .quantity(7)) == missing)
            #expect(TranscriptCheckMessage.theFile.text(language, .text("export a.csv"), .text("a.csv")) == file)
        }
    }
}
