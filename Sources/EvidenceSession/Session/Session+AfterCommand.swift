import EvidenceData

/// The one step after every command, whatever the way in (prompt, script, check, tests), in
/// this order, so no command has to remember any of it:
/// 1. the privacy step over the whole output (docs/privacy.md);
/// 2. the timing line (`set timing on`);
/// 3. `export last` keeps the output if it has a table or chart;
/// 4. the entry is recorded, its personnummer replaced (`PersonnummerScanner`);
/// 5. the journal gets the entry (Journal.record: the one journal policy).
extension Session {
    func afterCommand(_ output: Output, input: String, comment: String?, recorded: Bool, seconds: Double) -> Output {
        var output = PrivacyStep.apply(output, settings: settings)
        if settings.timing {
            output.append(.message(SessionCommandMessage.time.prose(settings.language, .number(seconds * 1000, decimals: 1))))
        }
        if output.blocks.contains(where: { if case .table = $0 { true } else if case .styled = $0 { true } else { false } }) {
            lastResult = output
        }
        // The typed text is recorded without personnummer (entries, journal, scripts, transcripts).
        let (input, inputCount) = scrubPersonnummer(input)
        let (comment, commentCount) = comment.map(scrubPersonnummer).map { ($0.text as String?, $0.count) } ?? (nil, 0)
        var entry = Entry(number: entries.count + 1, input: input, output: output, durationSeconds: seconds,
                          recorded: recorded, comment: comment, renderOptions: renderOptions)
        entry.personnummerReplaced = inputCount + commentCount
        entries.append(entry)
        if let problem = Journal.record(entries[entries.count - 1], in: self) {
            output.append(.warning(Prose(problem)))
        }
        return output
    }
}
