#!/usr/bin/env python3
"""Check expected.tsv of blind set G.

- prints every expected row next to the file's actual line (1-based);
- checks the header matches the shared expected.tsv header;
- checks every article file (.txt, .md, .html except README.md) is listed, and every listed file exists;
- checks every category is one of the ids used in /work/shared/cases/expected.tsv (or 'none');
- checks line numbers are in range and point at a non-blank line;
- checks clean files have exactly one 'none' row with line '*', and no other rows.
Exit status 0 when everything passes.
"""
import os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/cases/expected.tsv"
ARTICLE_EXT = (".txt", ".md", ".html")

def read_tsv(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    return lines[0].split("\t"), [l.split("\t") for l in lines[1:] if l.strip()]

def main():
    errors = []
    shared_header, shared_rows = read_tsv(SHARED)
    shared_ids = {r[1] for r in shared_rows}
    header, rows = read_tsv(os.path.join(HERE, "expected.tsv"))
    if header != shared_header:
        errors.append(f"header {header} differs from shared header {shared_header}")

    articles = sorted(f for f in os.listdir(HERE)
                      if f.endswith(ARTICLE_EXT) and f != "README.md")
    listed = collections.defaultdict(list)
    cache = {}
    for n, r in enumerate(rows, start=2):
        if len(r) != 4:
            errors.append(f"expected.tsv:{n}: {len(r)} columns, want 4")
            continue
        f, cat, line, reason = r
        listed[f].append(cat)
        if cat not in shared_ids:
            errors.append(f"expected.tsv:{n}: category {cat!r} is not a shared id")
        if not reason.strip():
            errors.append(f"expected.tsv:{n}: empty reason")
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            errors.append(f"expected.tsv:{n}: file {f} does not exist")
            continue
        if f not in cache:
            with open(path, encoding="utf-8") as fh:
                cache[f] = fh.read().splitlines()
        text = cache[f]
        if cat == "none":
            if line != "*":
                errors.append(f"expected.tsv:{n}: clean row must have line '*'")
            print(f"{f}\tnone\t*\t(clean, {len(text)} lines)")
            continue
        if not line.isdigit() or not 1 <= int(line) <= len(text):
            errors.append(f"expected.tsv:{n}: line {line!r} out of range for {f} ({len(text)} lines)")
            continue
        actual = text[int(line) - 1]
        if not actual.strip():
            errors.append(f"expected.tsv:{n}: {f}:{line} is blank")
        print(f"{f}\t{cat}\t{line}\t| {actual.strip()[:150]}")

    for f in articles:
        if f not in listed:
            errors.append(f"article {f} is not listed in expected.tsv")
    for f, cats in listed.items():
        if "none" in cats and len(cats) > 1:
            errors.append(f"{f}: clean row mixed with defect rows")
        if not f.endswith(ARTICLE_EXT):
            errors.append(f"{f}: not an article file")

    counts = collections.Counter(c for cats in listed.values() for c in cats)
    print()
    print(f"articles: {len(articles)}  clean: {counts.get('none', 0)}  "
          f"defect rows: {sum(v for k, v in counts.items() if k != 'none')}")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    if errors:
        print("\nFAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all rows match, every article is listed, every category id is a shared id")

if __name__ == "__main__":
    main()
