#!/usr/bin/env python3
"""Present year of undated pages: join the present-year dump with the open splits' gold, and score policies.

Usage:
  CLAIMGRAPH_JAVA_OPTS="-Dclaimgraph.dumpYears=/tmp/years.jsonl" DEVSET_SKIP="fresh12 fresh13" tools/devset-score.sh TAG
  tools/present-year-cv.py /tmp/years.jsonl [pages|cv]

The dump holds, per undated page, the present year chosen and every year the text states with how it is stated, and per
figure the period it gets with the present as chosen, one year earlier and one later. A figure whose period moves with the
present is decided by the present-year choice; its gold gives the page's true present (the shift that makes it right).
Only the open splits are read.
"""
import collections
import importlib.util
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# The open splits and the gold matching eval's, shared with the period-context study.
_spec = importlib.util.spec_from_file_location("context_policy_cv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "context-policy-cv.py"))
_ctx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ctx)
SPLITS, split_of_docs, matched = _ctx.SPLITS, _ctx.split_of_docs, _ctx.matched


def shift(period, d):
    return None if period is None else re.sub(r"(?<!\d)(19|20)\d\d(?!\d)", lambda m: str(int(m.group(0)) + d), period)


def load(dump_file):
    split_of = split_of_docs()
    # A page's figure lines follow its page line; the headline is extracted again as a page of its own (TitleFigures): keep
    # the longest reading of each document.
    pages, figs, current = {}, collections.defaultdict(list), {}
    for line in open(dump_file):
        d = json.loads(line)
        if d["doc"] not in split_of:
            continue
        if d["type"] == "page":
            current[d["doc"]] = d
            if d["doc"] not in pages or d["length"] > pages[d["doc"]]["length"]:
                pages[d["doc"]] = dict(d, split=split_of[d["doc"]], figures=[])
                figs[d["doc"]] = []
        elif current[d["doc"]]["length"] == pages[d["doc"]]["length"]:
            figs[d["doc"]].append(d)
    for g, d in matched(figs, pages):
        f = dict(d, gold=g["period"])
        f["dependent"] = d["later"] not in (d["period"], "?")
        f["linear"] = d["later"] == shift(d["period"], 1) and d["earlier"] == shift(d["period"], -1)
        f["delta"] = next((k for k in (0, 1, -1, 2, -2, 3, -3) if shift(d["period"], k) == g["period"]), None)
        pages[g["doc"]]["figures"].append(f)
    for p in pages.values():
        deltas = collections.Counter(f["delta"] for f in p["figures"] if f["dependent"] and f["linear"] and f["delta"] is not None)
        p["deltas"] = deltas
        p["goldDelta"] = deltas.most_common(1)[0][0] if deltas else None
    return pages


def right(page, present):
    """Figures of the page right with this present year (dependent ones moved by the shift)."""
    d = present - page["present"] if present else 0
    n = 0
    for f in page["figures"]:
        if f["dependent"] and f["linear"]:
            n += shift(f["period"], d) == f["gold"]
        else:
            n += f["period"] == f["gold"]
    return n


def describe(pages):
    dep = [f for p in pages.values() for f in p["figures"] if f["dependent"]]
    print("undated pages %d, joined figures %d, dependent %d (linear %d)" % (
        len(pages), sum(len(p["figures"]) for p in pages.values()), len(dep), sum(f["linear"] for f in dep)))
    c = collections.Counter(f["delta"] for f in dep if f["linear"])
    print("dependent figures by the shift the gold asks:", dict(c))
    wrong_year = [f for p in pages.values() for f in p["figures"] if f["delta"] in (1, -1, 2, -2)]
    print("figures right but for the year: %d, of them dependent %d" % (len(wrong_year), sum(f["dependent"] for f in wrong_year)))
    for p in sorted(pages.values(), key=lambda p: (p["split"], p["doc"])):
        if p["goldDelta"] in (None, 0) and not any(f["dependent"] and f["delta"] not in (0, None) for f in p["figures"]):
            continue
        print("\n%s %s present %s lastYear %s reported %s month %s gold %+d %s thisYear=%s" % (
            p["split"], p["doc"], p["present"], p["lastYear"], p["reported"], p["presentMonth"],
            p["goldDelta"] or 0, dict(p["deltas"]), p["thisYear"]))
        for y in p["years"]:
            flags = [k for k in ("past", "perfect", "future", "thisYear", "lastYear", "quoted", "day", "month", "quarter", "fiscal", "since",
                                 "record", "in", "figure") if y[k]]
            print("   %d->%s %-11s line %3d %s" % (y["year"], y["v"], y["as"], y["line"], " ".join(flags)))


