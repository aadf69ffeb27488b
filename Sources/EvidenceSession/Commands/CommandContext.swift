import EvidenceData
import EvidenceAnalysis

/// What a command's `run` gets: the session to act on and its arguments.
public struct CommandContext {
    public let session: Session
    public var args: Arguments
    public let spec: CommandSpec

    public init(session: Session, args: Arguments, spec: CommandSpec) {
        self.session = session
        self.args = args
        self.spec = spec
    }

    public var usage: String { spec.usage }

    /// A usage error worded by the catalogue, pointing at a word; without a hint, the usage.
    public func error(_ message: Message, at w: Word?, hint: Message? = nil) -> Diagnostic {
        Diagnostic.usage(message, span: w.map { args.span($0) } ?? args.endSpan, hint: hint ?? CommonMessage.usage(.text(spec.usage)))
    }

    /// The session's language, for what the command says.
    public var language: Language { session.settings.language }

    /// The current dataset resolved, or a clear error when none is loaded.
    public func current() throws -> ResolvedDataset { try session.resolve(nil) }
}
