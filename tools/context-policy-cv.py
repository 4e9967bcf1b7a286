#!/usr/bin/env python3
"""Leave-one-set-out choice of a period policy for figures whose period is null, from the context dump.

Usage:
  CLAIMGRAPH_JAVA_OPTS="-Dclaimgraph.dumpPeriods=/tmp/ctx.jsonl" ./claimgraph ingest --store /tmp/ctx-store devset/tune \
      devset/heldout devset/fresh devset/fresh2 ... devset/fresh11
  tools/context-policy-cv.py /tmp/ctx.jsonl

Joins each dumped figure with the gold line eval would match it to (same document, value, quote in the gold sentence), then,
for each open split in turn, chooses on the other splits the policy (kinds, candidate, paragraph reach) with the largest net
gain and scores it on the held-out split: fixed (candidate = gold period), broken (gold null, so null was right). Only the
open splits are read; the never-opened sets are not listed here and stay unread.
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SPLITS = ["tune", "heldout", "fresh"] + ["fresh%d" % i for i in range(2, 12)]
GOLD = ["ev", "minerals", "fresh-ev", "fresh-minerals"] + ["fresh%d-%s" % (i, t) for i in range(2, 12) for t in ("ev", "minerals")]
CANDIDATES = ["last", "prevFig", "lede", "present", "sameMeasure"]
KINDS = [("change",), ("amount",), ("share",), ("change", "amount"), ("change", "share"), ("amount", "change", "share")]


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 2}


def overlap(a, b):
    x, y = words(a), words(b)
    return 1.0 if not x and not y else len(x & y) / max(1, len(x | y))


def same_value(a, b):
    return abs(a - b) <= 1e-3 * max(1, abs(a), abs(b))


def digits(s):
    return re.sub("[^0-9]", "", s or "")


def split_of_docs():
    """Each open split's documents, by document id."""
    split_of = {}
    for split in SPLITS:
        for f in os.listdir(os.path.join(ROOT, "devset", split)):
            split_of[os.path.splitext(f)[0]] = split
    return split_of


def matched(figures_by_doc, docs):
    """Each open gold figure of `docs` (headline figures aside) with the dumped figure eval matches to it, each dumped
    figure at most once: pairs (gold, dumped)."""
    used = set()
    for name in GOLD:
        for line in open(os.path.join(ROOT, "devset", "gold", name + ".jsonl")):
            if not line.strip():
                continue
            g = json.loads(line)
            if g["doc"] not in docs or g.get("in_title"):
                continue
            sentence = g.get("sentence") or ""
            for i, d in enumerate(figures_by_doc[g["doc"]]):
                if (g["doc"], i) in used or not same_value(g["value"], d["value"]):
                    continue
                if d["quote"] in sentence and digits(g["quote"]) == digits(d["quote"]) and (
                        d["sentence"] in sentence or sentence in d["sentence"] or overlap(sentence, d["sentence"]) > 0.6):
                    used.add((g["doc"], i))
                    yield g, d
                    break


def joined(dump_file):
    split_of = split_of_docs()
    dumped = collections.defaultdict(list)
    for line in open(dump_file):
        d = json.loads(line)
        dumped[d["doc"]].append(d)
    return [dict(d, gold=g["period"], split=split_of[g["doc"]]) for g, d in matched(dumped, split_of)]


def distance(r, candidate):
    return {"last": r["lastPara"], "prevFig": r["prevFigPara"], "sameMeasure": r["sameMeasurePara"]}.get(candidate, 0)


def score(policy, rows):
    kinds, candidate, reach = policy
    fixed = broken = 0
    for r in rows:
        if r["kind"] not in kinds or r[candidate] is None:
            continue
        d = distance(r, candidate)
        if d is None or d > reach:
            continue
        if r[candidate] == r["gold"]:
            fixed += 1
        elif r["gold"] is None:
            broken += 1
    return fixed, broken


def main():
    rows = joined(sys.argv[1])
    null = [r for r in rows if r["period"] is None and not r["base"]]
    policies = [(k, c, d) for k in KINDS for c in CANDIDATES for d in (0, 1, 2, 3, 99)]
    print("split     figures  fixed  broken  net   chosen on the other splits")
    total = [0, 0]
    for split in SPLITS:
        train = [r for r in null if r["split"] != split]
        test = [r for r in null if r["split"] == split]
        best = max(policies, key=lambda p: (lambda fb: fb[0] - fb[1])(score(p, train)))
        fixed, broken = score(best, test)
        total[0] += fixed
        total[1] += broken
        n = sum(1 for r in rows if r["split"] == split)
        print("%-9s %7d  %5d  %6d  %+4d  %s" % (split, n, fixed, broken, fixed - broken, best))
    print("total              %5d  %6d  %+4d" % (total[0], total[1], total[0] - total[1]))


if __name__ == "__main__":
    main()
