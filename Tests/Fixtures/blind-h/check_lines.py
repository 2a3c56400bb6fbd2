#!/usr/bin/env python3
"""Check expected.tsv of blind set H against the article files.

Prints every expected row next to the actual text of the line it points at,
and fails (exit 1) when:
  - the header is not file/category/line/reason, or a row does not have 4 columns;
  - a category id is not one of the shared ids (taken from
    /work/shared/cases/expected.tsv, plus 'none');
  - a listed file does not exist, or an article file is not listed;
  - a line number is not an integer inside the file, or points at a blank line;
  - a clean file ('none') has a line other than '*', has more than one row,
    or also has defect rows.
"""
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/cases/expected.tsv"
FALLBACK_IDS = {
    "preamble", "closing_offer", "ai_self_reference", "refusal", "knowledge_cutoff",
    "ui_chrome", "placeholder", "code_fence", "citation_artifact", "meta_commentary",
    "reasoning_leak", "name_inconsistency", "duplicate_section", "truncated_table_row",
    "truncated_text", "missing_source_link", "ad_label", "email_obfuscation",
    "widget_junk", "aggregator_disclaimer",
}
ARTICLE_EXT = (".txt", ".md", ".html")
NOT_ARTICLES = {"README.md"}


def shared_ids():
    ids = set()
    try:
        with open(SHARED, encoding="utf-8") as f:
            next(f)
            for ln in f:
                parts = ln.rstrip("\n").split("\t")
                if len(parts) >= 2 and parts[1]:
                    ids.add(parts[1])
    except OSError:
        return FALLBACK_IDS | {"none"}
    return ids | {"none"}


def main():
    errors = []
    ids = shared_ids()
    articles = sorted(
        n for n in os.listdir(HERE)
        if n.endswith(ARTICLE_EXT) and n not in NOT_ARTICLES and not n.startswith("_")
        and os.path.isfile(os.path.join(HERE, n))
    )
    cache = {}

    def lines_of(name):
        if name not in cache:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                cache[name] = f.read().split("\n")
        return cache[name]

    with open(os.path.join(HERE, "expected.tsv"), encoding="utf-8") as f:
        raw = f.read().split("\n")
    if raw and raw[-1] == "":
        raw = raw[:-1]
    if not raw or raw[0] != "file\tcategory\tline\treason":
        errors.append("bad header: %r" % (raw[0] if raw else ""))
    rows = []
    for i, ln in enumerate(raw[1:], 2):
        parts = ln.split("\t")
        if len(parts) != 4:
            errors.append("expected.tsv:%d: %d columns" % (i, len(parts)))
            continue
        rows.append(parts)

    per_file = defaultdict(list)
    for fname, cat, line, reason in rows:
        per_file[fname].append((cat, line))
        tag = "%s\t%s\t%s" % (fname, cat, line)
        if cat not in ids:
            errors.append("%s: unknown category id %r" % (tag, cat))
        if not reason.strip():
            errors.append("%s: empty reason" % tag)
        if fname not in articles:
            errors.append("%s: file missing" % tag)
            continue
        lines = lines_of(fname)
        if cat == "none":
            if line != "*":
                errors.append("%s: clean row must have line '*'" % tag)
            print("%-40s %-22s %5s  (clean) %s" % (fname, cat, line, reason[:70]))
            continue
        if not line.isdigit() or not 1 <= int(line) <= len(lines):
            errors.append("%s: line out of range (file has %d lines)" % (tag, len(lines)))
            continue
        text = lines[int(line) - 1]
        if not text.strip():
            errors.append("%s: points at a blank line" % tag)
        print("%-40s %-22s %5s  | %s" % (fname, cat, line, text.strip()[:110]))

    for name in articles:
        cats = [c for c, _ in per_file.get(name, [])]
        if not cats:
            errors.append("%s: article not listed in expected.tsv" % name)
        elif "none" in cats and len(cats) > 1:
            errors.append("%s: clean row mixed with other rows" % name)

    dupes = [k for k, v in Counter(tuple(r[:3]) for r in rows).items() if v > 1]
    for k in dupes:
        errors.append("duplicate row: %s" % "\t".join(k))

    counts = Counter(r[1] for r in rows)
    clean = counts.pop("none", 0)
    print()
    print("articles: %d  clean: %d  defects: %d" % (len(articles), clean, sum(counts.values())))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("\ncheck_lines.py: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
