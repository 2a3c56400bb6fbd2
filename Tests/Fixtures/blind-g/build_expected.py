#!/usr/bin/env python3
"""Build expected.tsv from anchors.tsv.

anchors.tsv rows: file, category, anchor, occurrence, reason.
The line number is the 1-based number of the Nth line of the file that contains
the anchor text (N = occurrence). A clean file has category 'none' and anchor '*'.
"""
import csv, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def main():
    rows = []
    with open(os.path.join(HERE, "anchors.tsv"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for n, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        f, cat, anchor, occ, reason = raw.split("\t")
        if cat == "none":
            rows.append((f, cat, "*", reason))
            continue
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            text = fh.read().splitlines()
        hits = [i + 1 for i, l in enumerate(text) if anchor in l]
        k = int(occ)
        if len(hits) < k:
            sys.exit(f"anchors.tsv line {n}: anchor {anchor!r} occurrence {k} not found in {f} (hits {hits})")
        rows.append((f, cat, str(hits[k - 1]), reason))
    rows.sort(key=lambda r: (r[0], int(r[2]) if r[2].isdigit() else 0, r[1]))
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8", newline="") as out:
        out.write("file\tcategory\tline\treason\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows")

if __name__ == "__main__":
    main()
