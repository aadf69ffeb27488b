/// What the workbook part says: its sheets in tab order (name, visibility, where each one's
/// XML is) and the date system. Read from `xl/workbook.xml` (wherever `_rels/.rels` puts it)
/// and its relationships.
struct WorkbookParts {
    struct Sheet: Equatable {
        var name: String
        /// `hidden` or `veryHidden` in Excel's words; shown in `load … sheets`.
        var hidden: Bool
        /// The part (`xl/worksheets/sheet1.xml`); nil for a sheet whose target is missing.
        var part: String?
        /// A worksheet, not a chart sheet or a macro sheet: only worksheets hold a table.
        var isWorksheet: Bool
    }

    var sheets: [Sheet] = []
    /// The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01.
    var date1904 = false
    /// The folder of the workbook part, where styles.xml and sharedStrings.xml usually are.
    var folder = "xl"
    var sharedStringsPart: String?
    var stylesPart: String?

    init(package: XlsxPackage) throws(XlsxError) {
        let workbookPart = try Self.officeDocument(package)
        if let slash = workbookPart.lastIndex(of: "/") { folder = String(workbookPart[..<slash]) } else { folder = "" }
        let name = workbookPart.split(separator: "/").last.map(String.init) ?? workbookPart
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        var targets: [String: (target: String, type: String)] = [:]
        if package.has(relsPart) {
            for r in try Self.relationships(package, relsPart) { targets[r.id] = (r.target, r.type) }
        }
        for (_, t) in targets {
            if t.type.hasSuffix("/sharedStrings") { sharedStringsPart = XlsxPackage.resolve(t.target, relativeTo: folder) }
            if t.type.hasSuffix("/styles") { stylesPart = XlsxPackage.resolve(t.target, relativeTo: folder) }
        }
        let bytes = try package.read(workbookPart)
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) in
            guard let base = b.baseAddress else { throw XlsxError.malformedXML(part: workbookPart, offset: 0, what: WorkbookReaderMessage.partEmpty()) }
            var x = try XMLScanner(base: base, count: b.count, part: workbookPart)
            while let t = try x.next() {
                if t.closing { continue }
                if x.isNamed(t, "workbookPr"), let v = try x.attribute(t, "date1904") {
                    let s = try x.string(v)
                    date1904 = s == "1" || s == "true"
                } else if x.isNamed(t, "sheet") {
                    var name = "", state = "", rid = ""
                    try x.forEachAttribute(t) { (n, v) throws(XlsxError) in
                        if x.equals(n, "name") { name = try x.string(v) }
                        else if x.equals(n, "state") { state = try x.string(v) }
                        else if n.count >= 3, x.base[n.upperBound - 3] == UInt8(ascii: ":"), x.base[n.upperBound - 2] == UInt8(ascii: "i"),
                                x.base[n.upperBound - 1] == UInt8(ascii: "d") { rid = try x.string(v) }
                    }
                    let target = targets[rid]
                    sheets.append(Sheet(name: name, hidden: state == "hidden" || state == "veryHidden",
                                        part: target.map { XlsxPackage.resolve($0.target, relativeTo: folder) },
                                        isWorksheet: target.map { $0.type.hasSuffix("/worksheet") } ?? false))
                }
            }
        }
        if sharedStringsPart == nil, package.has(folder + "/sharedStrings.xml") { sharedStringsPart = folder + "/sharedStrings.xml" }
        if stylesPart == nil, package.has(folder + "/styles.xml") { stylesPart = folder + "/styles.xml" }
    }

    /// The workbook part's path, from the package relationships (`xl/workbook.xml` by default).
    static func officeDocument(_ package: XlsxPackage) throws(XlsxError) -> String {
        if package.has("_rels/.rels") {
            for r in try relationships(package, "_rels/.rels") where r.type.hasSuffix("/officeDocument") {
                return XlsxPackage.resolve(r.target, relativeTo: "")
            }
        }
        guard package.has("xl/workbook.xml") else { throw .missingPart("xl/workbook.xml") }
        return "xl/workbook.xml"
    }

    struct Relationship { var id: String; var type: String; var target: String }

    static func relationships(_ package: XlsxPackage, _ part: String) throws(XlsxError) -> [Relationship] {
        let bytes = try package.read(part)
        var out: [Relationship] = []
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) in
            guard let base = b.baseAddress else { throw XlsxError.malformedXML(part: part, offset: 0, what: WorkbookReaderMessage.partEmpty()) }
            var x = try XMLScanner(base: base, count: b.count, part: part)
            while let t = try x.next() {
                guard !t.closing, x.isNamed(t, "Relationship") else { continue }
                var r = Relationship(id: "", type: "", target: "")
                try x.forEachAttribute(t) { (n, v) throws(XlsxError) in
                    if x.equals(n, "Id") { r.id = try x.string(v) }
                    else if x.equals(n, "Type") { r.type = try x.string(v) }
                    else if x.equals(n, "Target") { r.target = try x.string(v) }
                }
                out.append(r)
            }
        }
        return out
    }
}
