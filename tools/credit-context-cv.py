#!/usr/bin/env python3
"""Chooses a credit-carrying policy by leave-one-set-out cross-validation over the open splits.

Input: the dump of an ingest run with -Dclaimgraph.dumpCredits=FILE (one JSON line per figure: the credit chosen, the rule
that chose it, the credits of its sentence, the sentences before and after, its paragraph, the nearest earlier credit, the
page's credit, the open quote's speaker, and features). Joins it with devset/gold (never the never-opened splits), then
learns a decision list (rule x up to DEPTH features -> one of keep/nobody/next/prev/last/article/speaker) on all splits but one and
scores it on the held-out one, for each split. Usage: tools/credit-context-cv.py DUMP [DEPTH] [MIN_GAIN]
"""
import collections, glob, itertools, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The open splits only (round 35: fresh29 opened); a never-opened set (devset/sealed/, fresh30) is never listed. The dump decides
# which of them a run scores: a split none of whose pages it holds has no rows.
SPLITS = ["tune", "heldout", "fresh"] + ["fresh%d" % i for i in range(2, 30)]
ACTIONS = ["keep", "nobody", "next", "prev", "last", "article", "speaker"]
FEATS = ["unit", "nextfig", "mm", "q", "own", "kind", "ds", "dp", "between", "next", "first", "art", "ownnames", "per", "actor", "actorbtw", "reach"]
STOP = {"the", "a", "an", "of", "to", "in", "on", "by", "and", "for", "from", "s"}


def organizations():
    out = {}
    for line in open(os.path.join(ROOT, "extractor/src/main/resources/org/claimgraph/lexicon/organizations.tsv")):
        cols = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[0] == "name": continue
        out[cols[1]] = cols[0]
        out[cols[0]] = cols[0]
    return out


ORGS = organizations()


def words(s):
    out = set()
    for w in re.split(r"[^\w]+", s.lower()):
        if w and w not in STOP and w != "_": out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def same(gold, got):
    """As the Scorer's sameCredit: both nobody, word overlap >= 0.5, or one organization of the lexicon."""
    if not gold or not got: return not gold and not got
    x, y = words(gold), words(got)
    if not x and not y: return True
    if x and y and len(x & y) / len(x | y) >= 0.5: return True
    org = lambda c: ORGS.get(re.sub(r"^(?:the|The)\s+", "", c.strip()))
    return org(gold) is not None and org(gold) == org(got)


def norm(s): return re.sub(r"\s+", " ", s or "").strip()


def load(dump_file):
    docsplit = {}
    for s in SPLITS:
        for f in os.listdir(os.path.join(ROOT, "devset", s)): docsplit[os.path.splitext(f)[0]] = s
    gold = []
    for g in sorted(glob.glob(os.path.join(ROOT, "devset/gold/*.jsonl"))):
        gold += [json.loads(l) for l in open(g) if l.strip()]
    gold = [g for g in gold if g["doc"] in docsplit]
    dump = [json.loads(l) for l in open(dump_file)]
    bydoc = collections.defaultdict(list)
    bysentence = collections.defaultdict(list)
    for d in dump:
        bydoc[d["doc"]].append(d)
        bysentence[(d["doc"], d["sentence_index"])].append(d)
    used, rows = set(), []
    for g in gold:
        free = [d for d in bydoc[g["doc"]] if id(d) not in used]
        cands = [d for d in free if d["quote"] == g["quote"]]
        best = [d for d in cands if norm(d["sentence"]) == norm(g.get("sentence"))] or cands
        if not best:
            best = [d for d in free if norm(d["sentence"]) == norm(g.get("sentence")) and (g["quote"] in d["quote"] or d["quote"] in g["quote"])]
        if not best: continue
        used.add(id(best[0]))
        rows.append(dict(best[0], split=docsplit[g["doc"]], gold=g.get("attributed_to") or g.get("speaker")))
    for r in rows: features(r, bysentence)
    return rows


def bucket(v, cuts):
    if v is None: return "na"
    for c in cuts:
        if v <= c: return str(c)
    return ">" + str(cuts[-1])


def unit_class(u):
    u = u or ""
    if u.lower() in ("day", "week", "month", "year", "hour"): return "time"
    if "/" in u: return "price"
    if u in ("percent", "percentage_point"): return "pct"
    if re.fullmatch(r"[A-Z]{3}", u): return "money"
    return "other"


def first(names): return next((n for n in names if n), None)


