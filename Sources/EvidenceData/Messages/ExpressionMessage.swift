/// The words of the expression language (`Lexer`, `Parser`, `Checker`, `Expressions` in
/// EvidenceAnalysis): its syntax and type errors and their hints. They are thrown deep in the
/// engine, so each `Diagnostic` keeps these as its `catalogue` and the renderer words them in the
/// reader's language. Swedish quotes what the user types ('reading_c1 is missing', '=='), so
/// keywords of the language are not read as English prose.
public enum ExpressionMessage: String, MessageKey {
    // The kinds before the message (`syntax: …`, `type: …`).
    case kindSyntax, kindType, kindNumber, kindDepth, kindUnknownFunction
    // Type names, for `{n}` arguments (`.message(ExpressionMessage.type(t)())`).
    case typeNumber, typeText, typeGrade, typeBoolean, typeDate, typeMissing, or
    // Lexer
    case notNumberOrName, unclosedQuote, unclosedBacktick, emptyBackticks, bang, ampersand, pipe, unexpectedCharacter
    // Parser
    case endOfLine, expectedExpression, unexpected, unmatched, removeOrOpen, unexpectedAfter, expectedOperator
    case chained, chainedHint, assignNotComparison, useEqualsFor, tooDeepStack, tooDeep, splitUp
    case expectedBracketAfterIn, writeList, expectedAndInBetween, writeBetween, expectedMissing, writeIsMissingForm
    case ambiguousComma, pointOrSpace, ambiguousInList, pointOrSpaceInList, unusableNumber, expectedCloseParen, expectedListEnd, valueNotAssign, useEquals
    case valueAtEnd, expectedValue, expectedCallSeparator, expectedCallClose
    // Checker
    case listOnlyAfterIn, writeInList, needs, usePoints, dateHint, readsDate, removeQuotes, numberAlready
    case notGrade, gradesAre, quoteText, compareGrades, quoteDate, cannotUse, notDate, writeDate
    case missingComparison, writeIsNotMissing, writeIsMissing, orderingNeeds, betweenNeeds, listLiterals
    case missingInList, useIsMissing, unknownFunction, columnNotFunction, seeHelpFunctions
    case takesExactly, takesAtLeast, takesRange, literalNeeded, quantileRange, lowerQuartile, bandIncrease, oneType
    case gradeInQuotes, isFunction, textOrDescribe
    // Expressions
    case notChecked, spacedName, backticks, conditionType, compareIt, compareOrMissing, expectedAggregate, aggregates

