import Foundation
import ZIPFoundation

/// `export … to FILE.xlsx`: a real workbook, written as its XML parts and zipped with
/// ZIPFoundation (docs/evidence.md, "Workbooks"). One sheet per table, then an "about" sheet
/// saying what the file holds; every sheet has a bold, frozen header row.
package enum XlsxWriter {
    package struct Sheet {
        package var name: String
        package var rows: ExportRows
        package init(name: String, rows: ExportRows) {
            self.name = name
            self.rows = rows
        }
    }

    package struct Written {
        package var data: Data
        /// Sheet names as written (cleaned, unique).
        package var sheetNames: [String]
        /// Text cells that start with = + - @ (written as text, which a spreadsheet never runs).
        package var formulaLike: Int
        /// What `clean` replaced in the text.
        package var cleaned: Int
    }

    /// The workbook's bytes; `about` becomes the last sheet, two columns (`item`, `value`),
    /// named and headed in `language` (`WorkbookMessage`: "om", `uppgift`, `värde`).
    package static func write(_ sheets: [Sheet], about: [(String, String)], language: Language = .en,
                              clean: ((String) -> (text: String, count: Int))? = nil) throws -> Written {
        for s in sheets {
            if s.rows.count + 1 > XlsxSheetXML.maxRows {
                throw Diagnostic.data(WriterMessage.tooManyRows(.text(String(s.rows.count))), kind: WriterMessage.verbatim(.text("export")),
                                      hint: WriterMessage.fewerRowsHint())
            }
            if s.rows.header.count > XlsxSheetXML.maxColumns {
                throw Diagnostic.data(WriterMessage.tooManyColumns(.text(String(s.rows.header.count))), kind: WriterMessage.verbatim(.text("export")),
                                      hint: WriterMessage.fewerColumnsHint())
            }
        }
        let aboutRows = ExportRows(title: nil, header: [WorkbookMessage.item.text(language), WorkbookMessage.value.text(language)], rightAligned: [false, false], count: about.count,
                                   field: { r, c in .text(c == 0 ? about[r].0 : about[r].1) }, display: { r, c in c == 0 ? about[r].0 : about[r].1 },
                                   footer: [])
        let all = sheets + [Sheet(name: WorkbookMessage.aboutSheet.text(language), rows: aboutRows)]
        let names = sheetNames(all.map(\.name))
        let strings = XlsxSharedStrings(clean: clean)
        var parts: [(String, [UInt8])] = []
        var formulaLike = 0
        for (i, s) in all.enumerated() {
            var x = XlsxSheetXML(strings: strings, inline: i == sheets.count)
            x.write(s.rows, selected: i == 0)
            if i < sheets.count { formulaLike += x.formulaLike }
            parts.append(("xl/worksheets/sheet\(i + 1).xml", x.bytes))
        }
        parts.append(("xl/sharedStrings.xml", strings.xml()))
        parts = XlsxParts.fixed(names: names) + parts
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let aboutPart = "xl/worksheets/sheet\(all.count).xml"
            for (path, bytes) in parts {
                // The parts holding the time written are stored unpacked: the same workbook
                // has the same size whenever it is written.
                let timed = path == aboutPart || path == "docProps/core.xml"
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Date(),
                                     compressionMethod: timed ? .none : .deflate, bufferSize: 1 << 20) { position, size in
                    let start = Int(position)
                    return bytes.withUnsafeBufferPointer { Data(buffer: UnsafeBufferPointer(rebasing: $0[start..<min(start + size, bytes.count)])) }
                }
            }
            guard let data = archive.data else { throw Diagnostic(.error, category: .internal, kind: WriterMessage.verbatim(.text("export")), message: WriterMessage.zipNotKept()) }
            return Written(data: data, sheetNames: Array(names.prefix(sheets.count)), formulaLike: formulaLike,
                           cleaned: strings.cleaned)
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic.data(WriterMessage.cannotZip(.text("\(error)")), kind: WriterMessage.verbatim(.text("export")), hint: WriterMessage.csvInsteadHint())
        }
    }

    /// Names Excel accepts: none of `[ ] : * ? / \`, no `'` at either end, at most 31
    /// characters, not "History", and unique ignoring case.
    package static func sheetNames(_ wanted: [String]) -> [String] {
        var seen = Set<String>()
        return wanted.map { w in
            var base = String(w.map { "[]:*?/\\".contains($0) ? "_" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if base.isEmpty || base.lowercased() == "history" { base = base.isEmpty ? "Sheet" : base + "_" }
            func fit(_ s: String, _ suffix: String) -> String {
                var s = s
                while s.utf16.count + suffix.utf16.count > 31, !s.isEmpty { s.removeLast() }
                return s + suffix
            }
            var name = fit(base, ""), i = 2
            while seen.contains(name.lowercased()) { name = fit(base, " (\(i))"); i += 1 }
            seen.insert(name.lowercased())
            return name
        }
    }
}
