import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The expression language's part of Tab completion: function names (with "(") and the
/// language's keywords. The Completer asks only where a command's signature declares an
/// expression; columns and datasets it adds itself.
public enum ExpressionCompletion {
    public static func candidates(_ context: CompletionContext) -> [String] {
        let text = context.partial
        return Expressions.completions(in: text, cursor: text.count, columns: [], datasets: []).candidates
    }
}
