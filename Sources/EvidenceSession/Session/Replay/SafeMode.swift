import EvidenceData
import EvidenceAnalysis

/// What a script may do. Every script can do only what the shell can (there are no shell
/// escapes and no network commands); files are written only by `export` and `session
/// save|export`. With `--safe` those are refused too, so a script from someone else is data,
/// never a way to change files.
public enum SafeMode {
    /// A diagnostic when `command` is refused in safe mode, nil when it may run.
    public static func refusal(_ command: String) -> Diagnostic? {
        let words = Arguments.split(command)
        guard let first = words.first else { return nil }
        let what: String?
        if first.isKeyword("export") {
            what = "'export' writes a file"
        } else if first.isKeyword("session"), let sub = words.dropFirst().first,
                  sub.isKeyword("save") || sub.isKeyword("export") {
            what = "'session \(sub.text.lowercased())' writes a file"
        } else {
            what = nil
        }
        guard let what else { return nil }
        return Diagnostic(.error, category: .usage, kind: "safe mode", message: "\(what) and is refused",
                          span: Span(line: command, range: first.range),
                          hint: "run the script without --safe if you trust it to write files")
    }
}
