#!/usr/bin/env python3
"""Checks an events-csv export the way a user would open it: pandas reads it, and for every row
text[start:end] of the article's text equals trigger_text and (when the row has a role) filler_text,
the article texts taken from a JSONL export of the same library (matched by article id).

    hashiya export --db LIB --format events-csv --out events.csv
    hashiya export --db LIB --format jsonl --out set.jsonl
    /usr/bin/python3 bench/check_events_csv.py events.csv set.jsonl

Prints what it checked; exits 1 when a slice differs.
"""
import json, sys
import pandas as pd

events_csv, jsonl = sys.argv[1], sys.argv[2]
df = pd.read_csv(events_csv, dtype=str, keep_default_na=False)  # dtype=str: keep ids as written
texts = {}
with open(jsonl, encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        texts[str(d["id"])] = d["text"]
print("columns:", list(df.columns))
print("rows:", len(df), "events:", df["event_id"].nunique())
bad = 0
checked = 0
for i, r in df.iterrows():
    t = texts[r["article_id"]]
    s, e = int(r["trigger_start"]), int(r["trigger_end"])
    checked += 1
    if t[s:e] != r["trigger_text"]:
        bad += 1; print("trigger mismatch row", i, repr(t[s:e]), repr(r["trigger_text"]))
    if r["role"]:
        s, e = int(r["filler_start"]), int(r["filler_end"])
        checked += 1
        if t[s:e] != r["filler_text"]:
            bad += 1; print("filler mismatch row", i, repr(t[s:e]), repr(r["filler_text"]))
print("slices checked:", checked, "mismatches:", bad)
print("rows without role:", int((df["role"] == "").sum()))
print("astral chars before first trigger:", sum(ord(c) > 0xFFFF for c in texts[df.iloc[0]["article_id"]][:int(df.iloc[0]["trigger_start"])]))
# default pandas read (what a user types): numbers and NaN
d2 = pd.read_csv(events_csv)
print("default read dtypes: event_id", d2["event_id"].dtype, "filler_start", d2["filler_start"].dtype,
      "canonical_entry", d2["canonical_entry"].dtype)
print(d2[["event_id", "event_label", "role", "filler_text", "canonical_entry"]].to_string())
sys.exit(1 if bad else 0)
