#!/usr/bin/env python3
"""Makes the workbook fixtures of XlsxReaderTests (run from this folder; commit the output).

Two kinds: files written by real writers (xlsxwriter, openpyxl: `pip install xlsxwriter
openpyxl`), and files written part by part with zipfile, for the quirks a writer produces that
these two do not (inline and rich strings, shared formulas, cells and rows without `r`, error
cells, styles-only rows, namespace prefixes, entities, the 1904 date system) and for the
hostile files (zip bomb, truncated zip, malformed XML, missing part).
"""
import datetime
import io
import zipfile

import openpyxl
import xlsxwriter


def writer_xlsxwriter():
    wb = xlsxwriter.Workbook("xlsxwriter.xlsx")
    ws = wb.add_worksheet("Resultat")
    bold = wb.add_format({"bold": True})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.merge_range("A1:D1", "Resultat ht24, Ekbackens skola", bold)
    ws.write("A2", "Källa: skolans egen uppföljning")
    # Row 3 blank. Header on row 4, with 'Läsning' merged over two columns.
    ws.write_row("A4", ["elev_id", "namn", "år"], bold)
    ws.merge_range("D4:E4", "Läsning", bold)
    ws.write_row("F4", ["närvaro", "godkänd", "prov_datum", "inlämnad", "dubbel"], bold)
    rows = [
        ("E001", "Anna Berg", 5, 412, 430, "92,5", True, datetime.date(2024, 9, 2), datetime.datetime(2024, 9, 2, 8, 30)),
        ("E002", "Bo Ek", 5, 388, ".", "88,0", False, datetime.date(2024, 9, 3), datetime.datetime(2024, 9, 3, 14, 5)),
        ("E003", "Cia Dahl", 6, 455.5, 470, "..", True, datetime.date(2025, 3, 14), datetime.datetime(2025, 3, 14, 0, 0)),
        ("E004", "Dan Frö", 6, "-", 402, "1 234", True, datetime.date(2025, 3, 15), datetime.datetime(2025, 3, 15, 23, 59)),
    ]
    for i, r in enumerate(rows):
        row = 4 + i
        ws.write_row(row, 0, r[:6])
        ws.write_boolean(row, 6, r[6])
        ws.write_datetime(row, 7, r[7], date)
        ws.write_datetime(row, 8, r[8], stamp)
        # A formula with its cached value, as Excel saves it.
        ws.write_formula(row, 9, f"=C{row + 1}*2", None, r[2] * 2)
    ws.write("A10", "Källa: Skolverket, 2024")
    other = wb.add_worksheet("Dold")
    other.write_row("A1", ["x", "y"])
    other.write_row("A2", [1, 2])
    other.hide()
    third = wb.add_worksheet("Andra")
    third.write_row("A1", ["skola", "elever"])
    third.write_row("A2", ["Ekbacken", 312])
    third.write_row("A3", ["Lärkan", 198])
    wb.close()


def writer_openpyxl():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append(["elev_id", "poäng", "datum", "summa"])
    for i in range(1, 6):
        ws.append([f"E{i:03d}", i * 10 + 0.5, datetime.date(2024, 1, i), f"=B{i + 1}*2"])
    for i in range(2, 7):
        ws.cell(row=i, column=3).number_format = "yyyy-mm-dd"
    wb.save("openpyxl.xlsx")

    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["elev_id", "datum"])
    ws.append(["E001", datetime.date(2024, 3, 14)])
    ws.append(["E002", datetime.date(1904, 1, 2)])
    ws["B2"].number_format = "yyyy-mm-dd"
    ws["B3"].number_format = "yyyy-mm-dd"
    wb.save("openpyxl_1904.xlsx")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def parts(sheets, shared=None, styles=None, workbook_pr=""):
    """The parts of a workbook: sheets is [(name, sheet xml, state)]."""
    out = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS}
    rels = []
    entries = []
    for i, (name, xml, state) in enumerate(sheets, 1):
        out[f"xl/worksheets/sheet{i}.xml"] = xml
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}worksheet" Target="worksheets/sheet{i}.xml"/>')
        st = f' state="{state}"' if state else ""
        entries.append(f'<sheet name="{name}" sheetId="{i}"{st} r:id="rId{i}"/>')
    if shared is not None:
        out["xl/sharedStrings.xml"] = f'<?xml version="1.0"?><sst {NS}>{shared}</sst>'
        rels.append(f'<Relationship Id="rIdS" Type="{REL}sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        out["xl/styles.xml"] = f'<?xml version="1.0"?><styleSheet {NS}>{styles}</styleSheet>'
        rels.append(f'<Relationship Id="rIdT" Type="{REL}styles" Target="styles.xml"/>')
    out["xl/workbook.xml"] = f'<?xml version="1.0"?><workbook {NS}>{workbook_pr}<sheets>{"".join(entries)}</sheets></workbook>'
    out["xl/_rels/workbook.xml.rels"] = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                         + "".join(rels) + "</Relationships>")
    return out


