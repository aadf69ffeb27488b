"""A CSV file as one xlsx sheet, written by xlsxwriter as a spreadsheet user's export would be:
numbers as numbers, everything else as text, empty fields as no cell. For `make bench-workbook`
(docs/loading.md, "Speed and memory"). Usage: python3 csv_to_xlsx.py IN.csv OUT.xlsx"""
import csv
import sys

import xlsxwriter

src, out = sys.argv[1], sys.argv[2]
wb = xlsxwriter.Workbook(out, {'constant_memory': True})
ws = wb.add_worksheet('Resultat')
with open(src, newline='', encoding='utf-8') as f:
    for r, row in enumerate(csv.reader(f)):
        for c, field in enumerate(row):
            if field == '':
                continue
            try:
                value = float(field) if r > 0 else None
            except ValueError:
                value = None
            if value is None:
                ws.write_string(r, c, field)
            else:
                ws.write_number(r, c, value)
wb.close()
