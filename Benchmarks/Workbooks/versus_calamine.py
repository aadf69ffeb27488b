"""Whole-process load of one workbook by evsh and by Polars' read_excel(engine="calamine"),
in turn, RUNS pairs: wall time and peak memory (/usr/bin/time), medians and the median of the
pairs' wall ratios. For `make bench-workbook` (docs/loading.md, "Speed and memory").
Usage: python3 versus_calamine.py EVSH FILE.xlsx [RUNS]"""
import statistics
import subprocess
import sys

evsh, path = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
commands = {
    'evsh': [evsh, '-c', f'load {path} as w; count'],
    'polars+calamine': [sys.executable, '-c',
                        f'import polars as pl; print(pl.read_excel({path!r}, engine="calamine").height)'],
}
try:
    import polars  # noqa: F401
    import fastexcel  # noqa: F401
except ImportError:
    print('versus_calamine: polars or fastexcel is not installed (pip install polars fastexcel); evsh alone')
    del commands['polars+calamine']


def once(cmd):
    p = subprocess.run(['/usr/bin/time', '-f', '%e %M'] + cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f'versus_calamine: {cmd[0]} failed: {p.stderr.strip()[-500:]}')
    wall, kb = p.stderr.strip().splitlines()[-1].split()
    return float(wall), int(kb) / 1024


results = {name: [] for name in commands}
for _ in range(runs):
    for name, cmd in commands.items():
        results[name].append(once(cmd))
for name, pairs in results.items():
    print(f'{name:16} wall median {statistics.median(w for w, _ in pairs):.2f} s   '
          f'peak median {statistics.median(m for _, m in pairs):.0f} MiB   ({runs} runs)')
if len(results) == 2:
    ratios = [e[0] / p[0] for e, p in zip(results['evsh'], results['polars+calamine'])]
    print(f'wall ratio evsh / polars+calamine, median of the pairs: {statistics.median(ratios):.2f}')