def write_zip(path, files, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as z:
        for name, text in files.items():
            z.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)


def sheet(rows_xml, after=""):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><dimension ref="A1:F9"/><sheetData>{rows_xml}</sheetData>{after}</worksheet>'


STYLES = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="&quot;kr&quot; #,##0.00"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>')


def quirks():
    shared = ('<si><t>elev_id</t></si><si><t>namn</t></si>'
              '<si><r><rPr><b/></rPr><t>rik</t></r><r><t xml:space="preserve"> text</t></r><rPh sb="0" eb="1"><t>FURIGANA</t></rPh></si>'
              '<si><t>A &amp; B &lt;c&gt; &#229;&#x00E4;</t></si><si><t>rad_x000D_brytning</t></si><si><t>12,5</t></si>')
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>poäng</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>fel</t></is></c><c r="E1" t="inlineStr"><is><t>datum</t></is></c><c r="F1" t="inlineStr"><is><t>text</t></is></c></row>'
        # Cells without r follow the one before; C2 is a shared formula's master.
        '<row r="2"><c t="inlineStr"><is><t>E001</t></is></c><c t="s"><v>2</v></c><c><f t="shared" ref="C2:C4" si="0">1+1</f><v>2</v></c>'
        '<c t="e"><f>1/0</f><v>#DIV/0!</v></c><c s="1"><v>45365</v></c><c t="s"><v>3</v></c></row>'
        # A row without r follows the one before; gaps (no B, no F) are empty cells.
        '<row><c r="A3" t="inlineStr"><is><r><t>E0</t></r><r><t>02</t></r></is></c><c r="C3"><f t="shared" si="0"/><v>3.5</v></c>'
        '<c r="D3" t="e"><v>#N/A</v></c><c r="E3" s="2"><v>60</v></c></row>'
        # A styles-only row (formatted, no values) is blank.
        '<row r="4" spans="1:6"><c r="A4" s="3"/><c r="B4" s="3"/><c r="C4" s="3"/></row>'
        '<row r="5"><c r="A5" t="str"><f>"E"&amp;"003"</f><v>E003</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" s="3"><v>1e-3</v></c>'
        '<c r="D5" t="e"><v>#VALUE!</v></c><c r="E5" s="4"><v>45365.75</v></c><c r="F5" t="s"><v>4</v></c></row>'
        '<row r="6"><c r="A6" t="inlineStr"><is><t>E004</t></is></c><c r="B6" t="s"><v>5</v></c><c r="C6"><v>-4</v></c>'
        '<c r="D6" t="e"><v>#SPILL!</v></c><c r="E6" s="1"><v>61</v></c><c r="F6" t="inlineStr"><is><t/></is></c></row>'
    )
    write_zip("quirks.xlsx", parts([("Data", sheet(rows), None)], shared=shared, styles=STYLES))

    # The same table with the x: namespace prefix some .NET writers use.
    pref = sheet(rows).replace("<worksheet " + NS, '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
    pref = pref.replace("</worksheet>", "</x:worksheet>")
    for tag in ["sheetData", "dimension", "row", "c", "v", "f", "is", "t", "r"]:
        pref = pref.replace(f"<{tag} ", f"<x:{tag} ").replace(f"<{tag}>", f"<x:{tag}>").replace(f"</{tag}>", f"</x:{tag}>").replace(f"<{tag}/>", f"<x:{tag}/>")
    write_zip("prefixed.xlsx", parts([("Data", pref, None)], shared=shared, styles=STYLES))

    # 1904 dates written by hand: serial 0 is 1904-01-01.
    rows1904 = ('<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>datum</t></is></c></row>'
                '<row r="2"><c r="A2" t="inlineStr"><is><t>E1</t></is></c><c r="B2" s="1"><v>0</v></c></row>'
                '<row r="3"><c r="A3" t="inlineStr"><is><t>E2</t></is></c><c r="B3" s="1"><v>43904</v></c></row>')
    write_zip("date1904.xlsx", parts([("Data", sheet(rows1904), None)], styles=STYLES, workbook_pr='<workbookPr date1904="1"/>'))

    # A table from C3 with a note in A1, trailing empty styled columns and rows, a footer.
    rows_off = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Elevresultat, åk 5</t></is></c></row>'
                '<row r="3"><c r="C3" t="inlineStr"><is><t>elev</t></is></c><c r="D3" t="inlineStr"><is><t>poäng</t></is></c><c r="H3" s="3"/></row>'
                '<row r="4"><c r="C4" t="inlineStr"><is><t>E1</t></is></c><c r="D4"><v>12</v></c><c r="H4" s="3"/></row>'
                '<row r="5"><c r="C5" t="inlineStr"><is><t>E2</t></is></c><c r="D5" t="inlineStr"><is><t>..</t></is></c></row>'
                '<row r="6"><c r="C6" t="inlineStr"><is><t>E3</t></is></c></row>'
                '<row r="8"><c r="C8" t="inlineStr"><is><t>Källa: Skolverket</t></is></c></row>'
                '<row r="20" s="3" customFormat="1"/><row r="21"><c r="J21" s="3"/></row>')
    write_zip("offset.xlsx", parts([("Tabell", sheet(rows_off), None), ("Diagram", sheet(""), "hidden")], styles=STYLES))

    # A bad value in a number column: the error names the sheet and the cell.
    bad = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>E{i}</t></is></c><c r="B{i}"><v>{i}</v></c></row>' for i in range(2, 40))
    bad = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>poäng</t></is></c></row>' + bad
    bad += '<row r="40"><c r="A40" t="inlineStr"><is><t>E40</t></is></c><c r="B40" t="inlineStr"><is><t>saknas</t></is></c></row>'
    write_zip("typeerror.xlsx", parts([("Resultat", sheet(bad), None)]))


