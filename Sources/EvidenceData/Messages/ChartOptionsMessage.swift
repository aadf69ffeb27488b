/// The words of reading a chart's options from a command line (`ChartOptions+Words`).
public enum ChartOptionsMessage: String, MessageKey {
    case wholeNumberRange, expectedTitle, expectedCanvas, canvasTakes, forASCII, unknownOption

    public var entries: [Language: String] {
        switch self {
        case .wholeNumberRange: [.en: "'{1}' takes a whole number from {2} to {3}, not '{4}'", .sv: "'{1}' ska vara ett heltal från {2} till {3}, inte '{4}'"]
        case .expectedTitle: [.en: "expected a title after 'title'", .sv: "det saknas en rubrik efter 'title'"]
        case .expectedCanvas: [.en: "expected braille or block after 'canvas'", .sv: "det saknas braille eller block efter 'canvas'"]
        case .canvasTakes: [.en: "'canvas' takes braille or block, not '{1}'", .sv: "'canvas' ska vara braille eller block, inte '{1}'"]
        case .forASCII: [.en: "for ASCII use 'ascii'", .sv: "använd 'ascii' för ASCII"]
        case .unknownOption: [.en: "unknown chart option '{1}'", .sv: "okänt diagramalternativ '{1}'"]
        }
    }
}
