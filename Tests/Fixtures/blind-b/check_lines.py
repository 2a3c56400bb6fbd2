#!/usr/bin/env python3
"""Print, for every row of expected.tsv, the text at the given line; check that every article file is listed."""
import csv, os, sys, collections
D = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(D, 'expected.tsv'), encoding='utf-8'), delimiter='\t'))
problems = 0
for r in rows:
    f, c, ln = r['file'], r['category'], r['line']
    p = os.path.join(D, f)
    if not os.path.exists(p):
        print(f'!! missing file {f}'); problems += 1; continue
    if c == 'none':
        print(f'{f:34} {"none":22}    -  (clean)'); continue
    lines = open(p, encoding='utf-8').read().split('\n')
    n = int(ln)
    text = lines[n-1] if 0 < n <= len(lines) else '!! OUT OF RANGE'
    if not text.strip():
        print(f'!! blank line {f}:{n}'); problems += 1
    print(f'{f:34} {c:22} {n:4}  {text[:110]}')
arts = sorted(x for x in os.listdir(D) if x.endswith(('.txt', '.md', '.html')))
listed = {r['file'] for r in rows}
for a in arts:
    if a not in listed:
        print(f'!! not in expected.tsv: {a}'); problems += 1
fine = collections.Counter(r['category'] for r in rows)
print('\nfiles:', len(arts), ' rows:', len(rows), ' problems:', problems)
for k, v in sorted(fine.items()):
    print(f'  {k:22} {v}')
