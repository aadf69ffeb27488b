import EvidenceData

/// How a session is being run, which decides whether it keeps a journal: the one journal
/// policy (docs/sessions.md, "The journal"). The prompt and a workshop step-through keep one,
/// since what is typed there is new work; `-c`, piped input, `evsh run` and `evsh check` do not,
/// since their script is the record.
public enum SessionMode: Sendable, Equatable {
    case interactive, batch, replay, step, check

    public var keepsJournal: Bool { self == .interactive || self == .step }
}

extension Session {
    /// Sets journaling for the mode; returns what to say at the start (an unsaved session left
    /// by an earlier evsh), if anything.
    @discardableResult
    public func beginJournal(_ mode: SessionMode) -> String? {
        journalingEnabled = mode.keepsJournal
        return mode == .interactive ? Journal.startHint(stateDirectory: environment.stateDirectory, language: settings.language) : nil
    }

    /// What to say at the end (where unsaved work was kept, said once); a journal with nothing
    /// unsaved is removed.
    public func endJournal() -> String? { Journal.closeMessage(self) }
}
