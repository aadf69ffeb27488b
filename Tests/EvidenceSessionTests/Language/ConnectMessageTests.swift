import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `connect` and `connections` in Swedish, without a server (issue 15).
struct ConnectMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check([], "connect school ftp://db.example.se/results", en: "error: not a PostgreSQL connection string: 'ftp://db.example.se/results'",
              sv: "fel: inte en anslutningssträng för PostgreSQL: 'ftp://db.example.se/results'")
        SwedishCommandCheck.check([], "connect school ftp://db.example.se/results", en: "hint: give postgres://user@host:port/db, a conninfo (host=… dbname=…) or service=NAME",
              sv: "tips: ange postgres://användare@värd:port/db, en conninfo (host=… dbname=…) eller service=NAMN")
        SwedishCommandCheck.check([], "connect school", en: "error: expected a connection string after 'school'\n  connect school\n                ^\nhint: connect school postgres://user@host:5432/db (the password in ~/.pgpass)",
              sv: "fel: det saknas en anslutningssträng efter 'school'\n  connect school\n                ^\ntips: 'connect school postgres://användare@värd:5432/db' (lösenordet i ~/.pgpass)")
        SwedishCommandCheck.check([], "connect 1x postgres://a@b/c", en: "error: '1x' cannot name a connection\n  connect 1x postgres://a@b/c\n          ^~\nhint: use letters, digits and _, starting with a letter",
              sv: "fel: '1x' kan inte vara namnet på en anslutning\n  connect 1x postgres://a@b/c\n          ^~\ntips: använd bokstäver, siffror och _, och börja med en bokstav")
        SwedishCommandCheck.check([], "connect", en: "error: expected a name for the connection, such as: connect school postgres://evsh@db/results",
              sv: "fel: det saknas ett namn på anslutningen, till exempel: 'connect school postgres://evsh@db/results'")
    }

    /// A session without a driver (the engine alone) says so.
    @Test func noDriver() {
        SwedishCommandCheck.check([], "connect school postgres://u@h/db", en: "error: this evsh has no database driver", sv: "fel: den här versionen av evsh saknar databasdrivrutin")
    }

    @Test func nothingConnected() {
        SwedishCommandCheck.check([], "connections", en: "no databases connected; 'connect NAME postgres://user@host/db' connects one",
              sv: "inga databaser är anslutna; 'connect NAMN postgres://användare@värd/db' ansluter en")
    }
}