def personnummer():
    """Personnummer as shared strings and as number cells (Excel turns 8507099805 into a
    number); valid check digits (LoadPseudonymTests)."""
    shared = "<si><t>personnummer</t></si><si><t>pnr_tal</t></si><si><t>poäng</t></si>" + "".join(
        f"<si><t>{n}</t></si>" for n in ["121212-1212", "190101-0007", "850709-9805"])
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
    for i, num in enumerate(["1212121212", "1901010007", "8507099805"]):
        rows += f'<row r="{i + 2}"><c r="A{i + 2}" t="s"><v>{i + 3}</v></c><c r="B{i + 2}"><v>{num}</v></c><c r="C{i + 2}"><v>{400 + i}</v></c></row>'
    write_zip("personnummer.xlsx", parts([("Elever", sheet(rows), None)], shared=shared))


def hostile():
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>'
    # A zip bomb: 60 MB of spaces inside the sheet, packed about 1000:1.
    bomb = sheet(head + " " * (60 << 20))
    write_zip("bomb.xlsx", parts([("Data", bomb, None)]))
    # Truncated: the first half of a good workbook.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in parts([("Data", sheet(head * 200), None)]).items():
            z.writestr(n, t)
    data = buf.getvalue()
    open("truncated.xlsx", "wb").write(data[: len(data) // 2])
    # Malformed XML in the sheet: a tag that never closes.
    write_zip("malformed.xlsx", parts([("Data", sheet(head + '<row r="2"><c r="A2" t="inlineStr"'), None)]))
    # A missing part: the workbook names a sheet whose XML is not in the package.
    p = parts([("Data", sheet(head), None)])
    del p["xl/worksheets/sheet1.xml"]
    write_zip("missingpart.xlsx", p)
    # A bad entity and a cell past Excel's last column.
    write_zip("badentity.xlsx", parts([("Data", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a &nbsp; b</t></is></c></row>'), None)]))
    write_zip("badcell.xlsx", parts([("Data", sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), None)]))
    # Not workbooks: an .xlsb, an .ods, an old .xls, an encrypted workbook (compound files).
    write_zip("binary.xlsb", {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.bin": b"\x83\x01\x00"})
    write_zip("sheet.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>"},
              zipfile.ZIP_STORED)
    cfb = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    open("old.xls", "wb").write(cfb + "Workbook".encode("utf-16-le") + bytes(64))
    open("encrypted.xlsx", "wb").write(cfb + "EncryptionInfo".encode("utf-16-le") + bytes(16) + "EncryptedPackage".encode("utf-16-le") + bytes(64))
    write_zip("notabook.zip", {"readme.txt": "hello"})


def session_workbook():
    """sessions/resultat.xlsx, which sessions/workbook.evsh and the help of `load` read: a
    results sheet as a school's system exports it (title rows, a merged header, Skolverket's
    markers, Swedish decimals as text, a date, an error cell, a footer), a hidden sheet and a
    second one."""
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "..", "..", "..", "sessions", "resultat.xlsx")
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Resultat")
    bold = wb.add_format({"bold": True})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.merge_range("A1:F1", "Resultat ht24 – Ekbackens skola (åk 5)", bold)
    ws.write("A2", "Utdrag ur elevsystemet 2024-12-20")
    ws.write_row("A4", ["elev_id", "klass", "prov_datum"], bold)
    ws.merge_range("D4:E4", "läsning", bold)
    ws.write("F4", "närvaro", bold)
    rows = [
        ("P01", "5A", datetime.date(2024, 11, 4), 412, 430, "92,5"),
        ("P02", "5A", datetime.date(2024, 11, 4), 388, ".", "88,0"),
        ("P03", "5A", datetime.date(2024, 11, 5), 455, 470, ".."),
        ("P04", "5B", datetime.date(2024, 11, 5), "-", 402, "97,1"),
        ("P05", "5B", datetime.date(2024, 11, 6), 371, 395, "79,4"),
        ("P06", "5B", datetime.date(2024, 11, 6), 420, None, "90,0"),
        ("P07", "5B", datetime.date(2024, 11, 7), 433, 451, "85,5"),
        ("P08", "5A", datetime.date(2024, 11, 7), 399, 418, "93,3"),
    ]
    for i, r in enumerate(rows):
        row = 4 + i
        ws.write(row, 0, r[0])
        ws.write(row, 1, r[1])
        ws.write_datetime(row, 2, r[2], date)
        ws.write(row, 3, r[3])
        if i == 5:
            ws.write_formula(row, 4, "=NA()", None, "#N/A")
        else:
            ws.write(row, 4, r[4])
        ws.write(row, 5, r[5])
    ws.write("A14", "Källa: elevsystemet. Markeringar enligt Skolverket.")
    hidden = wb.add_worksheet("Koder")
    hidden.write_row("A1", ["kod", "betydelse"])
    hidden.write_row("A2", [".", "uppgift saknas"])
    hidden.hide()
    other = wb.add_worksheet("Klasser")
    other.write_row("A1", ["klass", "mentor", "elever"])
    other.write_row("A2", ["5A", "Eva", 4])
    other.write_row("A3", ["5B", "Olle", 4])
    wb.close()


if __name__ == "__main__":
    session_workbook()
    writer_xlsxwriter()
    writer_openpyxl()
    quirks()
    personnummer()
    hostile()
