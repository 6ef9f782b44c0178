#!/usr/bin/env python3
"""Checks a spans-csv export the way a user would: pandas reads it with no options, it has one row
per span, and for a sample of rows text[start:end] of the article's text (from the JSONL that was
imported; the article found by the SHA-256 of its text) equals the text column, and the row is one
of that article's spans in the JSONL (same label, offsets, annotator). With --compare, every row
must also equal the other CSV's row for the same span in every column but the ids (span_uuid too
when the other CSV has one in every row). Every span_uuid must be a UUID, none repeated.

    python3 bench/check_spans_csv.py export.csv data.jsonl --expect 1000000 [--sample 5000] [--compare baseline.csv]

Prints one JSON line with the findings; exits 1 when a check fails.
"""
import argparse
import hashlib
import json
import random
import sys

import pandas as pd

COLUMNS = ["article_id", "article_title", "article_source", "article_url", "article_date", "article_sha256",
           "span_id", "label", "label_kind", "start", "end", "text", "context", "note", "annotator",
           "created_at", "updated_at", "reviewed_by", "reviewed_at", "span_uuid",
           "canonical_entry"]
KEY = ["article_sha256", "start", "end", "label", "annotator"]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("csv")
    p.add_argument("jsonl")
    p.add_argument("--expect", type=int, required=True)
    p.add_argument("--sample", type=int, default=5000)
    p.add_argument("--compare")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    problems = []
    df = pd.read_csv(a.csv)  # no options: what a user types
    found = {"rows": int(len(df)), "expected": a.expect, "columns_ok": list(df.columns) == COLUMNS}
    if list(df.columns) != COLUMNS:
        problems.append(f"columns {list(df.columns)}")
    if len(df) != a.expect:
        problems.append(f"{len(df)} rows, expected {a.expect}")

    # span_uuid: every span has one, well formed, no two alike (the library gives one to spans that
    # came without; the baseline can only copy what the JSONL has, so it is compared only when it has them)
    uuids = df["span_uuid"].astype(str)
    found["uuids_ok"] = bool(uuids.str.fullmatch(UUID).all() and uuids.is_unique)
    if not found["uuids_ok"]:
        problems.append("span_uuid: missing, malformed or repeated values")

    texts, spans = {}, {}
    with open(a.jsonl, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                sha = hashlib.sha256(doc["text"].encode("utf-8")).hexdigest()
                texts[sha] = doc["text"]
                spans[sha] = {(e["start_offset"], e["end_offset"], e["label"], e.get("annotator", ""))
                              for e in doc["entities"]}

    rng = random.Random(a.seed)
    sample = rng.sample(range(len(df)), min(a.sample, len(df)))
    # and half as many again from the articles holding characters outside the BMP (emoji): offsets differ there
    astral = {sha for sha, t in texts.items() if any(ord(c) > 0xFFFF for c in t)}
    sample_set = set(sample)
    astral_index = [i for i in df.index[df["article_sha256"].isin(astral)] if i not in sample_set]
    sample += rng.sample(astral_index, min(a.sample // 2, len(astral_index)))
    bad_text, bad_span, astral_rows = 0, 0, 0
    for i in sample:
        row = df.iloc[i]
        text = texts.get(row["article_sha256"])
        if text is None:
            problems.append(f"row {i}: no article with sha256 {row['article_sha256']} in the JSONL")
            continue
        start, end = int(row["start"]), int(row["end"])
        astral_rows += row["article_sha256"] in astral
        if text[start:end] != str(row["text"]):
            bad_text += 1
            if bad_text <= 5:
                problems.append(f"row {i}: text[{start}:{end}] is {text[start:end]!r}, the text column {row['text']!r}")
        note_annotator = "" if pd.isna(row["annotator"]) else str(row["annotator"])
        if (start, end, row["label"], note_annotator) not in spans[row["article_sha256"]]:
            bad_span += 1
            if bad_span <= 5:
                problems.append(f"row {i}: ({start}, {end}, {row['label']}, {note_annotator}) is not a span of that article")
    found.update(sampled=len(sample), sampled_astral=int(astral_rows), text_mismatches=bad_text,
                 unknown_spans=bad_span)

    if a.compare:
        other = pd.read_csv(a.compare)
        found["compared_rows"] = int(len(other))
        skip = ("article_id", "span_id") if other["span_uuid"].notna().all() else ("article_id", "span_id", "span_uuid")
        cols = [c for c in COLUMNS if c not in skip]
        if len(other) != len(df):
            problems.append(f"--compare: {len(other)} rows against {len(df)}")
        else:
            x = df[cols].sort_values(KEY, kind="stable").reset_index(drop=True).astype(str)
            y = other[cols].sort_values(KEY, kind="stable").reset_index(drop=True).astype(str)
            diff = {c: int((x[c] != y[c]).sum()) for c in cols}
            found["compare_differences"] = {c: n for c, n in diff.items() if n}
            for c, n in diff.items():
                if n:
                    k = int((x[c] != y[c]).idxmax())
                    problems.append(f"--compare: {n} rows differ in {c}, e.g. {x[c][k]!r} vs {y[c][k]!r}")
    found["problems"] = problems
    found["ok"] = not problems
    print(json.dumps(found, ensure_ascii=False))
    sys.exit(0 if not problems else 1)


if __name__ == "__main__":
    main()
