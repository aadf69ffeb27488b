@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession

/// Runs lines through a fresh session and returns the rendered text of the last one.
package func render(_ lines: [String], width: Int = 100) -> (text: String, output: Output, session: Session) {
    let s = Session(environment: .plain)
    s.settings.width = width
    var last = Output.empty
    for l in lines { last = s.run(l) }
    return (TextRenderer.renderString(last, options: s.renderOptions), last, s)
}

/// Where the shared corpora are (../shared beside the checkout), or nil in a user's clone.

import Foundation
