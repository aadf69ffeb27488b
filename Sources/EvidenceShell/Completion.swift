import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// What Tab offers at the cursor: the text being completed and what may replace it.
public struct Completion: Sendable, Equatable {
    /// The text just before the cursor that a candidate replaces (as typed, quotes included).
    public var prefix: String
    public var candidates: [Candidate]

    public init(prefix: String, candidates: [Candidate]) {
        self.prefix = prefix
        self.candidates = candidates
    }

    public static let none = Completion(prefix: "", candidates: [])

    public struct Candidate: Sendable, Equatable {
        /// Replaces the prefix: `reading_c1`, `data/`, `"my file.csv"`.
        public var text: String
        /// Shown in a list of several: `reading_c1`, `data/`, `my file.csv`.
        public var display: String
        /// Typed after a lone candidate: a space after a finished word, nothing after a folder.
        public var terminator: String

        public init(text: String, display: String? = nil, terminator: String = " ") {
            self.text = text
            self.display = display ?? text
            self.terminator = terminator
        }
    }

    /// What to do to the line: delete `deleteCount` Unicode scalars before the cursor and insert
    /// `insert`. A lone candidate is inserted whole; several insert their longest common start
    /// when that adds something. Nil: nothing to insert (list the candidates instead).
    public var edit: (deleteCount: Int, insert: String)? {
        let deleteCount = prefix.unicodeScalars.count
        if candidates.count == 1, let c = candidates.first {
            return (deleteCount, c.text + c.terminator)
        }
        guard let first = candidates.first else { return nil }
        var common = Array(first.text)
        for c in candidates.dropFirst() {
            let t = Array(c.text)
            var n = 0
            while n < common.count, n < t.count, common[n] == t[n] { n += 1 }
            common.removeSubrange(n...)
        }
        let commonText = String(common)
        guard common.count > prefix.count, commonText != prefix else { return nil }
        return (deleteCount, commonText)
    }
}

/// Where the cursor is, for completion hooks: the command, the words before the cursor and the
/// word being typed.
public struct CompletionContext {
    public let session: Session
    /// The command's name as declared (aliases resolved), or nil while typing the first word.
    public let command: String?
    /// The finished words before the cursor, the command word first (quotes removed).
    public let words: [String]
    /// The word being typed, quotes removed ("" after a space).
    public let partial: String
}
