/// What the journal of unsaved work says (`Journal`): at the start, at `quit`, and when it
/// cannot be written (issue 15).
public enum JournalMessage: String, MessageKey {
    case leftBehind, keptIn, cannotMake, cannotWrite

    public var entries: [Language: String] {
        switch self {
        case .leftBehind:
            [.en: "an unsaved session ({1:command|commands}) was left in {2}; 'session recover' brings it back",
             .sv: "en osparad session ({1:kommando|kommandon}) finns kvar i {2}; 'session recover' tar tillbaka den"]
        case .keptIn:
            [.en: "{1:unsaved command|unsaved commands} kept in {2}; 'session recover' brings them back",
             .sv: "{1:osparat kommando|osparade kommandon} finns kvar i {2}; 'session recover' tar tillbaka dem"]
        case .cannotMake:
            [.en: "cannot make a journal in {1} ({2}): this session will not be recoverable after a crash; 'session save PATH.evsh' keeps it",
             .sv: "kan inte skapa en journal i {1} ({2}): sessionen går inte att återställa efter en krasch; 'session save SÖKVÄG.evsh' sparar den"]
        case .cannotWrite:
            [.en: "cannot write to the journal {1} ({2}): commands from here on may not be recoverable after a crash; 'session save PATH.evsh' keeps them",
             .sv: "kan inte skriva till journalen {1} ({2}): kommandona härifrån kanske inte går att återställa efter en krasch; 'session save SÖKVÄG.evsh' sparar dem"]
        }
    }
}
