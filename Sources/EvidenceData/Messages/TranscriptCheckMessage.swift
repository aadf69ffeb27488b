/// What `evsh check` says of a transcript it cannot check, and its warnings (`TranscriptChecker`)
/// (issue 15); its summary and diff heads are `SessionMessage`'s. Skolverket-neutral
/// "protokoll" for transcript, as in `help session`.
public enum TranscriptCheckMessage: String, MessageKey {
    case notTranscript, widthNotWhole, languageNotOne, rootNotOne, dataDiffers, notThere, theFile
    case rowsChanged, sizeChanged, fileChanged, builtIn

    public var entries: [Language: String] {
        switch self {
        case .notTranscript:
            [.en: "not an evsh transcript: no '<!-- evsh-transcript … -->' header and no ```evsh blocks (write one with 'session export NAME.md')",
             .sv: "inget evsh-protokoll: varken huvudet '<!-- evsh-transcript … -->' eller några '```evsh'-block (skriv ett med 'session export NAMN.md')"]
        case .widthNotWhole:
            [.en: "the transcript header's 'width={1}' is not a whole number from {2} to {3}",
             .sv: "protokollhuvudets 'width={1}' är inget heltal från {2} till {3}"]
        case .languageNotOne:
            [.en: "the transcript header's 'language={1}' is not one of {2}", .sv: "protokollhuvudets 'language={1}' är inget av {2}"]
        case .rootNotOne:
            [.en: "the transcript header's 'root={1}' is not one of {2}: a check reads only the transcript's folder or the few above it",
             .sv: "protokollhuvudets 'root={1}' är inget av {2}: en kontroll läser bara protokollets mapp eller de närmaste ovanför"]
        case .dataDiffers: [.en: "data '{1}' differs from the transcript's: {2}", .sv: "datamängden '{1}' skiljer sig från protokollets: {2}"]
        case .notThere:
            [.en: "'{1}' (line {2}) is not there to compare with: the export ran, its file was not checked",
             .sv: "'{1}' (rad {2}) finns inte att jämföra med: exporten kördes, men filen kontrollerades inte"]
        case .theFile: [.en: "{1} (the file {2})", .sv: "{1} (filen {2})"]
        // What differs in a dataset's fingerprint (`DataFingerprint.differences`).
        case .rowsChanged: [.en: "rows {1} → {2}", .sv: "rader {1} → {2}"]
        case .sizeChanged: [.en: "size {1} → {2} bytes", .sv: "storlek {1} → {2} byte"]
        case .fileChanged: [.en: "file {1} → {2}", .sv: "fil {1} → {2}"]
        case .builtIn: [.en: "built-in", .sv: "inbyggd"]
        }
    }
}
