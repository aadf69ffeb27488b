/// evsh's own words around PostgreSQL (the client library, connecting, a failed query): the
/// kinds and hints. What libpq and the server say stays as they send it.
public enum PostgresMessage: String, MessageKey {
    case verbatim, noLibrary, installHint, cannotAllocate
    case connectionFailed, noTLS, rootCertificate, sslmode, service, password, timeout, noServer, names, connectionString
    case queryFailed, connectionLost, noTable, noColumn, noPermission, syntax, closed, refused, unknownState, closedBecause
    case interrupted, cancelled, rowsLetGo

    public var entries: [Language: String] {
        switch self {
        case .verbatim: [.en: "{1}", .sv: "{1}"]
        case .noLibrary: [.en: "cannot open PostgreSQL's client library: {1}", .sv: "kan inte öppna PostgreSQL:s klientbibliotek: {1}"]
        case .installHint: [.en: "install it (Debian: apt-get install libpq5), then connect again", .sv: "installera det (Debian: 'apt-get install libpq5') och anslut sedan igen"]
        case .cannotAllocate: [.en: "libpq could not allocate a connection", .sv: "libpq kunde inte skapa en anslutning"]
        case .connectionFailed: [.en: "connection failed", .sv: "anslutningen misslyckades"]
        case .noTLS:
            [.en: "the server does not offer TLS: ask its owner to turn it on, or, on a network you trust, say sslmode=prefer (docs/databases.md, \"Connecting\")",
             .sv: "servern erbjuder inte TLS: fråga dess ägare om det kan slås på, eller skriv 'sslmode=prefer' på ett nätverk du litar på (docs/databases.md, 'Connecting')"]
        case .rootCertificate:
            [.en: "give the server's CA certificate with sslrootcert=FILE, or say sslmode=require to encrypt without checking the certificate",
             .sv: "ange serverns CA-certifikat med 'sslrootcert=FIL', eller skriv 'sslmode=require' för att kryptera utan att kontrollera certifikatet"]
        case .sslmode:
            [.en: "the server and sslmode disagree: see sslmode in docs/databases.md, \"Connecting\"",
             .sv: "servern och 'sslmode' stämmer inte överens: läs om 'sslmode' i docs/databases.md, 'Connecting'"]
        case .service:
            [.en: "a service is looked up in the file PGSERVICEFILE names, or ~/.pg_service.conf: check the name in its [brackets]",
             .sv: "en tjänst slås upp i filen som 'PGSERVICEFILE' anger, eller i ~/.pg_service.conf: kontrollera namnet inom [hakparenteser]"]
        case .password:
            [.en: "check the user and password: put the password in ~/.pgpass (or PGPASSFILE, PGPASSWORD), not in scripts",
             .sv: "kontrollera användare och lösenord: lägg lösenordet i ~/.pgpass (eller 'PGPASSFILE', 'PGPASSWORD'), inte i skript"]
        case .timeout:
            [.en: "the server did not answer within {1} s: check the host and port, or say connect_timeout=N",
             .sv: "servern svarade inte inom {1} s: kontrollera värd och port, eller skriv 'connect_timeout=N'"]
        case .noServer:
            [.en: "no server is listening there: check the host, the port and that the server runs",
             .sv: "ingen server lyssnar där: kontrollera värd och port och att servern är igång"]
        case .names: [.en: "check the database and user names in the connection string", .sv: "kontrollera databasens namn och användarnamnet i anslutningssträngen"]
        case .connectionString:
            [.en: "check the connection string (postgres://user@host:port/db, or service=NAME)",
             .sv: "kontrollera anslutningssträngen ('postgres://user@host:port/db' eller 'service=NAMN')"]
        case .queryFailed: [.en: "query failed", .sv: "frågan misslyckades"]
        case .connectionLost: [.en: "connection lost", .sv: "anslutningen bröts"]
        case .noTable:
            [.en: "check the schema and table name: 'describe NAME.TABLE' on a table that exists, or ask the database's owner",
             .sv: "kontrollera schemat och tabellnamnet: 'describe NAMN.TABELL' på en tabell som finns, eller fråga databasens ägare"]
        case .noColumn: [.en: "check the column names: 'describe NAME.TABLE' lists them", .sv: "kontrollera kolumnnamnen: 'describe NAMN.TABELL' visar dem"]
        case .noPermission:
            [.en: "the database user may not read this: ask its owner for SELECT on it (docs/databases.md, \"Read-only access\")",
             .sv: "databasanvändaren får inte läsa detta: begär 'SELECT' på det av ägaren (docs/databases.md, 'Read-only access')"]
        case .syntax: [.en: "the SQL has a syntax error at the caret", .sv: "SQL-koden har ett syntaxfel vid markeringen"]
        case .closed:
            [.en: "the server closed the connection; nothing was loaded. Connect again with 'connect NAME URL'",
             .sv: "servern stängde anslutningen; inget lästes in. Anslut igen med 'connect NAMN URL'"]
        case .refused: [.en: "the server refused the query (SQLSTATE {1})", .sv: "servern avvisade frågan (SQLSTATE {1})"]
        case .unknownState: [.en: "unknown", .sv: "okänd"]
        case .closedBecause: [.en: "the server closed the connection: {1}", .sv: "servern stängde anslutningen: {1}"]
        case .interrupted: [.en: "interrupted", .sv: "avbrutet"]
        case .cancelled: [.en: "interrupted (the query was cancelled on the server)", .sv: "avbrutet (frågan avbröts på servern)"]
        case .rowsLetGo: [.en: "the rows were let go before a second read: load again", .sv: "raderna släpptes före en andra läsning: läs in igen"]
        }
    }
}
