import EvidenceData

/// Where the next word of a command line goes, by its signature: the argument it fills (nil
/// between arguments, where only a keyword or the end fits) and the keywords that may come
/// there instead.
package struct ArgumentPlace: Sendable {
    package var shape: ArgumentShape?
    package var keywords: [String]
    /// False after a word the signature does not know (an unknown subcommand): offer nothing.
    package var known = true
}

extension CommandSignature {
    /// The place after `words`, the finished words after the command's name.
    package func place(after words: [Word]) -> ArgumentPlace {
        var sig = self
        var rest = words[...]
        // Subcommands first: the first word chooses; the command's clauses apply inside it too.
        while !sig.subcommands.isEmpty {
            guard let first = rest.first else {
                return ArgumentPlace(shape: .choice(sig.subcommands.map(\.name)), keywords: [])
            }
            guard let sub = sig.subcommand(named: first) else { return ArgumentPlace(shape: nil, keywords: [], known: false) }
            let shared = sig.clauses
            sig = sub.signature
            sig.clauses += shared
            rest = rest.dropFirst()
        }
        // The argument taking words now, and how many it has taken.
        var current: (argument: ArgumentSpec, taken: Int)?
        var next = 0
        for w in rest {
            if let c = sig.clause(startedBy: w) {
                current = c.argument.map { ($0, 0) }
                continue
            }
            if let (a, taken) = current, a.shape.takesSeveralWords || taken == 0 {
                current = a.shape.takesSeveralWords ? (a, taken + 1) : nil
                continue
            }
            current = nil
            if next < sig.arguments.count {
                let a = sig.arguments[next]
                next += 1
                if a.shape.takesSeveralWords { current = (a, 1) }
            }
        }
        let keywords = sig.keywords
        if let (a, taken) = current {
            let open = a.shape.takesSeveralWords || a.optional || taken > 0
            return ArgumentPlace(shape: a.shape, keywords: open ? keywords : [])
        }
        if next < sig.arguments.count {
            let a = sig.arguments[next]
            return ArgumentPlace(shape: a.shape, keywords: a.optional || a.shape.takesSeveralWords ? keywords : [])
        }
        return ArgumentPlace(shape: nil, keywords: keywords)
    }
}
