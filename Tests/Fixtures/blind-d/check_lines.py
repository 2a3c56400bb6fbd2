#!/usr/bin/env python3
"""Print the line text behind every expected.tsv row; check coverage and leftover markers."""
import csv, os, sys
here = os.path.dirname(os.path.abspath(__file__))
arts = sorted(f for f in os.listdir(here) if f.endswith(('.txt', '.md', '.html')) and f != 'README.md')
rows = list(csv.DictReader(open(os.path.join(here, 'expected.tsv'), encoding='utf-8'), delimiter='\t'))
ok = True
listed = set()
for r in rows:
    listed.add(r['file'])
    if r['file'] not in arts:
        print('MISSING FILE', r['file']); ok = False; continue
    lines = open(os.path.join(here, r['file']), encoding='utf-8').read().split('\n')
    if r['category'] == 'none':
        if r['line']:
            print('CLEAN ROW WITH LINE', r['file']); ok = False
        print(f"{r['file']}\tnone"); continue
    n = int(r['line'])
    if not 1 <= n <= len(lines) or not lines[n-1].strip():
        print('BAD LINE', r['file'], n); ok = False; continue
    print(f"{r['file']}:{n}\t{r['category']}\t{lines[n-1][:110]}")
for a in arts:
    if a not in listed:
        print('NOT LISTED', a); ok = False
    t = open(os.path.join(here, a), encoding='utf-8').read()
    if '\u27e6' in t or '\u27e7' in t:
        print('MARKER LEFT', a); ok = False
print('OK' if ok else 'PROBLEMS', len(arts), 'articles,', sum(r['category'] != 'none' for r in rows), 'defect rows')
sys.exit(0 if ok else 1)
