/// The words of the file readers (CSV, rows, COPY): the notes and warnings of their load report
/// and the errors they throw deep in the loader (kept as `Message`s in the `Diagnostic`).
public enum ReaderMessage: String, MessageKey {
    case verbatim, tab
    // The report's notes and warnings.
    case trailingDelimiters, encodingRepaired, repairedLine, repairedLines, delimiterTie, decimalCommaText
    case kindRagged, kindUnclosed, kindStray, kindType
    // The parse errors.
    case ragged, raggedHint, unclosedQuote, unclosedHint, strayQuote, strayHint, moreProblems
    case raggedNames, raggedNamesHint, moreRagged, noColumns, emptyFile
    case typeMisfit, typeHint, typeMore, typeNumbers, typeGrades, typeDates, typeBooleans
    // Opening the file.
    case fileNotFound, noFile, spellingHint, notAFile, isFolder, folderHint, emptyKind, isEmpty, exportAgain
    case special, specialHint, fifo, characterDevice, blockDevice, socket, notRegular
    case unreadable, cannotRead, permissionsHint, fileChanged, becameShorter, sizes, waitHint, noRows, meantHint
    // Not text.
    case notText, zipFile, xlsxDirectly, saveAsCSV, oldExcel, pdf, pdfHint, binary, binaryHint
    // Encodings.
    case invalidEncoding, notUTF16, notUTF16Hint, notUTF32, notUTF32Hint, badByte, badByteHint
    // The options of `load … with`.
    case loadedFrom, unsettledTypes, textNotUTF8, lengthsDiffer, noIDColumn, columnsAre, noRandom, shortRandom
    case badDelimiter, badDecimal, badEncoding, badBool, badSkip, unknownOption, optionSuggestion

