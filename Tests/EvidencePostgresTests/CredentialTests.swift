import Foundation
import Testing
import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Passwords never reach anything recorded: the typed line, the journal, saved scripts,
/// transcripts, exports (docs/databases.md, "Credentials").
struct ConnectionStringTests {
    @Test func redactsURLsAndConninfo() {
        #expect(ConnectionString.redacted("postgres://ann:pa55@db:5432/results") == "postgres://ann@db:5432/results")
        #expect(ConnectionString.password(in: "postgres://ann:pa55@db:5432/results") == "pa55")
        #expect(ConnectionString.redacted("postgresql://ann:p%40ss@db/r?sslmode=require") == "postgresql://ann@db/r?sslmode=require")
        #expect(ConnectionString.redacted("host=db password=pa55 dbname=r") == "host=db dbname=r")
        #expect(ConnectionString.redacted("host=db password = 'two words' dbname=r") == "host=db dbname=r")
        #expect(ConnectionString.password(in: "host=db password='two words'") == "two words")
        #expect(ConnectionString.redacted("postgres://ann@db/r?password=pa55&sslmode=require") == "postgres://ann@db/r?sslmode=require")
        #expect(ConnectionString.redacted("postgres://ann@db/r?sslmode=require&password=pa55") == "postgres://ann@db/r?sslmode=require")
        #expect(ConnectionString.redacted("service=school") == "service=school")
        #expect(ConnectionString.password(in: "service=school") == nil)
    }

    /// The quick test that lets text without a connection string through untouched.
    @Test func onlyTextThatMayHoldAPasswordIsSearched() {
        for yes in ["postgres://u:pw@h/db", "x ://", "host=h PassWord=pw", "ppassword", "PASSWORD"] {
            #expect(ConnectionString.mayHoldPassword(yes), "\(yes)")
        }
        for no in ["Björkåsskolan", "a:/b", "http:/x", "passwor d", "pass", "https:", ""] {
            #expect(!ConnectionString.mayHoldPassword(no), "\(no)")
        }
        #expect(ConnectionString.scrubbed("Ekbacken", secrets: []) == "Ekbacken")
        #expect(ConnectionString.scrubbed("see postgres://u:pw@h/db", secrets: []) == "see postgres://u@h/db")
    }

    @Test func scrubbedFromWhatTheHistoryKeeps() {
        let s = Session()
        s.state.secrets = ["hunter2"]
        #expect(s.scrubPersonnummer("note the password was hunter2").text == "note the password was <password>")
        #expect(s.scrubPersonnummer("connect s postgres://a:zz@h/d").text == "connect s postgres://a@h/d")
    }
}

@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct CredentialTests {
    @Test func aPasswordInTheURLIsNeverRecorded() throws {
        let dir = temporaryDirectory()
        let s = TestServer.session(state: dir + "/state")
        _ = s.beginJournal(.interactive)
        let url = TestServer.url(user: "evsh_pw", password: TestServer.password)
        let o = s.run("connect s \(url)  # connected with \(TestServer.password)")
        #expect(!o.failed, "\(said(o, s))")
        #expect(!s.run("load s.school.results as r columns student_id, year").failed)
        #expect(!s.run("connections").failed)
        #expect(!s.run("count s.school.results by year").failed)
        #expect(!s.run("export last to \(dir)/counts.csv").failed)
        #expect(!s.run("session save \(dir)/saved.evsh").failed)
        #expect(!s.run("session export \(dir)/transcript.md").failed)
        for e in s.entries {
            #expect(!e.input.contains(TestServer.password))
            #expect(!(e.comment ?? "").contains(TestServer.password))
            #expect(!said(e.output, s).contains(TestServer.password))
        }
        // Every file the session wrote (journal, script, transcript, export), read back.
        var files: [String] = []
        let walker = FileManager.default.enumerator(atPath: dir)
        while let f = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + f, isDirectory: &isDir), !isDir.boolValue { files.append(f) }
        }
        #expect(files.contains("saved.evsh") && files.contains("transcript.md") && files.contains("counts.csv"))
        #expect(files.contains { $0.hasPrefix("state/") && $0.contains("journal") }, "\(files)")
        for f in files where !f.hasSuffix(".key") {
            let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
            #expect(!text.contains(TestServer.password), "\(f) holds the password")
            #expect(!text.contains("S3cret"), "\(f) holds part of the password")
        }
        // The script connects with the URL without its password.
        let script = try String(contentsOfFile: dir + "/saved.evsh", encoding: .utf8)
        #expect(script.contains("connect s \(TestServer.url(user: "evsh_pw"))"), "\(script)")
    }

    /// Replays of that script: the password from PGPASSWORD (libpq's own place), another server
    /// with --connect, and --safe refusing to reach the network.
    @Test func replay() throws {
        let dir = temporaryDirectory()
        let script = "connect s \(TestServer.url(user: "evsh_pw"))\ncount s.school.results by class\n"
        try script.write(toFile: dir + "/s.evsh", atomically: true, encoding: .utf8)
        let noPassword = try EvshBinary.run(["run", dir + "/s.evsh"])
        #expect(noPassword.status != 0)
        #expect(noPassword.stderr.contains("password"), "\(noPassword.stderr)")
        let withEnv = try EvshBinary.run(["run", dir + "/s.evsh"], environment: ["PGPASSWORD": TestServer.password])
        #expect(withEnv.status == 0, "\(withEnv.stderr)")
        #expect(withEnv.stdout.contains("5A"))
        let elsewhere = try EvshBinary.run(["run", dir + "/s.evsh", "--connect", "s=\(TestServer.url(user: "evsh_ro"))"])
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(elsewhere.stdout.contains("5A"))
        let safe = try EvshBinary.run(["run", "--safe", dir + "/s.evsh", "--connect", "s=\(TestServer.url(user: "evsh_ro"))"])
        #expect(safe.status != 0)
        #expect(safe.stderr.contains("reaches the network"), "\(safe.stderr)")
    }
}
