/// The words of the workbook readers (.xlsx, .ods): the notes and warnings of their load report,
/// the places they name (`sheet 'Resultat' cell C17`) and their errors.
public enum WorkbookReaderMessage: String, MessageKey {
    // The report.
    case loadedFrom, sheetNote, formulasRead, dateCells, formulasWithoutValue, cellsOutside, place
    // Damaged or refused workbooks.
    case damaged, tooLarge, refused, resaveHint
    case notReadable, zipDirectory, partHoldsMore, partDamaged, checksum, packedOddly, notInflatable
    case missingPart, partTooLarge, partTooLargeHint, inflationRatio, inflationHint, malformed, badCell, tooManyCells, tooManyCellsHint
    case unsupported, encrypted, notWorkbook, saveAs, xlsb, xls, passwordProtected, passwordHint, otherZip, unpackHint
    // Choosing a sheet.
    case noSheet, listing, noWorksheet, noSheetsAtAll, meantHint, noSheetNamed, listHint, noSheetNumber, countHint
    case noSheets, sheetsHint, noSheetsToChoose, sheetOnlyHint, noTables
    // The XML and cell scanners' detail of a damaged workbook.
    case xmlNoTag, xmlLtAtEnd, xmlProcessing, xmlComment, xmlCDATA, xmlDeclaration, xmlNoName, xmlOpenTag, xmlNeverClosed, xmlNoValue, xmlNoQuotes, xmlOpenValue, xmlOpenElement, xmlBareAmpersand, xmlUnknownEntity, partEmpty, noSheetData, inRow, badRowNumber, pastLastRow, openSheetData, notCellReference, pastLastColumn, openRow, openCell, cellTwice, noSharedString, notCount, rowColumn, pastLastCell, openTableCell
    case chartSheet, chooseWorksheet, noCells, chooseAnother, noRowsAfter, notUTF8

