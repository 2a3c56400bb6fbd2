#!/usr/bin/env python3
"""Print the text at each (file, line) of expected.tsv so line numbers can be checked by eye.
Also flags rows whose line is out of range and clean rows that carry a line number."""
import csv, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
with open(os.path.join(here, 'expected.tsv'), newline='') as fh:
    for row in csv.DictReader(fh, delimiter='\t'):
        f, cat, ln = row['file'], row['category'], row['line']
        path = os.path.join(here, f)
        if not os.path.exists(path):
            print(f'!! missing file {f}'); bad += 1; continue
        if cat == 'none':
            if ln:
                print(f'!! clean row with line: {f}'); bad += 1
            else:
                print(f'{f}\tnone')
            continue
        lines = open(path, encoding='utf-8').read().split('\n')
        n = int(ln)
        if not 1 <= n <= len(lines) or not lines[n-1].strip():
            print(f'!! {f}:{n} out of range or blank'); bad += 1; continue
        print(f'{f}:{n}\t{cat}\t{lines[n-1][:110]}')
print('problems:', bad)
sys.exit(1 if bad else 0)
