import EvidenceData

/// One `set` option, declared once: `set` parses, answers and lists it from here, Tab offers
/// its name and values, and `help set` and docs/commands.md describe it. `Settings` holds the
/// values.
package struct SettingSpec: Sendable {
    package let name: String
    /// The value as the usage line shows it: `N|auto`, `on|off`.
    package let syntax: String
    /// The values Tab offers (numbers are typed).
    package let choices: [String]
    package let help: String
    /// The value as `set` lists it.
    package let current: @Sendable (Settings) -> String
    /// Sets the value from the word typed: nil when it fits, else what it should have been
    /// (`SetMessage`). `typed` is the option's name as the user wrote it, for the message.
    package let assign: @Sendable (inout Settings, _ value: String, _ typed: String) -> Message?
    /// What `set` answers once the value is set.
    package let answer: @Sendable (Settings) -> String

    init(_ name: String, _ syntax: String, choices: [String], help: String,
         current: @escaping @Sendable (Settings) -> String,
         assign: @escaping @Sendable (inout Settings, String, String) -> Message?,
         answer: (@Sendable (Settings) -> String)? = nil) {
        self.name = name
        self.syntax = syntax
        self.choices = choices
        self.help = help
        self.current = current
        self.assign = assign
        self.answer = answer ?? { "\(name) = \(current($0))" }
    }

    /// In the order `set` lists them.
    package static let all: [SettingSpec] = [
        SettingSpec("width", "N|auto", choices: ["auto"], help: "the width of tables and charts in columns; auto follows the terminal",
                    current: { $0.width.map(String.init) ?? "auto" },
                    assign: { s, v, typed in
                        if v.lowercased() == "auto" { s.width = nil; return nil }
                        guard let n = whole(v, Settings.widthRange) else { return range(typed, Settings.widthRange, v) }
                        s.width = n
                        return nil
                    }),
        onOff("timing", \.timing, help: "print each command's wall time after it, like sqlite3's .timer"),
        onOff("ascii", \.ascii, help: "draw tables and charts in 7-bit ASCII (pastes cleanly into e-mail)"),
        SettingSpec("color", "auto|on|off", choices: ["auto", "on", "off"],
                    help: "colour on a terminal; auto follows NO_COLOR and TERM, on and off override them",
                    current: { $0.color.rawValue },
                    assign: { s, v, _ in
                        guard let m = Settings.ColorMode(rawValue: v.lowercased()) else { return SetMessage.colorTakes(.text(v)) }
                        s.color = m
                        return nil
                    }),
        SettingSpec("min-group", "K", choices: [], help: "the smallest group shown in workshop mode and in exports (default 10)",
                    current: { String($0.minGroup) },
                    assign: { s, v, typed in
                        guard let n = whole(v, 1...1000) else { return range(typed, 1...1000, v) }
                        s.minGroup = n
                        return nil
                    }),
        onOff("workshop", \.workshop, help: "workshop mode: no individual rows, and groups under min-group hidden",
              answer: { $0.workshop ? CommonMessage.workshopOn.text($0.language, .quantity($0.minGroup)) : "workshop = off" }),
        SettingSpec("language", "sv|en", choices: Language.allCases.map(\.rawValue),
                    help: "the language of messages, headers and numbers (sv: 0,36 and 1 234); commands and column names stay the same",
                    current: { $0.language.rawValue },
                    assign: { s, v, _ in
                        guard let l = Language(word: v) else { return SetMessage.languageTakes(.text(v)) }
                        s.language = l
                        return nil
                    },
                    answer: { "language = \($0.language.rawValue) (\($0.language.name))" }),
        SettingSpec("seed", "N", choices: [], help: "the seed of bootstrap resampling, so a rerun gives the same intervals",
                    current: { String($0.seed) },
                    assign: { s, v, _ in
                        guard let n = UInt64(v) else { return SetMessage.seedTakes(.text(v)) }
                        s.seed = n
                        return nil
                    }),
    ]

    package static var names: [String] { all.map(\.name) }

    package static func named(_ name: String) -> SettingSpec? {
        all.first { $0.name == name.lowercased() }
    }

    static func onOff(_ name: String, _ key: WritableKeyPath<Settings, Bool> & Sendable, help: String,
                      answer: (@Sendable (Settings) -> String)? = nil) -> SettingSpec {
        SettingSpec(name, "on|off", choices: ["on", "off"], help: help,
                    current: { $0[keyPath: key] ? "on" : "off" },
                    assign: { s, v, typed in
                        switch v.lowercased() {
                        case "on", "true", "yes", "1": s[keyPath: key] = true
                        case "off", "false", "no", "0": s[keyPath: key] = false
                        default: return SetMessage.onOrOff(.text(typed), .text(v))
                        }
                        return nil
                    }, answer: answer)
    }

    static func whole(_ v: String, _ r: ClosedRange<Int>) -> Int? {
        guard let n = Int(v), r.contains(n) else { return nil }
        return n
    }

    static func range(_ typed: String, _ r: ClosedRange<Int>, _ v: String) -> Message {
        SetMessage.wholeNumberIn(.text(typed), .quantity(r.lowerBound), .quantity(r.upperBound), .text(v))
    }
}
