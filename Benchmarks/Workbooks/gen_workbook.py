"""A deterministic 1 000 000-row × 12-column workbook for `make bench-workbook`: ids, text,
numbers, decimals, grades, booleans and a date column, written by xlsxwriter in
constant_memory mode (so writing it needs little memory). Not committed: made in a temp folder.
Usage: python3 gen_workbook.py OUT.xlsx [ROWS]"""
import datetime
import sys

import xlsxwriter

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
wb = xlsxwriter.Workbook(out, {'constant_memory': True})
ws = wb.add_worksheet('Resultat')
datefmt = wb.add_format({'num_format': 'yyyy-mm-dd'})
ws.write_row(0, 0, ['elev_id', 'skola', 'klass', 'år', 'läsning_c1', 'läsning_c2', 'matte_c1', 'matte_c2',
                    'närvaro', 'betyg', 'sen', 'prov_datum'])
schools = ['Ekbacken', 'Lärkan', 'Tallen', 'Björken']
base = datetime.datetime(2025, 1, 7)
for r in range(1, rows + 1):
    ws.write_number(r, 0, 100000 + r)
    ws.write_string(r, 1, schools[r % 4])
    ws.write_string(r, 2, f"{4 + r % 3}{'AB'[r % 2]}")
    ws.write_number(r, 3, 4 + r % 3)
    ws.write_number(r, 4, 300 + (r * 7) % 300)
    ws.write_number(r, 5, 310 + (r * 11) % 300)
    ws.write_number(r, 6, 280 + (r * 13) % 320)
    ws.write_number(r, 7, 290 + (r * 17) % 320)
    ws.write_number(r, 8, round(80 + (r % 200) / 10, 1))
    ws.write_string(r, 9, 'ABCDEF'[r % 6])
    ws.write_boolean(r, 10, r % 5 == 0)
    ws.write_datetime(r, 11, base + datetime.timedelta(days=r % 150), datefmt)
wb.close()
