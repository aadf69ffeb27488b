"""Writes the OpenDocument (.ods) fixtures by hand: content.xml as LibreOffice writes it
(office:spreadsheet / table:table / table:table-row / table:table-cell with office:value-type,
repeats, spans, covered cells, text:p with text:s, an annotation, a hidden table), zipped with
the mimetype first and stored. Run from this folder: python3 make_ods.py

The LibreOffice-made fixtures were converted from these files by LibreOffice itself (not
remade here; the command needs LibreOffice installed, e.g. Debian's libreoffice-calc-nogui):
    soffice --headless --convert-to xlsx results.ods           # -> libreoffice_results.xlsx
    soffice --headless --convert-to ods xlsxwriter.xlsx        # -> libreoffice_xlsxwriter.ods
"""
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'office:version="1.3"')


def s(text, extra=""):
    return f'<table:table-cell office:value-type="string" calcext:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def f(v, kind="float"):
    return f'<table:table-cell office:value-type="{kind}" office:value="{v}" calcext:value-type="{kind}"><text:p>{v}</text:p></table:table-cell>'


def d(v):
    return f'<table:table-cell office:value-type="date" office:date-value="{v}" calcext:value-type="date"><text:p>{v[:10]}</text:p></table:table-cell>'


def b(v):
    return f'<table:table-cell office:value-type="boolean" office:boolean-value="{v}" calcext:value-type="boolean"><text:p>{v.upper()}</text:p></table:table-cell>'


EMPTY_TAIL = '<table:table-cell table:number-columns-repeated="16377"/>'


def row(cells, repeat=1):
    r = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-row table:style-name="ro1"{r}>{"".join(cells)}{EMPTY_TAIL}</table:table-row>'


def content():
    rows = [
        row([s("Resultat HT24, Ekbacken"), '<table:table-cell table:number-columns-repeated="6"/>']),
        row(['<table:table-cell/>'] * 7),
        # A header merged over two columns above the row that names them.
        row([s("elev_id"), s("läsning", ' table:number-columns-spanned="2" table:number-rows-spanned="1"'),
             '<table:covered-table-cell/>', s("närvaro"), s(""), s(""), s("")]),
        row([s(""), s("ht"), s("vt"), s(""), s("prov_datum"), s("inlämnad"), s("godkänd")]),
        row([s("1001"), f(412), f(430), f("0.925", "percentage"), d("2024-09-02"), d("2024-09-02T08:30:00"), b("true")]),
        row([s("1002"), f(388), '<table:table-cell table:formula="of:=NA()" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>',
             f("0.885", "percentage"), d("2024-09-03"), d("2024-09-03T14:05:00.250"), b("false")]),
        row([s("1003"), s("455,5"), f(470), s(".."), d("2025-03-14"), d("2025-03-14T00:00:00"), b("true")]),
        # Two rows of one value each way, repeated: each is a row of the table.
        row([s("1004"), s("-"), f(402), f("0.9", "percentage"), d("2025-03-15"), d("2025-03-15T23:59:00"), b("true")], repeat=2),
        row([s("Källa:<text:s text:c=\"2\"/>Skolverket"), '<table:table-cell table:number-columns-repeated="6"/>']),
    ]
    body = "".join(rows)
    # LibreOffice's trailing empty rows.
    body += f'<table:table-row table:style-name="ro1" table:number-rows-repeated="1048566"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    koder = ('<table:table table:name="Koder" table:style-name="ta2"><table:table-column/>'
             + row([s("kod"), s("betydelse")]) + row([s("A"), s('text &amp; mer<office:annotation><text:p>a comment</text:p></office:annotation>')]) + '</table:table>')
    klasser = ('<table:table table:name="Klasser" table:style-name="ta1">'
               + row([s("klass"), s("lärare"), s("antal")]) + row([s("5A"), s("Sara _x0041_ Åström"), f(24)]) + row([s("5B"), s("Johan Bäck"), f(23)]) + '</table:table>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
            '<office:automatic-styles>'
            '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
            '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
            '</office:automatic-styles><office:body><office:spreadsheet>'
            f'<table:table table:name="Resultat" table:style-name="ta1"><table:table-column table:number-columns-repeated="16384"/>{body}</table:table>'
            f'{koder}{klasser}</office:spreadsheet></office:body></office:document-content>')


def write_ods(path, xml):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", xml, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>'
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                   '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '</manifest:manifest>', zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    write_ods("results.ods", content())
    # A value repeated past the last column a sheet can have.
    write_ods("pastend.ods", f'<office:document-content {NS}><office:body><office:spreadsheet><table:table table:name="T">'
              '<table:table-row><table:table-cell table:number-columns-repeated="16380"/>'
              '<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="10"/></table:table-row>'
              '</table:table></office:spreadsheet></office:body></office:document-content>')
