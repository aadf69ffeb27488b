/// One message of the catalogue: a case of an area's enum (`CommonMessage`, `CompareMessage`),
/// checked by the compiler, with one entry per language (docs/architecture.md, "Messages").
///
/// An entry is a template: `{1}`, `{2}` … are the arguments in order (a language may put them
/// in another order), and `{1:student|students}` is argument 1, a count, followed by the noun
/// that agrees with it (`1 student`, `3 students`; plural once the privacy step hides the
/// count). `{{` and `}}` write braces. `CatalogueTests` fails when a key lacks a language or a
/// language's entry uses other arguments than English's.
///
/// To add a message: a case in its area's enum and its entries in the `entries` switch (the
/// compiler points there). To add an area: an enum conforming here, listed in `Catalogue.areas`.
public protocol MessageKey: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    /// The templates, by language.
    var entries: [Language: String] { get }
}

extension MessageKey {
    /// The message with its arguments, for later rendering (a diagnostic keeps it).
    public func callAsFunction(_ args: MessageArgument...) -> Message {
        Message(id: "\(Self.self).\(rawValue)", entries: entries, args: args)
    }

    /// The text in `language`, counts typed for the privacy step.
    public func prose(_ language: Language, _ args: MessageArgument...) -> Prose {
        // The id is only the raw value here: naming the type costs a run-time lookup, and a
        // message filled at once is never compared.
        Message(id: rawValue, entries: entries, args: args).prose(language)
    }

    /// The text in `language` as a plain string.
    public func text(_ language: Language, _ args: MessageArgument...) -> String {
        Message(id: rawValue, entries: entries, args: args).prose(language).text
    }
}

/// Every area of the catalogue, for the tests that read all of it.
public enum Catalogue {
    public static let areas: [any MessageKey.Type] = [CommonMessage.self, CompareMessage.self, LoadMessage.self, ExportMessage.self, SessionMessage.self, HelpMessage.self, HelpPart.self, WorkbookMessage.self,
                                                       CountMessage.self, DescribeMessage.self, SummaryMessage.self, CyclesMessage.self, TailMessage.self, BandsMessage.self, ChartMessage.self, NormsMessage.self, DatasetMessage.self, ListMessage.self, ShapeMessage.self,
                                                       // the commands' own words, A–L
                                                       ArgumentsMessage.self, AppendMessage.self, ChartOptionsMessage.self, ConnectMessage.self, DropMessage.self,
                                                       EvidenceMessage.self, FilterMessage.self, HistoryMessage.self, IdMessage.self, JoinCommandMessage.self, LetMessage.self,
                                                       // M–Z, the replay, safe mode, the journal, evsh check; the command line
                                                       CommandLineMessage.self,
                                                       PivotMessage.self, PlotMessage.self, ShapingMessage.self, SessionCommandMessage.self, SetMessage.self, ServerAggregateMessage.self,
                                                       SafeModeMessage.self, ChartPrivacyMessage.self, ReplayMessage.self, JournalMessage.self, PseudonymMessage.self, CommaListMessage.self, TranscriptCheckMessage.self,
                                                       // the expression language and the analysis
                                                       ExpressionMessage.self, NormsFileMessage.self, CycleSeriesMessage.self, ReshapeMessage.self, TransitionMessage.self,
                                                       // the readers, the load report, pseudonyms, the writers, PostgreSQL
                                                       ReaderMessage.self, WorkbookReaderMessage.self, PrivacyMessage.self, StackMessage.self, WriterMessage.self, PostgresMessage.self]

    /// Every key of every area with its entries, as `Area.key`.
    public static var all: [(id: String, entries: [Language: String])] {
        areas.flatMap { area in entries(of: area) }
    }

    static func entries<K: MessageKey>(of area: K.Type) -> [(id: String, entries: [Language: String])] {
        K.allCases.map { ("\(K.self).\($0.rawValue)", $0.entries) }
    }
}
