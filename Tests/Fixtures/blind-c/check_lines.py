#!/usr/bin/env python3
"""Print the text at every expected.tsv row; check coverage and leftover markers."""
import csv, os, sys
D = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(D, "expected.tsv"), encoding="utf-8"), delimiter="\t"))
arts = sorted(f for f in os.listdir(D) if f.endswith((".txt", ".md", ".html")))
ok = True
for r in rows:
    p = os.path.join(D, r["file"])
    if not os.path.exists(p):
        print("MISSING FILE", r["file"]); ok = False; continue
    if r["category"] == "none":
        print(f'{r["file"]}\tnone'); continue
    lines = open(p, encoding="utf-8").read().split("\n")
    n = int(r["line"])
    if not 1 <= n <= len(lines) or not lines[n-1].strip():
        print("BAD LINE", r); ok = False; continue
    print(f'{r["file"]}:{n}\t{r["category"]}\t| {lines[n-1][:110]}')
listed = {r["file"] for r in rows}
for f in arts:
    if f not in listed: print("NOT IN TSV", f); ok = False
    t = open(os.path.join(D, f), encoding="utf-8").read()
    if "⟦" in t or "⟧" in t: print("MARKER LEFT", f); ok = False
for f in listed:
    if f not in arts: print("TSV FILE NOT FOUND", f); ok = False
print("OK" if ok else "PROBLEMS", len(arts), "articles,", len(rows), "rows")