    public var entries: [Language: String] {
        switch self {
        case .kindSyntax: [.en: "syntax", .sv: "syntax"]
        case .kindType: [.en: "type", .sv: "typ"]
        case .kindNumber: [.en: "number", .sv: "tal"]
        case .kindDepth: [.en: "depth", .sv: "djup"]
        case .kindUnknownFunction: [.en: "unknown function", .sv: "okänd funktion"]
        case .typeNumber: [.en: "number", .sv: "tal"]
        case .typeText: [.en: "text", .sv: "text"]
        case .typeGrade: [.en: "grade", .sv: "betyg"]
        case .typeBoolean: [.en: "boolean", .sv: "sant/falskt"]
        case .typeDate: [.en: "date", .sv: "datum"]
        case .typeMissing: [.en: "missing", .sv: "saknat värde"]
        case .or: [.en: "{1} or {2}", .sv: "{1} eller {2}"]
        case .notNumberOrName:
            [.en: "'{1}' is not a number or a name; text is written in quotes: \"{1}\"",
             .sv: "'{1}' är varken ett tal eller ett namn; text skrivs inom citattecken: \"{1}\""]
        case .unclosedQuote: [.en: "unclosed quote: add a closing {1}", .sv: "citattecknet stängs inte: lägg till ett avslutande {1}"]
        case .unclosedBacktick: [.en: "unclosed backtick: add a closing {1}", .sv: "bakåtapostrofen stängs inte: lägg till en avslutande {1}"]
        case .emptyBackticks: [.en: "empty column name in backticks", .sv: "tomt kolumnnamn inom bakåtapostrofer"]
        case .bang: [.en: "'!' alone is not an operator; use 'not' (or '!=' for not equal)", .sv: "'!' ensamt är ingen operator; skriv 'not' (eller '!=' för skilt från)"]
        case .ampersand: [.en: "'&' is not an operator; use 'and'", .sv: "'&' är ingen operator; skriv 'and'"]
        case .pipe: [.en: "'|' is not an operator; use 'or'", .sv: "'|' är ingen operator; skriv 'or'"]
        case .unexpectedCharacter: [.en: "unexpected character '{1}'", .sv: "oväntat tecken '{1}'"]
        case .endOfLine: [.en: "the end of the line", .sv: "radens slut"]
        case .expectedExpression: [.en: "expected an expression", .sv: "det saknas ett uttryck"]
        case .unexpected: [.en: "unexpected {1}", .sv: "oväntat {1}"]
        case .unmatched: [.en: "unmatched {1}", .sv: "{1} utan motsvarande öppning"]
        case .removeOrOpen: [.en: "remove it, or add the opening {1}", .sv: "ta bort den, eller lägg till den inledande {1}"]
        case .unexpectedAfter: [.en: "unexpected {1} after the expression", .sv: "oväntat {1} efter uttrycket"]
        case .expectedOperator: [.en: "expected an operator such as ==, <, and, or, +", .sv: "här ska en operator stå, t.ex. '==', '<', 'and', 'or', '+'"]
        case .chained: [.en: "comparisons cannot be chained", .sv: "jämförelser kan inte kedjas"]
        case .chainedHint: [.en: "write 'a < b and b < c', or use 'between'", .sv: "skriv 'a < b and b < c', eller använd 'between'"]
        case .assignNotComparison: [.en: "'=' is not a comparison", .sv: "'=' är ingen jämförelse"]
        case .useEqualsFor: [.en: "use '==' to compare: {1} == …", .sv: "jämför med '==': '{1} == …'"]
        case .tooDeepStack:
            [.en: "the expression is nested too deeply to work out here (brackets, calls, 'not', '-' or chained operators)",
             .sv: "uttrycket är för djupt nästlat för att kunna räknas ut här (parenteser, anrop, 'not', '-' eller kedjade operatorer)"]
        case .tooDeep:
            [.en: "the expression is nested too deeply (more than {1} levels of brackets, calls, 'not', '-' or chained operators)",
             .sv: "uttrycket är för djupt nästlat (mer än {1} nivåer av parenteser, anrop, 'not', '-' eller kedjade operatorer)"]
        case .splitUp:
            [.en: "split it up: make parts with 'let', or use 'in [...]' for a long list of alternatives",
             .sv: "dela upp det: gör delar med 'let', eller använd 'in [...]' för en lång rad alternativ"]
        case .expectedBracketAfterIn: [.en: "expected '[' after 'in', found {1}", .sv: "efter 'in' ska det stå '[', inte {1}"]
        case .writeList: [.en: "write a list: class in [\"5A\", \"5B\"]", .sv: "skriv en lista: 'class in [\"5A\", \"5B\"]'"]
        case .expectedAndInBetween: [.en: "expected 'and' in 'between … and …', found {1}", .sv: "i 'between … and …' ska det stå 'and', inte {1}"]
        case .writeBetween: [.en: "write: reading_c1 between 300 and 400", .sv: "skriv: 'reading_c1 between 300 and 400'"]
        case .expectedMissing: [.en: "expected 'missing' after '{1}', found {2}", .sv: "efter '{1}' ska det stå 'missing', inte {2}"]
        case .writeIsMissingForm:
            [.en: "write 'x is missing' or 'x is not missing'; compare values with ==",
             .sv: "skriv 'x is missing' eller 'x is not missing'; jämför värden med '=='"]
        case .ambiguousComma:
            [.en: "'{1},{2}' is ambiguous: in a call or a list a comma separates values",
             .sv: "'{1},{2}' är tvetydigt: i ett anrop eller en lista skiljer kommatecknet värden åt"]
        case .pointOrSpace:
            [.en: "write {1}.{2} for a decimal number, or {1}, {2} (a space after the comma) for two values",
             .sv: "skriv {1}.{2} för ett decimaltal, eller {1}, {2} (med mellanslag efter kommatecknet) för två värden"]
        case .ambiguousInList:
            [.en: "'{1},{2}' is ambiguous: in a list of expressions a comma separates them",
             .sv: "'{1},{2}' är tvetydigt: i en lista av uttryck skiljer kommatecknet dem åt"]
        case .pointOrSpaceInList:
            [.en: "write {1}.{2} for a decimal number, or put a space after the comma for two expressions",
             .sv: "skriv {1}.{2} för ett decimaltal, eller sätt ett mellanslag efter kommatecknet för två uttryck"]
        case .unusableNumber: [.en: "'{1}' is not a usable number", .sv: "'{1}' är inget användbart tal"]
        case .expectedCloseParen: [.en: "expected ')' to close the '(', found {1}", .sv: "här ska det stå ')' som stänger '(', inte {1}"]
        case .expectedListEnd: [.en: "expected ',' or ']' in the list, found {1}", .sv: "i listan ska det stå ',' eller ']', inte {1}"]
        case .valueNotAssign: [.en: "expected a value, found '='", .sv: "här ska det stå ett värde, inte '='"]
        case .useEquals: [.en: "use '==' to compare", .sv: "jämför med '=='"]
        case .valueAtEnd: [.en: "expected a value at the end of the line", .sv: "ett värde saknas i slutet av raden"]
        case .expectedValue:
            [.en: "expected a value (a number, \"text\", a column or a function), found {1}",
             .sv: "här ska det stå ett värde (ett tal, \"text\", en kolumn eller en funktion), inte {1}"]
        case .expectedCallSeparator: [.en: "expected ',' or ')' in the call to {1}, found {2}", .sv: "i anropet av {1} ska det stå ',' eller ')', inte {2}"]
        case .expectedCallClose: [.en: "expected ')' to close the call to {1}", .sv: "det saknas ')' som stänger anropet av {1}"]
        case .listOnlyAfterIn: [.en: "a list [ … ] can only follow 'in'", .sv: "en lista [ … ] kan bara stå efter 'in'"]
        case .writeInList: [.en: "write: class in [\"5A\", \"5B\"]", .sv: "skriv: 'class in [\"5A\", \"5B\"]'"]
        case .needs: [.en: "{1} needs {2}, but '{3}' is {4}", .sv: "{1} behöver {2}, men '{3}' är {4}"]
        case .usePoints: [.en: "use points({1}) for grade points", .sv: "använd 'points({1})' för betygspoäng"]
        case .dateHint:
            [.en: "days(a, b) counts the days from a to b; year(d), month(d) and day(d) are numbers",
             .sv: "'days(a, b)' räknar dagarna från a till b; 'year(d)', 'month(d)' och 'day(d)' är tal"]
        case .readsDate: [.en: "date({1}) reads text as a date", .sv: "'date({1})' läser text som ett datum"]
        case .removeQuotes: [.en: "remove the quotes: {1}", .sv: "ta bort citattecknen: {1}"]
        case .numberAlready: [.en: "'{1}' is a number already; number(t) is for text", .sv: "'{1}' är redan ett tal; 'number(t)' är till för text"]
        case .notGrade: [.en: "'{1}' is not a grade", .sv: "'{1}' är inget betyg"]
        case .gradesAre: [.en: "grades are A, B, C, D, E and F", .sv: "betygen är A, B, C, D, E och F"]
        case .quoteText: [.en: "text is written in quotes: \"{1}\"", .sv: "text skrivs inom citattecken: \"{1}\""]
        case .compareGrades:
            [.en: "compare grades with a quoted letter (\"C\"), or use points({1})",
             .sv: "jämför betyg med en bokstav inom citattecken (\"C\"), eller använd 'points({1})'"]
        case .quoteDate: [.en: "a date is written in quotes: \"2025-03-14\"", .sv: "ett datum skrivs inom citattecken: \"2025-03-14\""]
        case .cannotUse: [.en: "cannot use {1} on {2} '{3}' and {4} '{5}'", .sv: "{1} går inte att använda på {2} '{3}' och {4} '{5}'"]
        case .notDate: [.en: "'{1}' is not a date", .sv: "'{1}' är inget datum"]
        case .writeDate:
            [.en: "write a date as \"YYYY-MM-DD\", e.g. \"2025-03-14\" (or \"2025-03-14 08:30\")",
             .sv: "skriv ett datum som \"ÅÅÅÅ-MM-DD\", t.ex. \"2025-03-14\" (eller \"2025-03-14 08:30\")"]
        case .missingComparison: [.en: "a comparison with missing is always missing", .sv: "en jämförelse med 'missing' ger alltid ett saknat värde"]
        case .writeIsNotMissing: [.en: "write: {1} is not missing", .sv: "skriv: '{1} is not missing'"]
        case .writeIsMissing: [.en: "write: {1} is missing", .sv: "skriv: '{1} is missing'"]
        case .orderingNeeds:
            [.en: "'{1}' needs numbers or grades; {2} can only be compared with == or !=",
             .sv: "'{1}' behöver tal eller betyg; {2} kan bara jämföras med '==' eller '!='"]
        case .betweenNeeds: [.en: "'between' needs numbers or grades, but '{1}' is {2}", .sv: "'between' behöver tal eller betyg, men '{1}' är {2}"]
        case .listLiterals: [.en: "a list after 'in' holds literal values, not '{1}'", .sv: "en lista efter 'in' innehåller utskrivna värden, inte '{1}'"]
        case .missingInList: [.en: "missing cannot be in a list", .sv: "'missing' kan inte stå i en lista"]
        case .useIsMissing: [.en: "use 'is missing'", .sv: "använd 'is missing'"]
        case .unknownFunction: [.en: "unknown function '{1}'", .sv: "okänd funktion '{1}'"]
        case .columnNotFunction: [.en: "'{1}' is a column, not a function", .sv: "'{1}' är en kolumn, inte en funktion"]
        case .seeHelpFunctions: [.en: "see 'help functions'", .sv: "'help functions' visar funktionerna"]
        case .takesExactly: [.en: "{1} takes {2:argument|arguments}, got {3}", .sv: "{1} tar {2:argument|argument}, men fick {3}"]
        case .takesAtLeast: [.en: "{1} takes at least {2} arguments, got {3}", .sv: "{1} tar minst {2} argument, men fick {3}"]
        case .takesRange: [.en: "{1} takes {2} to {3} arguments, got {4}", .sv: "{1} tar {2} till {3} argument, men fick {4}"]
        case .literalNeeded: [.en: "{1} needs a number written out here, not '{2}'", .sv: "{1} behöver ett utskrivet tal här, inte '{2}'"]
        case .quantileRange: [.en: "a quantile is between 0 and 1, not {1}", .sv: "en kvantil ligger mellan 0 och 1, inte {1}"]
        case .lowerQuartile: [.en: "q(x, 0.25) is the lower quartile", .sv: "'q(x, 0.25)' är nedre kvartilen"]
        case .bandIncrease: [.en: "band cuts must increase, but {1} follows {2}", .sv: "gränserna i 'band' måste öka, men {1} kommer efter {2}"]
        case .oneType:
            [.en: "{1} needs arguments of one type, but '{2}' is {3}, not {4}",
             .sv: "{1} behöver argument av samma typ, men '{2}' är {3}, inte {4}"]
        case .gradeInQuotes: [.en: "a grade is written in quotes: \"{1}\"", .sv: "ett betyg skrivs inom citattecken: \"{1}\""]
        case .isFunction: [.en: "'{1}' is a function; call it: {2}(…)", .sv: "'{1}' är en funktion; anropa den: '{2}(…)'"]
        case .textOrDescribe:
            [.en: "text is written in quotes: \"{1}\"; see 'describe' for the columns",
             .sv: "text skrivs inom citattecken: \"{1}\"; 'describe' visar kolumnerna"]
        case .notChecked: [.en: "expression could not be checked", .sv: "uttrycket kunde inte kontrolleras"]
        case .spacedName: [.en: "the column '{1}' has a space in its name", .sv: "kolumnen '{1}' har ett mellanslag i namnet"]
        case .backticks: [.en: "write it in backticks: `{1}`", .sv: "skriv namnet inom bakåtapostrofer: `{1}`"]
        case .conditionType:
            [.en: "a condition must be true or false, but '{1}' is {2}", .sv: "ett villkor måste vara sant eller falskt, men '{1}' är {2}"]
        case .compareIt: [.en: "compare it: {1} > 0", .sv: "jämför det: '{1} > 0'"]
        case .compareOrMissing: [.en: "compare it with == or use 'is missing'", .sv: "jämför det med '==' eller använd 'is missing'"]
        case .expectedAggregate:
            [.en: "expected an aggregate such as mean({1}), found '{1}'", .sv: "här ska det stå en aggregatfunktion som 'mean({1})', inte '{1}'"]
        case .aggregates: [.en: "aggregates: {1}", .sv: "aggregatfunktioner: '{1}'"]
        }
    }

    /// A type's name (`number`, `tal`) as an argument of another message.
    public static func type(_ name: String) -> MessageArgument {
        let key: ExpressionMessage = switch name {
        case "number": .typeNumber
        case "text": .typeText
        case "grade": .typeGrade
        case "boolean": .typeBoolean
        case "date": .typeDate
        case "missing": .typeMissing
        default: .typeText
        }
        return key.rawValue == "type" + name.prefix(1).uppercased() + name.dropFirst() ? .message(key()) : .text(name)
    }
}
