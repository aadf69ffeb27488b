import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The expression language's part of Tab completion for argument words: function names (with
/// "(") and the language's keywords, after commands that take expressions. Columns and datasets
/// come from the Completer itself.
public enum ExpressionCompletion {
    static let expressionCommands: Set<String> = [
        "filter", "let", "count", "list", "describe", "summary", "plot", "sort",
    ]

    public static func candidates(_ context: CompletionContext) -> [String] {
        guard let cmd = context.command, expressionCommands.contains(cmd) else { return [] }
        // count/list/describe/sort start with their own keywords; expressions come after one.
        let startsWithExpression: Set<String> = ["filter", "let", "summary", "plot"]
        if !startsWithExpression.contains(cmd), context.words.count < 2 { return [] }
        let text = context.partial
        let found = Expressions.completions(in: text, cursor: text.count, columns: [], datasets: [])
        return found.candidates
    }
}