    public var entries: [Language: String] {
        switch self {
        case .loadedFrom: [.en: "loaded from {1}, sheet '{2}'", .sv: "inläst från {1}, blad '{2}'"]
        case .sheetNote: [.en: "sheet '{1}'", .sv: "blad '{1}'"]
        case .formulasRead:
            [.en: "{1:formula|formulas} read as saved values", .sv: "{1:formel lästes som sitt sparade värde|formler lästes som sina sparade värden}"]
        case .dateCells: [.en: "{1:date cell|date cells}", .sv: "{1:datumcell|datumceller}"]
        case .formulasWithoutValue:
            [.en: "{1:formula cell has|formula cells have} no saved value and loaded as missing: the file was written by a program that does not calculate; open it in Excel or LibreOffice and save it to store the values",
             .sv: "{1:formelcell|formelceller} utan sparat värde lästes in som saknat värde: filen skrevs av ett program som inte räknar; öppna den i Excel eller LibreOffice och spara den så att värdena lagras"]
        case .cellsOutside:
            [.en: "{1:cell|cells} outside the table's columns ({2}) left out; say 'with skip=N' to choose the header row",
             .sv: "{1:cell|celler} utanför tabellens kolumner ({2}) har utelämnats; skriv 'with skip=N' för att välja rubrikraden"]
        case .place: [.en: "sheet '{1}' cell {2}", .sv: "blad '{1}' cell {2}"]
        case .damaged: [.en: "damaged workbook", .sv: "skadad arbetsbok"]
        case .tooLarge: [.en: "workbook too large", .sv: "för stor arbetsbok"]
        case .refused: [.en: "workbook refused", .sv: "arbetsboken avvisades"]
        case .resaveHint:
            [.en: "open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV",
             .sv: "öppna den i Excel eller LibreOffice och spara den igen som .xlsx, eller exportera bladet som CSV"]
        case .notReadable: [.en: "'{1}' is not a readable workbook: {2}", .sv: "'{1}' är ingen läsbar arbetsbok: {2}"]
        case .zipDirectory:
            [.en: "its zip directory cannot be read (the file may be cut short or damaged)",
             .sv: "dess zip-katalog går inte att läsa (filen kan vara avkortad eller skadad)"]
        case .partHoldsMore: [.en: "part '{1}' holds more than its zip directory says", .sv: "delen '{1}' innehåller mer än zip-katalogen anger"]
        case .partDamaged: [.en: "part '{1}' is damaged ({2})", .sv: "delen '{1}' är skadad ({2})"]
        case .checksum: [.en: "its checksum does not match", .sv: "kontrollsumman stämmer inte"]
        case .packedOddly: [.en: "packed in a way zip readers do not know", .sv: "packad på ett sätt som zip-läsare inte känner till"]
        case .notInflatable: [.en: "it cannot be inflated", .sv: "den går inte att packa upp"]
        case .missingPart: [.en: "{1}: the workbook has no part '{2}'", .sv: "{1}: arbetsboken saknar delen '{2}'"]
        case .partTooLarge:
            [.en: "{1}: part '{2}' inflates to more than {3} MB, evsh's limit for one workbook",
             .sv: "{1}: delen '{2}' blir större än {3} MB uppackad, gränsen i evsh för en arbetsbok"]
        case .partTooLargeHint:
            [.en: "export the sheet as CSV (evsh reads CSV files of any size), or split the workbook",
             .sv: "exportera bladet som CSV (evsh läser CSV-filer av alla storlekar), eller dela upp arbetsboken"]
        case .inflationRatio:
            [.en: "{1}: part '{2}' inflates to more than {3} times its packed size, as a zip bomb does",
             .sv: "{1}: delen '{2}' blir mer än {3} gånger större uppackad, som en zip-bomb"]
        case .inflationHint:
            [.en: "a workbook saved by Excel or LibreOffice never packs so tightly; check where the file came from",
             .sv: "en arbetsbok som sparats i Excel eller LibreOffice packas aldrig så tätt; kontrollera var filen kommer ifrån"]
        case .malformed: [.en: "{1}: part '{2}' is not well-formed XML: {3} (at byte {4})", .sv: "{1}: delen '{2}' är inte välformad XML: {3} (vid byte {4})"]
        case .badCell: [.en: "{1}: sheet '{2}' cell {3}: {4}", .sv: "{1}: blad '{2}' cell {3}: {4}"]
        case .tooManyCells:
            [.en: "{1}: sheet '{2}' spans {3} cells, more than evsh's limit of {4}", .sv: "{1}: bladet '{2}' spänner över {3} celler, fler än gränsen i evsh på {4}"]
        case .tooManyCellsHint:
            [.en: "delete the empty rows and columns at its edges, or export the sheet as CSV",
             .sv: "ta bort de tomma raderna och kolumnerna i kanterna, eller exportera bladet som CSV"]
        case .unsupported: [.en: "unsupported workbook", .sv: "arbetsbok som inte stöds"]
        case .encrypted: [.en: "encrypted workbook", .sv: "krypterad arbetsbok"]
        case .notWorkbook: [.en: "not a workbook", .sv: "ingen arbetsbok"]
        case .saveAs:
            [.en: "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), or as 'CSV UTF-8 (Comma delimited) (*.csv)', then load that file",
             .sv: "öppna den i Excel eller LibreOffice och spara den som .xlsx (Excel-arbetsbok) eller som 'CSV UTF-8 (kommaavgränsad) (*.csv)', läs sedan in den filen"]
        case .xlsb: [.en: "'{1}' is an Excel binary workbook (.xlsb), which evsh does not read", .sv: "'{1}' är en binär Excel-arbetsbok (.xlsb), som evsh inte läser"]
        case .xls:
            [.en: "'{1}' is an old Excel workbook (.xls, Excel 97–2003), which evsh does not read",
             .sv: "'{1}' är en gammal Excel-arbetsbok (.xls, Excel 97–2003), som evsh inte läser"]
        case .passwordProtected:
            [.en: "'{1}' is a workbook protected with a password to open it, so its cells cannot be read",
             .sv: "'{1}' är en arbetsbok som kräver lösenord för att öppnas, så dess celler går inte att läsa"]
        case .passwordHint:
            [.en: "open it in Excel with the password, then File → Info → Protect Workbook → Encrypt with Password, clear the password and save; or save a copy as CSV",
             .sv: "öppna den i Excel med lösenordet, välj sedan Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm lösenordet och spara; eller spara en kopia som CSV"]
        case .otherZip: [.en: "'{1}' is a zip file but not a workbook (.xlsx)", .sv: "'{1}' är en zip-fil men ingen arbetsbok (.xlsx)"]
        case .unpackHint: [.en: "unpack it and load the CSV or .xlsx file inside", .sv: "packa upp den och läs in CSV- eller .xlsx-filen i den"]
        case .noSheet: [.en: "no sheet", .sv: "inget blad"]
        case .listing: [.en: "its sheets: {1}", .sv: "dess blad: {1}"]
        case .noWorksheet: [.en: "'{1}' has no worksheet with cells ({2})", .sv: "'{1}' har inget kalkylblad med celler ({2})"]
        case .noSheetsAtAll: [.en: "no sheets at all", .sv: "inga blad alls"]
        case .meantHint: [.en: "check that this is the workbook you meant", .sv: "kontrollera att det är rätt arbetsbok"]
        case .noSheetNamed: [.en: "'{1}' has no sheet '{2}'; {3}", .sv: "'{1}' har inget blad '{2}'; {3}"]
        case .listHint: [.en: "say 'load {1} sheets' to list them", .sv: "skriv 'load {1} sheets' för att visa dem"]
        case .noSheetNumber: [.en: "'{1}' has {2:sheet|sheets}, so there is no sheet {3}; {4}", .sv: "'{1}' har {2:blad|blad}, så det finns inget blad {3}; {4}"]
        case .countHint:
            [.en: "sheets count from 1 in tab order; say 'load {1} sheets' to list them",
             .sv: "bladen räknas från 1 i flikordning; skriv 'load {1} sheets' för att visa dem"]
        case .noSheets: [.en: "'{1}' is not a workbook (.xlsx), so it has no sheets", .sv: "'{1}' är ingen arbetsbok (.xlsx), så den har inga blad"]
        case .sheetsHint:
            [.en: "'sheets' lists the sheets of an Excel workbook; load a CSV file without it",
             .sv: "'sheets' visar bladen i en Excel-arbetsbok; läs in en CSV-fil utan det"]
        case .noSheetsToChoose:
            [.en: "'{1}' is not a workbook, so it has no sheets to choose from", .sv: "'{1}' är ingen arbetsbok, så den har inga blad att välja bland"]
        case .sheetOnlyHint: [.en: "say 'sheet' only when loading an Excel workbook (.xlsx)", .sv: "skriv 'sheet' bara när du läser in en Excel-arbetsbok (.xlsx)"]
        case .noTables: [.en: "{1} has no tables", .sv: "{1} har inga tabeller"]
        case .xmlNoTag: [.en: "it does not start with a tag", .sv: "den börjar inte med en tagg"]
        case .xmlLtAtEnd: [.en: "a '<' at the end", .sv: "ett '<' i slutet"]
        case .xmlProcessing: [.en: "a processing instruction", .sv: "en bearbetningsinstruktion"]
        case .xmlComment: [.en: "a comment", .sv: "en kommentar"]
        case .xmlCDATA: [.en: "a CDATA section", .sv: "ett CDATA-avsnitt"]
        case .xmlDeclaration: [.en: "a declaration", .sv: "en deklaration"]
        case .xmlNoName: [.en: "a tag without a name", .sv: "en tagg utan namn"]
        case .xmlOpenTag: [.en: "a tag that is never closed", .sv: "en tagg som aldrig stängs"]
        case .xmlNeverClosed: [.en: "{1} that is never closed", .sv: "{1} som aldrig stängs"]
        case .xmlNoValue: [.en: "an attribute without a value", .sv: "ett attribut utan värde"]
        case .xmlNoQuotes: [.en: "an attribute value without quotes", .sv: "ett attributvärde utan citattecken"]
        case .xmlOpenValue: [.en: "an attribute value that is never closed", .sv: "ett attributvärde som aldrig stängs"]
        case .xmlOpenElement: [.en: "an element that is never closed", .sv: "ett element som aldrig stängs"]
        case .xmlBareAmpersand: [.en: "an '&' that starts no entity", .sv: "ett '&' som inte inleder någon entitet"]
        case .xmlUnknownEntity: [.en: "an unknown entity '{1}'", .sv: "en okänd entitet '{1}'"]
        case .partEmpty: [.en: "it is empty", .sv: "den är tom"]
        case .noSheetData: [.en: "it has no <sheetData>, so it is not a worksheet", .sv: "den saknar <sheetData> och är alltså inget kalkylblad"]
        case .inRow: [.en: "in row {1}", .sv: "på rad {1}"]
        case .badRowNumber: [.en: "a row number that is not a number", .sv: "ett radnummer som inte är ett tal"]
        case .pastLastRow: [.en: "a row past Excel's last row (1 048 576)", .sv: "en rad efter Excels sista rad (1 048 576)"]
        case .openSheetData: [.en: "<sheetData> is never closed (the part may be cut short)", .sv: "<sheetData> stängs aldrig (delen kan vara avkortad)"]
        case .notCellReference: [.en: "not a cell reference", .sv: "ingen cellreferens"]
        case .pastLastColumn: [.en: "a cell past Excel's last column (XFD)", .sv: "en cell efter Excels sista kolumn (XFD)"]
        case .openRow: [.en: "a row that is never closed (the part may be cut short)", .sv: "en rad som aldrig stängs (delen kan vara avkortad)"]
        case .openCell: [.en: "a cell that is never closed (the part may be cut short)", .sv: "en cell som aldrig stängs (delen kan vara avkortad)"]
        case .cellTwice: [.en: "the cell is written twice, or out of order", .sv: "cellen är skriven två gånger eller i fel ordning"]
        case .noSharedString: [.en: "it refers to shared string {1}, which the workbook does not have", .sv: "den hänvisar till den delade strängen {1}, som arbetsboken inte har"]
        case .notCount: [.en: "{1} is not a count", .sv: "{1} är inget antal"]
        case .rowColumn: [.en: "row {1} column {2}", .sv: "rad {1} kolumn {2}"]
        case .pastLastCell: [.en: "it lies past the last cell a sheet can have (XFD1048576)", .sv: "den ligger efter den sista cell ett blad kan ha (XFD1048576)"]
        case .openTableCell: [.en: "a table cell that is never closed", .sv: "en tabellcell som aldrig stängs"]
        case .chartSheet:
            [.en: "{1}: sheet '{2}' is a chart or macro sheet, not a sheet of cells", .sv: "{1}: bladet '{2}' är ett diagram- eller makroblad, inte ett blad med celler"]
        case .chooseWorksheet: [.en: "choose a worksheet; say 'load {1} sheets' to list them", .sv: "välj ett kalkylblad; skriv 'load {1} sheets' för att visa dem"]
        case .noCells: [.en: "{1}: sheet '{2}' has no cells with values", .sv: "{1}: bladet '{2}' har inga celler med värden"]
        case .chooseAnother: [.en: "choose another sheet; say 'load {1} sheets' to list them", .sv: "välj ett annat blad; skriv 'load {1} sheets' för att visa dem"]
        case .noRowsAfter: [.en: "{1}: sheet '{2}' has no rows after the {3} skipped", .sv: "{1}: bladet '{2}' har inga rader efter de {3} överhoppade"]
        case .notUTF8: [.en: "{1}: sheet '{2}' holds text that is not UTF-8", .sv: "{1}: bladet '{2}' innehåller text som inte är UTF-8"]
        }
    }
}
