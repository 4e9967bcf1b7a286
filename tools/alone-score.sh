#!/usr/bin/env bash
# Scores the extractor on sentences read alone (devset/alone: one sentence per .txt file, no title, no date), per split.
# Usage: tools/alone-score.sh TAG [SPLIT...]   (splits: dev heldout dev2 heldout2; default dev only — heldouts are read at the end)
# Writes /tmp/alone-TAG/SPLIT.eval (eval --details) and /tmp/alone-TAG/summary.tsv. Exits 1 when a split falls below its
# floor in devset/alone/floors.tsv (set at the measured level: a check that reports, and fails only on a loss).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tag="${1:?usage: tools/alone-score.sh TAG [SPLIT...]}"; shift
splits=("${@:-dev}")
out="/tmp/alone-$tag"
rm -rf "$out"; mkdir -p "$out"
dirs=(); for s in "${splits[@]}"; do dirs+=("$root/devset/alone/text/$s"); done
"$root/claimgraph" ingest --store "$out/store" "${dirs[@]}" > "$out/ingest.log" 2>&1 || { echo "ingest failed: see $out/ingest.log"; tail -5 "$out/ingest.log"; }
printf "split\tgold\tF1\tcomplete\tcredited\tvalue\tunit\tkind\tbasis\tperiod\tplace\tattributed_to\n" > "$out/summary.tsv"
for s in "${splits[@]}"; do
  "$root/claimgraph" eval --store "$out/store" --details "$root/devset/alone/gold-$s.jsonl" > "$out/$s.eval" 2>&1 || true
  python3 - "$out/$s.eval" "$s" >> "$out/summary.tsv" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def pct(pattern):
    m = re.search(pattern, t, re.M)
    return m.group(1) if m else "?"
gold = pct(r"^figures: gold (\d+)")
cols = [sys.argv[2], gold, pct(r"F1 ([0-9.]+)"), pct(r"^complete .*?= ([0-9.]+)%"), pct(r"^attribution right: .*?= ([0-9.]+)%")]
for a in ["value", "unit", "kind", "basis", "period", "place", "attributed_to"]:
    cols.append(pct(r"^\s+" + a + r"\s+\d+/\d+ =\s*([0-9.]+)%"))
print("\t".join(cols))
PY
done
cat "$out/summary.tsv"
python3 - "$out/summary.tsv" "$root/devset/alone/floors.tsv" <<'PY'
import sys, os
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
head, got = rows[0], {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
if not os.path.exists(sys.argv[2]): sys.exit(0)
bad = []
for line in open(sys.argv[2]):
    if line.startswith("#") or line.startswith("split\t"): continue
    split, col, floor = line.split()
    if split in got and float(got[split][col]) < float(floor): bad.append(f"{split} {col} {got[split][col]} < floor {floor}")
if bad: print("below floor: " + "; ".join(bad)); sys.exit(1)
PY
