extension Message {
    /// The message with `f` applied to its text arguments (what the user typed, echoed back):
    /// the privacy step takes personnummer out of them, as it does from the English strings, so
    /// that no language shows one (svB, issue 15).
    public func mappingTexts(_ f: (String) -> String) -> Message {
        Message(id: id, entries: entries, args: args.map { a in
            switch a {
            case .text(let s): .text(f(s))
            case .individual(let s): .individual(f(s))
            default: a
            }
        })
    }
}
