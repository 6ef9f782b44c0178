#!/usr/bin/env python3
"""The baseline for `hashiya export --format spans-csv`: a plain Python script, as an analyst would
write it, that reads the spans from a Hashiya (or doccano) JSONL file and writes the same columns
with the csv module (RFC 4180: commas, doubled quotes, CRLF; UTF-8 without a BOM).

    python3 bench/baseline_spans_csv.py data.jsonl out.csv [--schema assets/schemas/default-schema.json]

context: the sentence around the span, from just after the previous . ! ? ؟ ؛ or line break to the
next (a line break itself left out), at most 100 characters either side of the span, whitespace at
both ends left out; the same rule as Hashiya's text.SpanContext. Offsets are code points (Python
string indices), end exclusive.
"""
import argparse
import bisect
import csv
import hashlib
import json

COLUMNS = ["article_id", "article_title", "article_source", "article_url", "article_date", "article_sha256",
           "span_id", "label", "label_kind", "start", "end", "text", "context", "note", "annotator",
           "created_at", "updated_at", "reviewed_by", "reviewed_at", "span_uuid",
           "canonical_entry"]
BREAKS = set(".!?\u061f\u061b\n\r\u2028\u2029\u0085")
LINE_BREAKS = set("\n\r\u2028\u2029\u0085")
# Java's Character.isWhitespace (no-break spaces are not whitespace there), so the trimming matches
WHITESPACE = set("\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                 "\u2008\u2009\u200a\u2028\u2029\u205f\u3000")
AROUND = 100


def label_kinds(schema_path):
    with open(schema_path, encoding="utf-8") as f:
        return {label["id"]: label.get("kind", "") for label in json.load(f)["labels"]}


def contexts(text):
    """A function giving the context of (start, end) in text."""
    breaks = [i for i, c in enumerate(text) if c in BREAKS]
    n = len(text)

    def around(start, end):
        i = bisect.bisect_left(breaks, start)           # first break at or after start
        sentence_start = breaks[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(breaks, end)             # first break at or after end
        if j < len(breaks):
            b = breaks[j]
            sentence_end = b if text[b] in LINE_BREAKS else b + 1
        else:
            sentence_end = n
        lo = max(sentence_start, start - AROUND)
        hi = min(sentence_end, end + AROUND)
        while lo < hi and text[lo] in WHITESPACE:
            lo += 1
        while hi > lo and text[hi - 1] in WHITESPACE:
            hi -= 1
        return text[lo:hi]

    return around


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("out")
    parser.add_argument("--schema", default="assets/schemas/default-schema.json")
    args = parser.parse_args()
    kinds = label_kinds(args.schema)
    rows = 0
    with open(args.jsonl, encoding="utf-8") as src, open(args.out, "w", encoding="utf-8", newline="") as dst:
        out = csv.writer(dst)
        out.writerow(COLUMNS)
        for line in src:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc.get("text", doc.get("data", ""))
            sha = doc.get("sha256") or hashlib.sha256(text.encode("utf-8")).hexdigest()
            around = contexts(text)
            article = [doc.get("id", ""), doc.get("title", ""), doc.get("source", ""), doc.get("url", ""),
                       doc.get("published", ""), sha]
            for e in doc.get("entities", []):
                start, end = e["start_offset"], e["end_offset"]
                out.writerow(article + [e.get("id", ""), e["label"], kinds.get(e["label"], ""), start, end,
                                        text[start:end], around(start, end), e.get("note", ""),
                                        e.get("annotator", ""), e.get("created_at", ""), e.get("updated_at", ""),
                                        e.get("reviewed_by") or "", e.get("reviewed_at") or "",
                                        e.get("span_uuid") or "", ""])  # JSONL carries no registry links
                rows += 1
    print(f"{rows} rows written to {args.out}", file=__import__("sys").stderr)


if __name__ == "__main__":
    main()
