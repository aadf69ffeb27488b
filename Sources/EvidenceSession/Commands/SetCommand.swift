import EvidenceData
import EvidenceAnalysis

/// `set OPTION VALUE`: the options are declared once, in `SettingSpec.all`.
enum SetCommand {
    static let usage = "set OPTION VALUE   (" + SettingSpec.all.map { "\($0.name) \($0.syntax)" }.joined(separator: " · ") + ")"
    static let spec = CommandSpec(
        name: "set", category: .shell,
        usage: usage,
        summary: "Change a setting: \(SettingSpec.names.joined(separator: ", ")).",
        discussion: "`set` alone lists the settings. `set timing on` prints the wall time of each command after it, like sqlite3's .timer.",
        examples: [
            CommandExample("set width 60", "draw tables at most 60 columns wide", setup: [], expect: ["width = 60"]),
            CommandExample("set timing on", "time every command", setup: [], expect: ["timing = on"]),
            CommandExample("set colour on", "a misspelt option gets a suggestion", setup: [], expect: ["did you mean 'color'?"], fails: true),
        ],
        signature: CommandSignature([ArgumentSpec("OPTION", .setting, optional: true), ArgumentSpec("VALUE", .settingValue, optional: true)])
    ) { ctx in
        let s = ctx.session
        guard let opt = ctx.args.next() else { return list(s.settings) }
        let value = try ctx.args.expect(SetMessage.expectedValue(.text(opt.text)), usage: usage)
        try ctx.args.expectEnd(usage: usage)
        guard let setting = SettingSpec.named(opt.text) else {
            let names = SettingSpec.names
            // Swedish quotes each setting's name: they are what the user types.
            let list = names.map { ctx.language == .en ? $0 : "'\($0)'" }.joined(separator: ", ")
            throw ctx.error(SetMessage.unknownSetting(.text(opt.text)), at: opt, hint: Suggestions.suggestion(opt.text, in: names) ?? SetMessage.settings(.text(list)))
        }
        if let problem = setting.assign(&s.settings, value.text, opt.text) { throw ctx.error(problem, at: value) }
        return .message(Prose(setting.answer(s.settings)))
    }

    static func list(_ settings: Settings) -> Output {
        let rows: [[Cell]] = SettingSpec.all.map { [.text($0.name), .text($0.current(settings))] }
        let words: [ListMessage] = [.setting, .value]
        return .table(ResultTable(header: words.map { $0.text(settings.language) }, rows: rows)
            .keepingEnglishKeys(settings.language, header: words.map { $0.text(.en) }))
    }
}
