/// The words of `connect` and `connections` (docs/databases.md). The server's own text (its
/// summary, its errors) is shown as the server wrote it.
public enum ConnectMessage: String, MessageKey {
    case expectedName, cannotName, expectedString, stringHint, reachesNetwork, replayHint
    case notConnectionString, connectionHint, noDriver, driverHint, connected
    case noneConnected, name, server, asConnected

    public var entries: [Language: String] {
        switch self {
        case .expectedName:
            [.en: "expected a name for the connection, such as: connect school postgres://evsh@db/results",
             .sv: "det saknas ett namn på anslutningen, till exempel: 'connect school postgres://evsh@db/results'"]
        case .cannotName: [.en: "'{1}' cannot name a connection", .sv: "'{1}' kan inte vara namnet på en anslutning"]
        case .expectedString: [.en: "expected a connection string after '{1}'", .sv: "det saknas en anslutningssträng efter '{1}'"]
        case .stringHint:
            [.en: "connect {1} postgres://user@host:5432/db (the password in ~/.pgpass)",
             .sv: "'connect {1} postgres://användare@värd:5432/db' (lösenordet i ~/.pgpass)"]
        case .reachesNetwork:
            [.en: "'connect' reaches the network, so a safe replay or a check does not run it",
             .sv: "'connect' går ut på nätverket, så det körs inte i säkert läge (--safe) eller vid en kontroll"]
        case .replayHint: [.en: "replay without --safe, or load the data from a file", .sv: "kör skriptet utan --safe, eller läs in data från en fil"]
        case .notConnectionString: [.en: "not a PostgreSQL connection string: '{1}'", .sv: "inte en anslutningssträng för PostgreSQL: '{1}'"]
        case .connectionHint:
            [.en: "give postgres://user@host:port/db, a conninfo (host=… dbname=…) or service=NAME",
             .sv: "ange postgres://användare@värd:port/db, en conninfo (host=… dbname=…) eller service=NAMN"]
        case .noDriver: [.en: "this evsh has no database driver", .sv: "den här versionen av evsh saknar databasdrivrutin"]
        case .driverHint: [.en: "run the evsh executable, which links libpq", .sv: "kör programmet evsh, som länkar in libpq"]
        case .connected:
            [.en: "{1}: connected to {2} (read-only); 'load {1}.TABLE as NAME' loads a table",
             .sv: "{1}: ansluten till {2} (endast läsning); 'load {1}.TABELL as NAMN' läser in en tabell"]
        case .noneConnected:
            [.en: "no databases connected; 'connect NAME postgres://user@host/db' connects one",
             .sv: "inga databaser är anslutna; 'connect NAMN postgres://användare@värd/db' ansluter en"]
        case .name: [.en: "name", .sv: "namn"]
        case .server: [.en: "server", .sv: "server"]
        case .asConnected: [.en: "as connected", .sv: "som ansluten"]
        }
    }
}
