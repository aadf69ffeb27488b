/// The expression language's part of Tab completion (function names, …) for argument words.
/// Empty until the language lands; the language work fills in this one function.
public enum ExpressionCompletion {
    public static func candidates(_ context: CompletionContext) -> [String] { [] }
}