    public var entries: [Language: String] {
        switch self {
        case .verbatim: [.en: "{1}", .sv: "{1}"]
        case .tab: [.en: "tab", .sv: "tabb"]
        case .trailingDelimiters: [.en: "{1} at line ends ignored", .sv: "{1} i radslut ignorerades"]
        case .encodingRepaired: [.en: "{1} (Windows-1252 on {2:line|lines})", .sv: "{1} (Windows-1252 på {2:rad|rader})"]
        case .repairedLine:
            [.en: "line {1} is not UTF-8 like the rest of the file: its odd bytes were read as Windows-1252",
             .sv: "rad {1} är inte UTF-8 som resten av filen: dess avvikande byte lästes som Windows-1252"]
        case .repairedLines:
            [.en: "{1} lines are not UTF-8 like the rest of the file: their odd bytes were read as Windows-1252 (lines {2})",
             .sv: "{1} rader är inte UTF-8 som resten av filen: deras avvikande byte lästes som Windows-1252 (raderna {2})"]
        case .delimiterTie:
            [.en: "the delimiter could be {1} or {2}; read with {1} (say 'with delimiter={3}' for the other)",
             .sv: "avgränsaren kan vara {1} eller {2}; filen lästes med {1} (skriv 'with delimiter={3}' för den andra)"]
        case .decimalCommaText:
            [.en: "column '{1}' was read as text: some of its values are numbers with a decimal comma (12,5) and others are not; say 'with decimal=comma' to read them as numbers",
             .sv: "kolumnen '{1}' lästes som text: en del av dess värden är tal med decimalkomma (12,5), andra inte; skriv 'with decimal=comma' för att läsa dem som tal"]
        case .kindRagged: [.en: "ragged row", .sv: "ojämn rad"]
        case .kindUnclosed: [.en: "unclosed quote", .sv: "ostängt citattecken"]
        case .kindStray: [.en: "stray quote", .sv: "felplacerat citattecken"]
        case .kindType: [.en: "type", .sv: "typfel"]
        case .ragged: [.en: "this row has {1:field|fields}, expected {2} like the header", .sv: "raden har {1:fält|fält}, men rubrikraden har {2}"]
        case .raggedHint:
            [.en: "check for a missing or extra {1}, or use 'with lenient=true' to load the other rows",
             .sv: "leta efter ett saknat eller extra {1}, eller skriv 'with lenient=true' för att läsa in de övriga raderna"]
        case .unclosedQuote: [.en: "the quoted field that starts here never ends", .sv: "fältet inom citattecken som börjar här tar aldrig slut"]
        case .unclosedHint:
            [.en: "close the quote (a quote inside a quoted field is written twice: \"5\"\" ruler\"), or use 'with lenient=true' to skip that line",
             .sv: "stäng citattecknet (ett citattecken inuti ett citerat fält skrivs två gånger: \"5\"\" linjal\"), eller skriv 'with lenient=true' för att hoppa över den raden"]
        case .strayQuote:
            [.en: "'{1}' follows a closing quote; expected a {2} or the end of the line",
             .sv: "'{1}' står efter ett avslutande citattecken; här ska det stå {2} eller radslut"]
        case .strayHint:
            [.en: "quote the whole field and write inner quotes twice (\"ab\"\"c\"), or use 'with lenient=true' to skip such rows",
             .sv: "sätt hela fältet inom citattecken och skriv inre citattecken två gånger (\"ab\"\"c\"), eller skriv 'with lenient=true' för att hoppa över sådana rader"]
        case .moreProblems: [.en: "(and {1:more problem|more problems} after this one)", .sv: "(och {1:problem|problem} till efter det här)"]
        case .raggedNames: [.en: "this row has {1:field|fields}, expected {2} like the names", .sv: "raden har {1:fält|fält}, men namnen är {2}"]
        case .raggedNamesHint:
            [.en: "give every row one field per column, or use 'with lenient=true' to load the other rows",
             .sv: "ge varje rad ett fält per kolumn, eller skriv 'with lenient=true' för att läsa in de övriga raderna"]
        case .moreRagged: [.en: "(and {1:more such row|more such rows})", .sv: "(och {1:sådan rad|sådana rader} till)"]
        case .noColumns: [.en: "'{1}' has no columns", .sv: "'{1}' har inga kolumner"]
        case .emptyFile: [.en: "empty file", .sv: "tom fil"]
        case .typeMisfit:
            [.en: "'{1}' in column '{2}', where the other {3} values are {4}", .sv: "'{1}' i kolumnen '{2}', där de andra {3} värdena är {4}"]
        case .typeHint:
            [.en: "correct the value (or leave it empty), or use 'with lenient=true' to skip such rows",
             .sv: "rätta värdet (eller lämna det tomt), eller skriv 'with lenient=true' för att hoppa över sådana rader"]
        case .typeMore: [.en: "({1} such values in this column)", .sv: "({1} sådana värden i kolumnen)"]
        case .typeNumbers: [.en: "numbers", .sv: "tal"]
        case .typeGrades: [.en: "grades A–F", .sv: "betyg A–F"]
        case .typeDates: [.en: "dates (YYYY-MM-DD)", .sv: "datum (ÅÅÅÅ-MM-DD)"]
        case .typeBooleans: [.en: "true/false values", .sv: "sant/falskt-värden"]
        case .fileNotFound: [.en: "file not found", .sv: "filen finns inte"]
        case .noFile: [.en: "no file '{1}'", .sv: "det finns ingen fil '{1}'"]
        case .spellingHint:
            [.en: "check the spelling; relative paths start in the folder evsh was started from",
             .sv: "kontrollera stavningen; relativa sökvägar utgår från mappen där evsh startades"]
        case .notAFile: [.en: "not a file", .sv: "inte en fil"]
        case .isFolder: [.en: "'{1}' is a folder, not a file", .sv: "'{1}' är en mapp, inte en fil"]
        case .folderHint: [.en: "give the path of a .csv or .tsv file inside it", .sv: "ange sökvägen till en .csv- eller .tsv-fil i mappen"]
        case .emptyKind: [.en: "empty file", .sv: "tom fil"]
        case .isEmpty: [.en: "'{1}' is empty (0 bytes)", .sv: "'{1}' är tom (0 byte)"]
        case .exportAgain: [.en: "export the data again; the file has nothing in it", .sv: "exportera uppgifterna igen; filen är tom"]
        case .special:
            [.en: "'{1}' is {2}, not a regular file: evsh loads only regular files", .sv: "'{1}' är {2}, inte en vanlig fil: evsh läser bara in vanliga filer"]
        case .specialHint: [.en: "save the data to a file first, then load that file", .sv: "spara uppgifterna i en fil först och läs sedan in den filen"]
        case .fifo: [.en: "a named pipe (FIFO)", .sv: "ett namngivet rör (FIFO)"]
        case .characterDevice: [.en: "a character device", .sv: "en teckenenhet"]
        case .blockDevice: [.en: "a block device", .sv: "en blockenhet"]
        case .socket: [.en: "a socket", .sv: "en sockel"]
        case .notRegular: [.en: "not a regular file", .sv: "inte en vanlig fil"]
        case .unreadable: [.en: "unreadable", .sv: "kan inte läsas"]
        case .cannotRead: [.en: "cannot read '{1}': {2}", .sv: "kan inte läsa '{1}': {2}"]
        case .permissionsHint: [.en: "check the file's permissions", .sv: "kontrollera filens behörigheter"]
        case .fileChanged: [.en: "file changed", .sv: "filen ändrades"]
        case .becameShorter: [.en: "'{1}' became shorter while evsh read it{2}", .sv: "'{1}' blev kortare medan evsh läste den{2}"]
        case .sizes: [.en: " ({1} bytes now, {2} when it was opened)", .sv: " (nu {1} byte, {2} när den öppnades)"]
        case .waitHint:
            [.en: "wait until the copy or sync tool has finished, then load it again",
             .sv: "vänta tills kopieringen eller synkroniseringen är klar och läs sedan in filen igen"]
        case .noRows: [.en: "'{1}' has no rows: every line is blank", .sv: "'{1}' har inga rader: alla rader är tomma"]
        case .meantHint: [.en: "check that this is the export you meant", .sv: "kontrollera att det är rätt export"]
        case .notText: [.en: "not text", .sv: "inte text"]
        case .zipFile:
            [.en: "'{1}' is a zip file, such as an Excel workbook (.xlsx), not a CSV or TSV file",
             .sv: "'{1}' är en zip-fil, till exempel en Excel-arbetsbok (.xlsx), inte en CSV- eller TSV-fil"]
        case .xlsxDirectly: [.en: "'load' reads .xlsx workbooks directly; or {1}", .sv: "'load' läser .xlsx-arbetsböcker direkt; annars: {1}"]
        case .saveAsCSV:
            [.en: "in Excel: File → Save As → 'CSV UTF-8 (Comma delimited) (*.csv)', then load that file",
             .sv: "i Excel: Arkiv → Spara som → 'CSV UTF-8 (kommaavgränsad) (*.csv)', läs sedan in den filen"]
        case .oldExcel: [.en: "'{1}' is an old Excel workbook (.xls), not a CSV or TSV file", .sv: "'{1}' är en gammal Excel-arbetsbok (.xls), inte en CSV- eller TSV-fil"]
        case .pdf: [.en: "'{1}' is a PDF, not a CSV or TSV file", .sv: "'{1}' är en PDF, inte en CSV- eller TSV-fil"]
        case .pdfHint:
            [.en: "ask for the data as a CSV export; tables in a PDF cannot be read reliably",
             .sv: "begär uppgifterna som en CSV-export; tabeller i en PDF går inte att läsa säkert"]
        case .binary: [.en: "'{1}' holds binary data (zero bytes), not text", .sv: "'{1}' innehåller binärdata (nollbyte), inte text"]
        case .binaryHint:
            [.en: "export the data as CSV; if it is UTF-16 text, say encoding=utf-16le or encoding=utf-16be",
             .sv: "exportera uppgifterna som CSV; är det UTF-16-text, skriv 'encoding=utf-16le' eller 'encoding=utf-16be'"]
        case .invalidEncoding: [.en: "invalid encoding", .sv: "ogiltig teckenkodning"]
        case .notUTF16: [.en: "the bytes at file offset {1} are not valid UTF-16", .sv: "bytena vid position {1} i filen är inte giltig UTF-16"]
        case .notUTF16Hint:
            [.en: "re-export the file as UTF-8, or say encoding=windows-1252 if it is not UTF-16",
             .sv: "exportera filen igen som UTF-8, eller skriv 'encoding=windows-1252' om den inte är UTF-16"]
        case .notUTF32: [.en: "the bytes at file offset {1} are not valid UTF-32", .sv: "bytena vid position {1} i filen är inte giltig UTF-32"]
        case .notUTF32Hint: [.en: "re-export the file as UTF-8", .sv: "exportera filen igen som UTF-8"]
        case .badByte: [.en: "byte 0x{1} is not valid {2}", .sv: "byten 0x{1} är inte giltig {2}"]
        case .loadedFrom: [.en: "loaded from {1}", .sv: "inläst från {1}"]
        case .noIDColumn: [.en: "no column named '{1}' for id=", .sv: "det finns ingen kolumn '{1}' för 'id='"]
        case .columnsAre: [.en: "the columns are: {1}", .sv: "kolumnerna är: {1}"]
        case .noRandom: [.en: "cannot open /dev/urandom for a pseudonym key", .sv: "kan inte öppna /dev/urandom för en kodnyckel"]
        case .shortRandom: [.en: "short read from /dev/urandom", .sv: "för få byte lästes från /dev/urandom"]
        case .unsettledTypes: [.en: "could not settle the column types of '{1}'", .sv: "kunde inte avgöra kolumntyperna i '{1}'"]
        case .textNotUTF8: [.en: "text in '{1}' is not UTF-8", .sv: "texten i '{1}' är inte UTF-8"]
        case .lengthsDiffer: [.en: "the columns read from '{1}' differ in length", .sv: "kolumnerna som lästes från '{1}' är olika långa"]
        case .badDelimiter: [.en: "expected , ; tab or | for delimiter, found '{1}'", .sv: "'delimiter' ska vara , ; tab eller |, inte '{1}'"]
        case .badDecimal: [.en: "expected 'comma' or 'point' for decimal, found '{1}'", .sv: "'decimal' ska vara 'comma' eller 'point', inte '{1}'"]
        case .badEncoding:
            [.en: "expected utf-8, utf-16, utf-16be or windows-1252 for encoding, found '{1}'",
             .sv: "'encoding' ska vara 'utf-8', 'utf-16', 'utf-16be' eller 'windows-1252', inte '{1}'"]
        case .badBool: [.en: "expected true or false for {1}, found '{2}'", .sv: "'{1}' ska vara 'true' eller 'false', inte '{2}'"]
        case .badSkip: [.en: "expected a line count for skip, found '{1}'", .sv: "'skip' ska vara ett antal rader, inte '{1}'"]
        case .unknownOption: [.en: "unknown option '{1}'{2}; options are {3}", .sv: "okänt alternativ '{1}'{2}; alternativen är '{3}'"]
        case .optionSuggestion: [.en: " ({1})", .sv: " ({1})"]
        case .badByteHint:
            [.en: "leave out encoding= to let evsh detect it, or say encoding=windows-1252 for a Swedish Excel export",
             .sv: "utelämna 'encoding=' så känner evsh av kodningen, eller skriv 'encoding=windows-1252' för en svensk Excel-export"]
        }
    }

    /// The word for a kind of skipped row (`ragged row`); a kind without one as it is.
    public static func skipKind(_ kind: String) -> Message {
        switch kind {
        case "ragged row": kindRagged()
        case "unclosed quote": kindUnclosed()
        case "stray quote": kindStray()
        case "type": kindType()
        default: verbatim(.text(kind))
        }
    }
}
