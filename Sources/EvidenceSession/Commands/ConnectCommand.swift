import EvidenceData
import EvidenceAnalysis

enum ConnectCommand {
    static var usage: String { spec.usage }
    /// When the connection string sets no connect_timeout (docs/databases.md).
    static let defaultTimeoutSeconds = 10
    static let spec = CommandSpec(
        name: "connect", category: .loading,
        summary: "Connect to a PostgreSQL database under a name, to load from it and count on the server.",
        discussion: """
        The connection is a URL (postgres://user@host:5432/db?sslmode=require), a libpq conninfo \
        string (host=db.example.se dbname=results user=evsh) or a service (service=NAME, from \
        pg_service.conf). Passwords come from libpq's own places: ~/.pgpass (or PGPASSFILE), \
        PGPASSWORD. A password typed in the URL is used for the session and removed from \
        everything recorded: history, the journal, saved scripts, transcripts. TLS follows \
        sslmode; connect_timeout defaults to 10 seconds. The session only reads: every \
        transaction is read-only. Then 'load NAME.schema.table', 'load NAME query \"SELECT …\"', \
        'describe NAME.table' and 'count NAME.table by COLUMN' (docs/databases.md).
        """,
        examples: [
            CommandExample("connect school ftp://db.example.se/results", "only PostgreSQL URLs and conninfo strings", setup: [],
                           expect: ["not a PostgreSQL connection string"], fails: true),
            CommandExample("connect school", "the connection string is needed", setup: [],
                           expect: ["expected a connection string"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("NAME", .name, help: "what to call the database in this session (load NAME.table)"),
             ArgumentSpec("URL|CONNINFO", .text, help: "postgres://user@host:port/db, a conninfo string, or service=NAME")])
    ) { ctx in
        let s = ctx.session
        let nameWord = try ctx.args.expect("a name for the connection, such as: connect school postgres://evsh@db/results", usage: usage)
        guard let f = nameWord.text.first, f.isLetter || f == "_", nameWord.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw ctx.error("'\(nameWord.text)' cannot name a connection", at: nameWord, hint: "use letters, digits and _, starting with a letter")
        }
        let first = ctx.args.peek()
        guard let (rest, _) = ctx.args.rest() else {
            throw ctx.error("expected a connection string after '\(nameWord.text)'", at: nil,
                            hint: "connect \(nameWord.text) postgres://user@host:5432/db (the password in ~/.pgpass)")
        }
        // One quoted word is the string itself; several bare words a conninfo (host=… dbname=…).
        var typed = ctx.args.words.count == 2 ? first?.text ?? rest : rest
        if let password = ConnectionString.password(in: typed), !password.isEmpty, !s.state.secrets.contains(password) {
            s.state.secrets.append(password)
        }
        if s.state.recording.safeMode || s.state.recording.writesInto != nil {
            throw ctx.error("'connect' reaches the network, so a safe replay or a check does not run it", at: nameWord,
                            hint: "replay without --safe, or load the data from a file")
        }
        if let other = s.state.connectOverrides[nameWord.text] {
            typed = other
            if let p = ConnectionString.password(in: other), !p.isEmpty, !s.state.secrets.contains(p) { s.state.secrets.append(p) }
        }
        guard isConnectionString(typed) else {
            throw ctx.error("not a PostgreSQL connection string: '\(ConnectionString.redacted(typed))'", at: first,
                            hint: "give postgres://user@host:port/db, a conninfo (host=… dbname=…) or service=NAME")
        }
        guard let driver = s.environment.databases else {
            throw ctx.error("this evsh has no database driver", at: nameWord, hint: "run the evsh executable, which links libpq")
        }
        if let old = s.state.connections[nameWord.text] { old.connection.close() }
        let connection = try driver.connect(typed, timeoutSeconds: defaultTimeoutSeconds)
        s.state.connections[nameWord.text] = DatabaseLink(connection: connection, redacted: ConnectionString.redacted(typed))
        return .message("\(nameWord.text): connected to \(connection.summary) (read-only); 'load \(nameWord.text).TABLE as NAME' loads a table")
    }

    /// A URL with a PostgreSQL scheme, or a conninfo of key=value words.
    static func isConnectionString(_ s: String) -> Bool {
        if let scheme = s.range(of: "://") {
            return ["postgres", "postgresql"].contains(s[..<scheme.lowerBound].lowercased())
        }
        return s.contains("=")
    }
}
