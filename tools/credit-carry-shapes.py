#!/usr/bin/env python3
"""Carried credits by shape, year cell and set age, against the gold's two readings (round 35, gold35).

Input: credit dumps (-Dclaimgraph.dumpCredits=FILE), joined with the open splits' gold by tools/credit-context-cv.py. For each
figure whose credit the running or measure rule carried from an earlier sentence, prints how the gold reads it (same: the carried
source; other: another source; null: nobody) by
  year cell: "other" (the figure's year differs from the years of the figures its carried credit came with), "same", "noyear";
  shape:     anaphoric (the sentence opens by pointing back: "This", "The figure", "In comparison", "In the same period" ...),
             base-in-sentence (a past figure whose sentence also states a figure of the source's year: a comparison base),
             new-actor-in-sentence (an organization or person in the sentence that shares no word with the credit),
             other-measure (no measure word shared with the source's figures), same-measure (the rest: a figure of the same
             series in a sentence of its own);
  sets:      old (tune ... fresh25) or new (fresh26 ... fresh29).
A shape whose gold reading differs by set age with neither reading twice the other is a split call (GUIDELINES, Attribution,
round 35). Usage: tools/credit-carry-shapes.py DUMP [DUMP ...]
"""
import collections, importlib.util, json, os, re, sys

spec = importlib.util.spec_from_file_location("cv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "credit-context-cv.py"))
cv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cv)

NEW_SETS = {"fresh26", "fresh27", "fresh28", "fresh29"}
POINTS_BACK = re.compile(r"^(?:This|That|These|The figure|The ratio|The number|The total|It|In comparison|Compared|By comparison|"
                         r"In the same period|For the full|Meanwhile, the|The data|The report|The statistics|The survey|That figure|"
                         r"This figure|This number|The share)\b")


def year(period): return int(period[:4]) if period and re.match(r"\d{4}", period) else None


def source_years(r, bysentence):
    for k in range(r["sentence_index"] - 1, -1, -1):
        ds = bysentence.get((r["doc"], k), [])
        if ds and r["chosen"] in ds[0]["own"]: return {year(d["period"]) for d in ds} - {None}
    return set()


def shape(r, bysentence):
    sentence = r["sentence"].strip()
    if POINTS_BACK.match(sentence): return "anaphoric"
    years = source_years(r, bysentence)
    if r["F"]["per"] == "earlier" and years and any(
            year(d["period"]) is not None and year(d["period"]) >= max(years)
            for d in bysentence[(r["doc"], r["sentence_index"])] if d["quote"] != r["quote"]):
        return "base-in-sentence"
    if r["F"]["actor"] == "True": return "new-actor-in-sentence"
    return "other-measure" if r["F"]["mm"] == "no" else "same-measure"


def main():
    counts = collections.defaultdict(collections.Counter)
    pages = collections.defaultdict(set)
    for dump in sys.argv[1:]:
        rows = cv.load(dump)
        bysentence = collections.defaultdict(list)
        for line in open(dump):
            d = json.loads(line)
            bysentence[(d["doc"], d["sentence_index"])].append(d)
        for r in rows:
            if r["rule"] not in ("running", "measure") or not r["chosen"]: continue
            per = r["F"]["per"]
            cell = "other" if per in ("earlier", "later") else "same" if per == "same" else "noyear"
            key = (cell, shape(r, bysentence), "new" if r["split"] in NEW_SETS else "old")
            reading = "null" if not r["gold"] else "same" if cv.same(r["gold"], r["chosen"]) else "other"
            counts[key][reading] += 1
            pages[key + (reading,)].add(r["doc"])
    print("year   shape                  sets  gold reading: lines/pages                     null share")
    for key in sorted(counts):
        c = counts[key]
        cells = " ".join(f"{g} {c[g]}/{len(pages[key + (g,)])}p" for g in ("same", "other", "null") if c[g])
        print(f"{key[0]:6} {key[1]:22} {key[2]:4}  {cells:45} {c['null'] / sum(c.values()):.2f}")


if __name__ == "__main__":
    main()