def features(r, bysentence):
    mwords = lambda m: {w for w in re.split(r"[^a-z0-9]+", (m or "").lower()) if len(w) > 2}
    cand = {"keep": r["quote_speaker"] if r["rule"] == "quote" else r["chosen"], "nobody": None, "next": first(r["next"]),
            "prev": first(r["prev"]), "last": first(reversed(r["last_before"])), "article": r["article"], "speaker": r["quote_speaker"]}
    r["ok"] = {a: same(r["gold"], v) for a, v in cand.items()}
    r["avail"] = {a: v is not None or a == "nobody" for a, v in cand.items()}
    # Whether the figure's measure shares a word with the measures of the sentence that gave a carried credit.
    mm = "na"
    # How the figure's year stands to the years of the figures the carried credit was given with (round 35): the same, earlier
    # (the writer's background), later, none stated on the figure, none on the source's, or the source's sentence states no figure.
    per = "na"
    year = lambda p: int(p[:4]) if p and re.match(r"\d{4}", p) else None
    if r["rule"] in ("running", "measure") and r["chosen"]:
        mm = "nocredit"
        per = "nosrcfig"
        for k in range(r["sentence_index"] - 1, -1, -1):
            ds = bysentence.get((r["doc"], k), [])
            if ds and r["chosen"] in ds[0]["own"]:
                mm = "yes" if mwords(r["measure"]) & set().union(*[mwords(d["measure"]) for d in ds]) else "no"
                years = {year(d["period"]) for d in ds} - {None}
                y = year(r["period"])
                per = "fignone" if y is None else "srcnone" if not years else "same" if y in years else "earlier" if y < min(years) else "later"
                break
    r["F"] = {"rule": r["rule"], "unit": unit_class(r.get("unit")), "mm": mm,
              "nextfig": str(bool(bysentence.get((r["doc"], r["sentence_index"] + 1)))), "q": str(r["in_quote"]),
              "own": "named" if any(r["own"]) else "nobody" if r["own"] else "no", "kind": r["kind"],
              "ds": bucket(r["last_before_sentences"], [1, 2, 4]), "dp": bucket(r["last_before_paragraphs"], [0, 1, 2]),
              "between": str(r["names_between"]),
              "next": ("same" if r["next_same_paragraph"] else "other") if any(r["next"]) else "no",
              "first": str(r["first_sentence_of_paragraph"]), "art": str(r["article"] is not None), "ownnames": str(r["own_names"]),
              "per": per, "actor": str(bool(actors(r.get("entities", []), cand["keep"]))),
              "actorbtw": str(bool(actors(r.get("entities_between", []), cand["keep"]))), "reach": str(r.get("running_reach"))}


def actors(entities, credit):
    """The organizations and persons of a sentence (the dump's "INDEX:TYPE:WORDS" runs) that share no word with the credit: a new actor."""
    cw = words(credit or "")
    return [e for e in entities if not words(e.split(":", 2)[2]) & cw]


def cells(r, depth):
    for k in range(depth + 1):
        for combo in itertools.combinations(FEATS, k):
            yield (("rule", r["F"]["rule"]),) + tuple((f, r["F"][f]) for f in combo)


def learn(train, depth, min_gain, min_splits=3, max_rules=15):
    """Greedy decision list: the cell and action of the largest net gain (in >= min_splits splits) first."""
    chosen = {id(r): "keep" for r in train}
    rules = []
    # Rows where the actions differ are the only ones that move a count; their cells are computed once.
    live = [r for r in train if len({r["ok"][a] for a in ACTIONS if r["avail"][a]}) > 1]
    cellsof = {id(r): list(cells(r, depth)) for r in live}
    for _ in range(max_rules):
        gain = collections.defaultdict(collections.Counter)
        per_split = collections.defaultdict(collections.Counter)
        for r in live:
            base = r["ok"][chosen[id(r)]]
            ds = [(a, int(r["ok"][a]) - int(base)) for a in ACTIONS[1:] if r["avail"][a]]
            ds = [(a, d) for a, d in ds if d]
            if not ds: continue
            for c in cellsof[id(r)]:
                g = gain[c]; ps = per_split[c]
                for a, d in ds:
                    g[a] += d
                    ps[(a, r["split"])] += d
        best = None
        for c, g in gain.items():
            for a, v in g.items():
                if v < min_gain or (best is not None and v <= best[0]): continue
                up = sum(1 for (aa, _), x in per_split[c].items() if aa == a and x > 0)
                if up >= min_splits: best = (v, c, a)
        if not best: break
        v, c, a = best
        rules.append((c, a, v))
        for r in live:
            if all(r["F"][f] == val for f, val in c) and r["avail"][a]: chosen[id(r)] = a
    return rules


def apply(rules, r):
    act = "keep"
    for c, a, _ in rules:
        if all(r["F"][f] == val for f, val in c) and r["avail"][a]: act = a
    return act


def main():
    rows = load(sys.argv[1])
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    min_gain = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    print("split     gold-credits  credited before/after  agreement before/after  fixed broken  rules")
    total = collections.Counter()
    for s in SPLITS:
        train = [r for r in rows if r["split"] != s]
        test = [r for r in rows if r["split"] == s]
        if not test: continue
        rules = learn(train, depth, min_gain)
        acts = [(r, apply(rules, r)) for r in test]
        credited = sum(1 for r in test if r["gold"])
        bc = sum(1 for r in test if r["gold"] and r["ok"]["keep"])
        nc = sum(1 for r, a in acts if r["gold"] and r["ok"][a])
        ba = sum(1 for r in test if r["ok"]["keep"])
        na = sum(1 for r, a in acts if r["ok"][a])
        fixed = sum(1 for r, a in acts if r["ok"][a] and not r["ok"]["keep"])
        broken = sum(1 for r, a in acts if not r["ok"][a] and r["ok"]["keep"])
        print(f"{s:9} {credited:5}  {bc:5} {nc:5} ({100 * (nc - bc) / max(credited, 1):+.1f}pt)  {ba:5} {na:5} ({100 * (na - ba) / len(test):+.1f}pt)"
              f"  {fixed:3} {broken:3}  {len(rules)}")
        total.update(bc=bc, nc=nc, ba=ba, na=na, fixed=fixed, broken=broken, up=int(na > ba), down=int(na < ba))
    print("total", dict(total))
    print("decision list learned on all open splits:")
    for c, a, v in learn(rows, depth, min_gain): print(f"  {v:+d} {a:8} {c}")


if __name__ == "__main__":
    main()
