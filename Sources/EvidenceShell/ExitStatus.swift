import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The process's exit codes, named (sysexits.h values).
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    /// A command was written wrongly (unknown command, bad arguments).
    case usage = 64
    /// The data could not be read or is not what the command needs.
    case data = 65
    /// Something went wrong inside evsh (also: a command interrupted with Ctrl-C).
    case `internal` = 70

    public init(_ status: Output.Status) {
        switch status {
        case .ok, .quit: self = .ok
        case .failed(.usage): self = .usage
        case .failed(.data): self = .data
        case .failed(.internal): self = .internal
        }
    }
}
