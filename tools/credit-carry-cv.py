#!/usr/bin/env python3
"""How far a credit carries, chosen by leave-one-split-out over the open splits (round 24, credit24b).

Input: the dump of `claimgraph extract` or `ingest` with -Dclaimgraph.dumpCredits=FILE over the open splits. Each figure is
joined with its gold line (tools/credit-context-cv.py's join), and a family of carry policies is scored:
  K  how many paragraphs a running credit carries past the nearest earlier credited sentence (0..4, or 99 = unlimited: the
     extractor's policy, a running credit stops only at another credit);
  N  whether a figure whose own sentence credits nobody ("as per data", "according to reports") takes the running credit;
  B  whether a figure left uncredited after a phrase naming nobody or a person's sentence takes the last credit the page gave
     an earlier figure, within K paragraphs.
For each split the policy with the most right credits on the other splits is scored on it (ties keep the extractor's).
Usage: tools/credit-carry-cv.py DUMP
"""
import collections, importlib.util, json, os, sys

spec = importlib.util.spec_from_file_location("cv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "credit-context-cv.py"))
cv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cv)
UNLIMITED = 99


def outcome(r, got):
    if cv.same(r["gold"], got): return "right"
    return "false" if not r["gold"] else "missed" if not got else "wrong"


def earlier_credits(dump_file):
    """(doc, quote, sentence) -> the last credit given to an earlier figure of the page (no quote's) and its paragraph."""
    out, last = {}, {}
    for line in open(dump_file):
        d = json.loads(line)
        out[(d["doc"], d["quote"], d["sentence_index"])] = last.get(d["doc"], (None, None))
        if d["chosen"] and d["rule"] != "quote": last[d["doc"]] = (d["chosen"], d["paragraph_index"])
    return out


def credit(r, policy, before):
    k, n, b = policy
    if r["rule"] == "running":
        dp = r["last_before_paragraphs"]
        return None if dp is not None and dp > k else r["chosen"]
    if r["rule"] == "own-nobody" and n and r["running"]:
        return r["running"] if (r["last_before_paragraphs"] or 0) <= k else None
    if r["rule"] == "none" and b and not r["in_quote"]:
        cand, p = before.get((r["doc"], r["quote"], r["sentence_index"]), (None, None))
        return cand if cand and p is not None and r["paragraph_index"] - p <= k else None
    return r["quote_speaker"] if r["rule"] == "quote" else r["chosen"]


def main():
    rows = cv.load(sys.argv[1])
    before = earlier_credits(sys.argv[1])
    policies = [(k, n, b) for k in (0, 1, 2, 3, 4, UNLIMITED) for n in (0, 1) for b in (0, 1)]
    current = (UNLIMITED, 0, 0)
    right = lambda rs, p: sum(outcome(r, credit(r, p, before)) == "right" for r in rs)
    credited = lambda rs, p: sum(1 for r in rs if r["gold"] and outcome(r, credit(r, p, before)) == "right")
    total = collections.Counter()
    print("split     figures  right now -> cv  credited now -> cv  policy chosen on the other splits (K, N, B)")
    for s in cv.SPLITS:
        train = [r for r in rows if r["split"] != s]
        test = [r for r in rows if r["split"] == s]
        if not test: continue
        best = max(policies, key=lambda p: (right(train, p), p == current))
        a0, a1, c0, c1 = right(test, current), right(test, best), credited(test, current), credited(test, best)
        total.update(figures=len(test), right_now=a0, right_cv=a1, credited_now=c0, credited_cv=c1)
        print(f"{s:9} {len(test):6}  {a0:5} {a1:5} ({a1 - a0:+d})  {c0:5} {c1:5} ({c1 - c0:+d})  {best}")
    print("total", dict(total))
    print("each policy on all open splits: right, credited (gold figures that credit someone, right)")
    for p in policies: print(f"  {p}  {right(rows, p):5} {credited(rows, p):5}")


if __name__ == "__main__":
    main()
