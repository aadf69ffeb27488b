import Foundation
import EvidenceData

extension Session {
    /// Where a command that writes `path` (resolved) writes it: the path itself, or under
    /// `evsh check`, a file of the scratch folder (named after the path, so two exports of one
    /// run do not overwrite each other unless they named the same file).
    func placeForWrite(_ path: String, compared: Bool = false) -> String {
        guard let folder = state.recording.writesInto else { return path }
        if let i = state.recording.redirectedWrites.firstIndex(where: { $0.asked == path }) {
            state.recording.redirectedWrites[i].compared = compared
            return state.recording.redirectedWrites[i].written
        }
        let name = "\(state.recording.redirectedWrites.count)-" + (path as NSString).lastPathComponent
        let written = (folder as NSString).appendingPathComponent(name)
        state.recording.redirectedWrites.append((path, written, compared))
        return written
    }
}
