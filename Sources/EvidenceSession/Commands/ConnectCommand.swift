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
        let nameWord = try ctx.args.expect(ConnectMessage.expectedName(), usage: usage)
        guard let f = nameWord.text.first, f.isLetter || f == "_", nameWord.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw ctx.error(ConnectMessage.cannotName(.text(nameWord.text)), at: nameWord, hint: ArgumentsMessage.lettersDigitsLetterFirst())
        }
        let first = ctx.args.peek()
        guard let (rest, _) = ctx.args.rest() else {
            throw ctx.error(ConnectMessage.expectedString(.text(nameWord.text)), at: nil, hint: ConnectMessage.stringHint(.text(nameWord.text)))
        }
        // One quoted word is the string itself; several bare words a conninfo (host=… dbname=…).
        var typed = ctx.args.words.count == 2 ? first?.text ?? rest : rest
        if let password = ConnectionString.password(in: typed), !password.isEmpty, !s.state.secrets.contains(password) {
            s.state.secrets.append(password)
        }
        if s.state.recording.safeMode || s.state.recording.writesInto != nil {
            throw ctx.error(ConnectMessage.reachesNetwork(), at: nameWord, hint: ConnectMessage.replayHint())
        }
        if let other = s.state.connectOverrides[nameWord.text] {
            typed = other
            if let p = ConnectionString.password(in: other), !p.isEmpty, !s.state.secrets.contains(p) { s.state.secrets.append(p) }
        }
        guard isConnectionString(typed) else {
            throw ctx.error(ConnectMessage.notConnectionString(.text(ConnectionString.redacted(typed))), at: first, hint: ConnectMessage.connectionHint())
        }
        guard let driver = s.environment.databases else {
            throw ctx.error(ConnectMessage.noDriver(), at: nameWord, hint: ConnectMessage.driverHint())
        }
        if let old = s.state.connections[nameWord.text] { old.connection.close() }
        let connection = try driver.connect(typed, timeoutSeconds: defaultTimeoutSeconds)
        s.state.connections[nameWord.text] = DatabaseLink(connection: connection, redacted: ConnectionString.redacted(typed))
        return .message(ConnectMessage.connected.prose(ctx.language, .text(nameWord.text), .text(connection.summary)))
    }

    /// A URL with a PostgreSQL scheme, or a conninfo of key=value words.
    static func isConnectionString(_ s: String) -> Bool {
        if let scheme = s.range(of: "://") {
            return ["postgres", "postgresql"].contains(s[..<scheme.lowerBound].lowercased())
        }
        return s.contains("=")
    }
}
