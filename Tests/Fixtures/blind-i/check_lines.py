#!/usr/bin/env python3
"""Consistency check for blind set I.

Prints every row of expected.tsv next to the actual line of the file it points at, and checks:
  * the header matches the shared format (file, category, line, reason);
  * every category id is one of the ids used in /work/shared/cases/expected.tsv (plus 'none');
  * every article file in this folder is listed, and every listed file exists;
  * defect rows point at an existing, non-blank line (1-based);
  * a clean file has exactly one row: category 'none', line '*';
  * light per-category sanity checks (a table-row finding points at a table row, and so on).
Exit status 0 means all checks pass.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/cases/expected.tsv"
ARTICLE_EXT = (".txt", ".md", ".html")
FALLBACK_IDS = {
    "preamble", "closing_offer", "ai_self_reference", "refusal", "knowledge_cutoff", "ui_chrome",
    "placeholder", "code_fence", "citation_artifact", "meta_commentary", "reasoning_leak",
    "name_inconsistency", "duplicate_section", "truncated_table_row", "truncated_text",
    "missing_source_link", "ad_label", "email_obfuscation", "widget_junk", "aggregator_disclaimer",
}


def shared_ids():
    ids = set()
    if os.path.exists(SHARED):
        with open(SHARED, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n == 0 or not line.strip():
                    continue
                ids.add(line.rstrip("\n").split("\t")[1])
    ids |= FALLBACK_IDS  # the taxonomy's full list, in case a shared id has no row
    ids.add("none")
    return ids


def main():
    errors = []
    ids = shared_ids()
    path = os.path.join(HERE, "expected.tsv")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read().splitlines()
    if not raw or raw[0].split("\t") != ["file", "category", "line", "reason"]:
        errors.append("header must be: file<TAB>category<TAB>line<TAB>reason")
    rows = []
    for n, line in enumerate(raw[1:], 2):
        parts = line.split("\t")
        if len(parts) != 4:
            errors.append(f"expected.tsv:{n}: {len(parts)} columns, need 4")
            continue
        rows.append((n, *parts))

    articles = sorted(f for f in os.listdir(HERE) if f.endswith(ARTICLE_EXT) and f != "README.md")
    listed = {r[1] for r in rows}
    for a in articles:
        if a not in listed:
            errors.append(f"article not listed in expected.tsv: {a}")
    for f in sorted(listed):
        if f not in articles:
            errors.append(f"listed file does not exist: {f}")

    cache = {}
    by_file = {}
    for n, f, cat, ln, reason in rows:
        by_file.setdefault(f, []).append((cat, ln))
        if cat not in ids:
            errors.append(f"expected.tsv:{n}: unknown category id '{cat}'")
        if not reason.strip():
            errors.append(f"expected.tsv:{n}: empty reason")
        if f not in articles:
            continue
        if f not in cache:
            with open(os.path.join(HERE, f), encoding="utf-8") as fh:
                cache[f] = fh.read().split("\n")
        lines = cache[f]
        if cat == "none":
            if ln != "*":
                errors.append(f"expected.tsv:{n}: clean row must have line '*'")
            print(f"{f}\tnone\t*\t(clean file, {len(lines)} lines)")
            continue
        if not ln.isdigit() or not (1 <= int(ln) <= len(lines)):
            errors.append(f"expected.tsv:{n}: line '{ln}' out of range for {f} ({len(lines)} lines)")
            continue
        text = lines[int(ln) - 1]
        shown = text.strip()
        if len(shown) > 110:
            shown = shown[:107] + "..."
        print(f"{f}\t{cat}\t{ln}\t{shown}")
        if not text.strip():
            errors.append(f"expected.tsv:{n}: {f}:{ln} is blank")
        t = text.strip()
        if cat == "truncated_table_row" and not (t.startswith("|") or t.startswith("<tr")):
            errors.append(f"expected.tsv:{n}: {f}:{ln} is not a table row")
        if cat == "code_fence" and not re.match(r"^\s*(```|~~~)", text):
            errors.append(f"expected.tsv:{n}: {f}:{ln} is not a fence line")
        if cat == "duplicate_section":
            key = re.sub(r"\s+", " ", t)
            earlier = [re.sub(r"\s+", " ", x.strip()) for x in lines[: int(ln) - 1]]
            if key not in earlier:
                errors.append(f"expected.tsv:{n}: {f}:{ln} has no earlier identical copy")
        if cat == "reasoning_leak" and "<think>" in text and not t.startswith("<think>"):
            errors.append(f"expected.tsv:{n}: {f}:{ln} think block should be reported at its first line")

    for f, cats in by_file.items():
        kinds = {c for c, _ in cats}
        if "none" in kinds and len(cats) != 1:
            errors.append(f"{f}: a clean file must have exactly one row")
    seen = set()
    for n, f, cat, ln, _ in rows:
        if (f, cat, ln) in seen:
            errors.append(f"expected.tsv:{n}: duplicate row {f} {cat} {ln}")
        seen.add((f, cat, ln))

    clean = sum(1 for f, c in by_file.items() if c == [("none", "*")])
    defects = sum(1 for r in rows if r[2] != "none")
    counts = {}
    for r in rows:
        if r[2] != "none":
            counts[r[2]] = counts.get(r[2], 0) + 1
    print()
    print(f"articles: {len(articles)}  clean: {clean}  defect rows: {defects}")
    for c in sorted(counts):
        print(f"  {c}: {counts[c]}")
    if errors:
        print("\nFAIL")
        for e in errors:
            print("  " + e)
        return 1
    print("\nPASS: every row points at a real line, every article is listed, every category id is a shared id")
    return 0


if __name__ == "__main__":
    sys.exit(main())
