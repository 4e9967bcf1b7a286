#!/usr/bin/env python3
# Compares two tools/devset-score.sh runs: prints each split whose row moved (F1, complete, credited, period, place,
# base → new and the change in points) and marks a row that lost more than 1.0 point of complete or credited (the keep
# rule the rounds merge by). Usage: tools/devset-compare.py BASE_TAG NEW_TAG   (reads /tmp/devscore-TAG/summary.tsv)
import sys


def load(tag):
    rows = {}
    with open(f"/tmp/devscore-{tag}/summary.tsv") as f:
        for i, line in enumerate(f):
            cols = line.rstrip("\n").split("\t")
            if i:
                rows[cols[0]] = cols
    return rows


def num(cell):
    return float(cell.rstrip("%"))


def main(base_tag, new_tag):
    base, new = load(base_tag), load(new_tag)
    print("split\tgold\tF1\tcomplete\tcredited\tperiod\tplace")
    for split in sorted(set(base) | set(new)):
        if split not in base or split not in new:
            print(f"{split}\tonly in {'base' if split in base else 'new'}")
            continue
        a, b = base[split], new[split]
        if a[1:] == b[1:]:
            continue
        out = [split, a[1] if a[1] == b[1] else f"{a[1]}→{b[1]}"]
        for k in range(2, 7):
            delta = num(b[k]) - num(a[k])
            if abs(delta) < 1e-9:
                out.append(a[k])
            elif k == 2:
                out.append(f"{a[k]}→{b[k]}")
            else:
                out.append(f"{a[k]}→{b[k]} ({delta:+.1f})")
        loss = any(num(b[k]) - num(a[k]) < -1.0 for k in (3, 4))
        print("\t".join(out) + ("\t<<< loses more than 1 point" if loss else ""))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: tools/devset-compare.py BASE_TAG NEW_TAG")
    main(sys.argv[1], sys.argv[2])
