#!/usr/bin/env python3
"""Print the stored line for every row of expected.tsv and check file coverage."""
import csv, os, re, sys, collections
D = os.path.dirname(os.path.abspath(__file__))
SKIP = {'expected.tsv', 'check_lines.py'}
rows = list(csv.DictReader(open(os.path.join(D, 'expected.tsv'), encoding='utf-8'), delimiter='\t'))
ok = True
for r in rows:
    f = os.path.join(D, r['file'])
    if not os.path.exists(f):
        print('MISSING FILE', r['file']); ok = False; continue
    lines = open(f, encoding='utf-8').read().split('\n')
    if r['category'] == 'none':
        if r['line']:
            print('CLEAN ROW WITH LINE', r['file']); ok = False
        print(f"{r['file']}\tnone\t-\t({len(lines)} lines)")
        continue
    n = int(r['line'])
    if not 1 <= n <= len(lines) or not lines[n-1].strip():
        print('BAD LINE', r); ok = False; continue
    print(f"{r['file']}:{n}\t{r['category']}\t{lines[n-1][:110]}")
    if r['category'] == 'duplicate_section':
        norm = lambda s: re.sub(r'\s+', ' ', s.replace('\u2018',"'").replace('\u2019',"'").replace('"',"'")).strip().lower()
        if norm(lines[n-1]) not in [norm(x) for x in lines[:n-1]]:
            print('   !! second copy has no earlier match'); ok = False
files = {x for x in os.listdir(D) if os.path.isfile(os.path.join(D, x)) and x not in SKIP and not x.startswith('_')}
listed = {r['file'] for r in rows}
for x in sorted(files - listed): print('NOT IN TSV', x); ok = False
for x in sorted(files & {r['file'] for r in rows if r['category']=='none'} & {r['file'] for r in rows if r['category']!='none'}):
    print('BOTH CLEAN AND DEFECT', x); ok = False
# summary
GROUPS = {'assistant residue': 'preamble closing_offer ai_self_reference refusal knowledge_cutoff ui_chrome placeholder code_fence citation_artifact meta_commentary reasoning_leak'.split(),
          'scraper residue': 'ad_label email_obfuscation widget_junk aggregator_disclaimer'.split()}
cat = collections.Counter(r['category'] for r in rows)
grp = collections.Counter()
for c, k in cat.items():
    if c == 'none': continue
    g = next((g for g, cs in GROUPS.items() if c in cs), c)
    grp[g] += k
print('\nfiles:', len(files), '| clean:', cat['none'], '| defect rows:', sum(grp.values()))
print('by category:', dict(sorted(cat.items())))
print('by group:', dict(sorted(grp.items())))
ext = collections.Counter(os.path.splitext(x)[1] for x in files); print('by format:', dict(ext))
print('ALL OK' if ok else 'PROBLEMS FOUND')