def features(p):
    """Boolean features of a page's present-year decision: how the chosen year and the other years are stated."""
    ys = p["years"]
    top = [y for y in ys if y["as"] in ("present", "base") and y["v"] == p["present"]]
    stated = [y for y in top if y["as"] == "present"]
    month = int(p["presentMonth"][5:]) if p["presentMonth"] else 0
    later = [y for y in ys if y["year"] > p["present"]]
    f = {
        "reportedIsPresent": p["reported"] > 0 and p["reported"] == p["present"],
        "reportedBefore": 0 < p["reported"] < p["present"],
        "thisYearOnPage": p["thisYear"],
        "lastYearOnPage": p["lastYearWords"],
        "presentOnlyAsBase": bool(top) and not stated,
        "presentNotStated": not top,
        "presentOnce": len(top) == 1,
        "presentAllPast": bool(top) and all(y["past"] and not y["perfect"] and not y["future"] for y in top),
        "presentPerfect": any(y["perfect"] for y in top),
        "presentFuture": any(y["future"] for y in top),
        "presentWithThisYear": any(y["thisYear"] for y in top),
        "presentWithLastYear": any(y["lastYear"] for y in top),
        "presentWithDay": any(y["day"] for y in top),
        "presentWithMonth": any(y["month"] for y in top),
        "presentWithQuarter": any(y["quarter"] for y in top),
        "presentQuoted": any(y["quoted"] for y in top),
        "presentInLede": any(y["line"] <= 1 for y in top),
        "presentLate": bool(top) and min(y["line"] for y in top) >= 7,
        "presentInFigureSentence": any(y["figure"] for y in top),
        "presentMonthKnown": month > 0,
        "presentMonthLate": month >= 10,
        "presentMonthEarly": 0 < month <= 3,
        "laterPlanned": any(y["as"] in ("planned", "target") for y in later),
        "laterLookedBackOrMilestone": any(y["as"] in ("looked_back", "milestone") for y in later),
        "laterLastYear": any(y["lastYear"] for y in later),
        "earlierWithThisYear": any(y["thisYear"] and y["year"] < p["present"] for y in ys),
        "onlyOneYear": len({y["year"] for y in ys}) == 1,
        "noOtherPresentYear": not any(y["as"] == "present" and y["year"] < p["present"] for y in ys),
    }
    return f


def gain(rule, pages):
    """Figures fixed and broken, pages fixed and broken, when the pages matching the rule's features shift their present."""
    conds, delta = rule
    fixed = broken = pfix = pbreak = 0
    for p in pages:
        if not all(p["f"][c] for c in conds):
            continue
        before, after = right(p, p["present"]), right(p, p["present"] + delta)
        fixed += max(0, after - before)
        broken += max(0, before - after)
        pfix += after > before
        pbreak += after < before
    return fixed, broken, pfix, pbreak


def learn(pages, depth=3, min_gain=3):
    """A greedy decision list: each rule (one or two features, a shift) with the largest net gain on pages not yet matched."""
    names = sorted(pages[0]["f"]) if pages else []
    rules = [((a,), d) for a in names for d in (-1, 1)] + [((a, b), d) for i, a in enumerate(names) for b in names[i + 1:] for d in (-1, 1)]
    chosen, left = [], list(pages)
    for _ in range(depth):
        best = max(rules, key=lambda r: (lambda g: (g[0] - g[1], -len(r[0])))(gain(r, left)))
        g = gain(best, left)
        if g[0] - g[1] < min_gain:
            break
        chosen.append(best)
        left = [p for p in left if not all(p["f"][c] for c in best[0])]
    return chosen


def apply(rules, pages):
    fixed = broken = pfix = pbreak = 0
    left = list(pages)
    for r in rules:
        g = gain(r, left)
        fixed, broken, pfix, pbreak = fixed + g[0], broken + g[1], pfix + g[2], pbreak + g[3]
        left = [p for p in left if not all(p["f"][c] for c in r[0])]
    return fixed, broken, pfix, pbreak


def cv(pages, min_gain=3):
    pages = [dict(p, f=features(p)) for p in pages.values()]
    print("min gain %d: split  figures(dependent)  fixed  broken  net  pages+  pages-  rules chosen on the other splits" % min_gain)
    total = [0, 0, 0, 0]
    for split in SPLITS:
        train = [p for p in pages if p["split"] != split]
        test = [p for p in pages if p["split"] == split]
        rules = learn(train, min_gain=min_gain)
        g = apply(rules, test)
        total = [a + b for a, b in zip(total, g)]
        dep = sum(1 for p in test for f in p["figures"] if f["dependent"])
        print("%-8s %4d  %4d  %4d  %+4d  %3d  %3d  %s" % (split, dep, g[0], g[1], g[0] - g[1], g[2], g[3],
                                                       "; ".join("%s→%+d" % ("&".join(c), d) for c, d in rules)))
    print("total          %4d  %4d  %+4d  %3d  %3d" % (total[0], total[1], total[0] - total[1], total[2], total[3]))
    print("on all splits:", "; ".join("%s→%+d %s" % ("&".join(c), d, gain((c, d), pages)) for c, d in learn(pages, min_gain=min_gain)))


if __name__ == "__main__":
    pages = load(sys.argv[1])
    mode = sys.argv[2] if len(sys.argv) > 2 else "cv"
    if mode == "pages":
        describe(pages)
    else:
        for g in (1, 3, 5):
            cv(pages, g)
