#!/usr/bin/env python3
"""Check expected.tsv against the pair folders.

For every row, print the article line the row points at. Fail (exit 1) when:
  - a row names a missing file, an unknown kind, or a line outside the file;
  - the `needle` quoted in backticks at the start of the reason is not on that line;
  - a faithful row (kind `none`) has a line other than `*`, or a pair mixes `none` with defects;
  - a pair folder is not listed in expected.tsv, or a listed pair has no folder;
  - a pair folder lacks exactly one article.* file or has 0 or more than 3 input documents.
Run from anywhere: python3 check_lines.py
"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unsupported_quote", "unsupported_person", "changed_figure", "unsupported_outlet", "none"}
errors = []

with open(os.path.join(HERE, "expected.tsv"), encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
header, rows = rows[0], [r for r in rows[1:] if r]
if header != ["pair", "file", "kind", "line", "reason"]:
    errors.append(f"bad header: {header}")

pair_dirs = sorted(d for d in os.listdir(HERE)
                   if re.match(r"^\d\d-", d) and os.path.isdir(os.path.join(HERE, d)))
kinds_by_pair = defaultdict(list)
counts = Counter()

for n, r in enumerate(rows, start=2):
    if len(r) != 5:
        errors.append(f"row {n}: expected 5 columns, got {len(r)}: {r}")
        continue
    pair, path, kind, line, reason = r
    kinds_by_pair[pair].append(kind)
    counts[kind] += 1
    if kind not in KINDS:
        errors.append(f"row {n}: unknown kind {kind!r}")
    if not path.startswith(pair + "/"):
        errors.append(f"row {n}: file {path} is not inside pair {pair}")
    full = os.path.join(HERE, path)
    if not os.path.isfile(full):
        errors.append(f"row {n}: missing file {path}")
        continue
    if kind == "none":
        if line != "*":
            errors.append(f"row {n}: faithful row must have line '*', got {line!r}")
        print(f"{pair:26} {kind:19} *    (faithful pair, no finding expected)")
        continue
    if not line.isdigit():
        errors.append(f"row {n}: line {line!r} is not a number")
        continue
    lines = open(full, encoding="utf-8").read().split("\n")
    ln = int(line)
    if not 1 <= ln <= len(lines):
        errors.append(f"row {n}: line {ln} outside {path} ({len(lines)} lines)")
        continue
    actual = lines[ln - 1]
    m = re.match(r"^`([^`]+)`", reason)
    status = "ok"
    if not m:
        status = "NO NEEDLE"
        errors.append(f"row {n}: reason does not start with a `needle`")
    elif m.group(1) not in actual:
        status = "MISMATCH"
        where = [i + 1 for i, l in enumerate(lines) if m.group(1) in l]
        errors.append(f"row {n}: `{m.group(1)}` not on line {ln} of {path}; found on {where}")
    shown = actual if len(actual) <= 110 else actual[:107] + "..."
    print(f"{pair:26} {kind:19} {ln:<4} [{status}] {shown}")

listed = set(kinds_by_pair)
for d in pair_dirs:
    if d not in listed:
        errors.append(f"pair folder {d} is not listed in expected.tsv")
    arts = [f for f in os.listdir(os.path.join(HERE, d)) if re.match(r"^article\.(md|txt|html)$", f)]
    if len(arts) != 1:
        errors.append(f"{d}: expected exactly one article.md/.txt/.html, found {arts}")
    src = os.path.join(HERE, d, "article.sources")
    nsrc = len(os.listdir(src)) if os.path.isdir(src) else 0
    if not 1 <= nsrc <= 3:
        errors.append(f"{d}: article.sources holds {nsrc} documents (need 1-3)")
for p in sorted(listed):
    if p not in pair_dirs:
        errors.append(f"expected.tsv lists {p} but there is no such folder")
    ks = kinds_by_pair[p]
    if "none" in ks and len(ks) > 1:
        errors.append(f"{p}: mixes 'none' with defect rows")

defective = sum(1 for p in kinds_by_pair if "none" not in kinds_by_pair[p])
faithful = sum(1 for p in kinds_by_pair if "none" in kinds_by_pair[p])
print()
print(f"pairs: {len(pair_dirs)} folders, {defective} with defects, {faithful} faithful")
for k in sorted(KINDS - {"none"}):
    print(f"  {k:19} {counts[k]}")
print(f"  {'total defects':19} {sum(counts[k] for k in KINDS - {'none'})}")
if errors:
    print("\nFAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: every row points at a line containing its needle; every pair folder is listed")
