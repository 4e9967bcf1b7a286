#!/usr/bin/env python3
"""Census of carried credits by rule and feature cell, with their spread over splits and pages (round 35, credit35b).

Input: the dump of an ingest with -Dclaimgraph.dumpCredits=FILE, joined with the open splits' gold by tools/credit-context-cv.py's
join and features. For each figure whose credit a rule chose (the dump's "rule": running, measure, lead, article, ...), the outcome
is right (as the Scorer's sameCredit), spurious (gold credits nobody, ours a source), wrong (gold another source) or missed. For
each cell of the features asked for, prints the outcomes, and in how many splits a stop in that cell would turn more figures right
than it turns wrong ("up") or the reverse ("down"): a stop condition worth writing is one whose cell is up in most splits, not one
whose spurious credits sit on a few pages. Features: those of credit-context-cv.py (rule, dp, ds, between, mm, per, actor, actorbtw,
reach, ...). Usage: tools/credit-carry-census.py DUMP [RULES=running,measure,lead] [FEATURES=dp;per;actor,actorbtw]
"""
import collections, importlib.util, os, sys

spec = importlib.util.spec_from_file_location("cv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "credit-context-cv.py"))
cv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cv)


def outcome(r):
    got = r["quote_speaker"] if r["rule"] == "quote" else r["chosen"]
    if cv.same(r["gold"], got): return "right"
    return "spurious" if not r["gold"] else "missed" if not got else "wrong"


def main():
    rows = cv.load(sys.argv[1])
    rules = (sys.argv[2] if len(sys.argv) > 2 else "running,measure,lead").split(",")
    groups = [g.split(",") for g in (sys.argv[3] if len(sys.argv) > 3 else "dp;per;actor,actorbtw").split(";")]
    total = collections.defaultdict(collections.Counter)
    for r in rows: total[r["rule"]][outcome(r)] += 1
    print("every rule on the joined figures:", len(rows))
    for rule, c in sorted(total.items(), key=lambda x: -sum(x[1].values())): print(f"  {rule:15} {dict(c)}")
    for feats in groups:
        cells = collections.defaultdict(collections.Counter)
        splits = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
        pages = collections.defaultdict(set)
        for r in rows:
            if r["rule"] not in rules: continue
            key = tuple(r["F"][f] for f in feats)
            o = outcome(r)
            cells[key][o] += 1
            splits[key][r["split"]][o] += 1
            if o == "spurious": pages[key].add(r["doc"])
        print(f"{'/'.join(rules)} by {','.join(feats)}: outcomes, pages with a spurious credit, splits up/down for a stop")
        for key in sorted(cells, key=lambda k: -cells[k]["spurious"]):
            up = sum(1 for c in splits[key].values() if c["spurious"] > c["right"])
            down = sum(1 for c in splits[key].values() if c["right"] > c["spurious"])
            print(f"  {key}  {dict(cells[key])}  pages {len(pages[key])}  splits up {up} down {down}")


if __name__ == "__main__":
    main()
