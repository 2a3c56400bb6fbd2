#!/usr/bin/env python3
"""Print, for every row of expected.tsv, the file's line at that number.

Also checks that every article file in this folder is listed, that every
listed file exists, that clean files have exactly one row, and that every
category is one of the allowed ids.
Usage: python3 check_lines.py [--width N]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = set("""preamble closing_offer ai_self_reference refusal knowledge_cutoff ui_chrome
placeholder code_fence citation_artifact meta_commentary reasoning_leak name_inconsistency
duplicate_section truncated_table_row truncated_text missing_source_link ad_label
email_obfuscation widget_junk aggregator_disclaimer none""".split())
ARTICLE_EXT = (".txt", ".md", ".html")
NON_ARTICLES = {"README.md"}


def main():
    width = 150
    if "--width" in sys.argv:
        width = int(sys.argv[sys.argv.index("--width") + 1])
    errors = []
    rows = []
    with open(os.path.join(HERE, "expected.tsv"), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != ["file", "category", "line", "reason"]:
            errors.append(f"bad header: {header}")
        for n, row in enumerate(reader, start=2):
            if len(row) != 4:
                errors.append(f"tsv line {n}: expected 4 columns, got {len(row)}")
                continue
            rows.append((n, *row))

    cache = {}
    per_file = {}
    for n, fname, cat, line, reason in rows:
        per_file.setdefault(fname, []).append(cat)
        if cat not in ALLOWED:
            errors.append(f"tsv line {n}: unknown category {cat!r}")
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append(f"tsv line {n}: missing file {fname}")
            continue
        if fname not in cache:
            with open(path, encoding="utf-8") as fh:
                cache[fname] = fh.read().split("\n")
        lines = cache[fname]
        if cat == "none":
            if line != "*":
                errors.append(f"tsv line {n}: clean row must have line '*'")
            print(f"{fname}\tnone\t*\t(clean file, {len(lines)} lines)")
            continue
        try:
            k = int(line)
        except ValueError:
            errors.append(f"tsv line {n}: bad line number {line!r}")
            continue
        if not 1 <= k <= len(lines):
            errors.append(f"tsv line {n}: line {k} out of range for {fname}")
            continue
        text = lines[k - 1]
        if not text.strip():
            errors.append(f"tsv line {n}: line {k} of {fname} is blank")
        shown = text if len(text) <= width else text[: width - 3] + "..."
        print(f"{fname}\t{cat}\t{k}\t{shown}")

    for fname, cats in per_file.items():
        if "none" in cats and len(cats) != 1:
            errors.append(f"{fname}: clean file must have exactly one row")

    on_disk = sorted(f for f in os.listdir(HERE)
                     if f.endswith(ARTICLE_EXT) and f not in NON_ARTICLES)
    for f in on_disk:
        if f not in per_file:
            errors.append(f"article not listed in expected.tsv: {f}")

    print()
    print(f"rows: {len(rows)}  files listed: {len(per_file)}  articles on disk: {len(on_disk)}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
