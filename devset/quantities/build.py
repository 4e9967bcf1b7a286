#!/usr/bin/env python3
"""Builds sentences.jsonl and SOURCES.tsv from the hand annotation in source.txt.

source.txt format (blocks separated by blank lines; lines starting with '#' are comments):
  @ URL | domain            -> sets the page (publisher = host without www.) for the next sentences
  S sentence text           -> a sentence (exactly as on the page)
  % split fresh             -> every later sentence is in split "fresh" (a second held-out set, built
                               in one pass after the rules were written; see GUIDELINES.md)
  Q quote | value | value_max | unit | qualifier | kind
                            -> one quantity of the last sentence; '-' = null; kind defaults to amount;
                               quote may end in '#N' to take its N-th occurrence (1-based).
A sentence with no Q line has an empty quantity list (a negative example).
Offsets are Java (UTF-16 code unit) offsets: sentence[start:end] == quote.
"""
import json, re, sys, os
from collections import Counter
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))

def utf16_len(s):
    return len(s.encode('utf-16-le')) // 2

def load_units():
    """Unit code -> IRI (or None) from the tables of UNITS.md."""
    units = {}
    for line in open(os.path.join(HERE, 'UNITS.md'), encoding='utf-8'):
        m = re.match(r'^\|\s*`([^`]+)`\s*\|\s*([^|]*)\|', line)
        if m:
            iri = m.group(2).strip()
            units[m.group(1)] = iri if iri.startswith('http') else None
    return units

def num(s):
    s = s.strip()
    if s == '-':
        return None
    v = float(s)
    return int(v) if v == int(v) and 'e' not in s.lower() and '.' not in s else v

def main():
    units = load_units()
    out, sources = [], {}
    url = domain = None
    cur = None
    fresh = False
    errors = []
    for lineno, raw in enumerate(open(os.path.join(HERE, 'source.txt'), encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        tag, _, rest = line.partition(' ')
        if tag == '%':
            if rest.strip() != 'split fresh':
                errors.append(f'source.txt:{lineno}: unknown directive: {line}')
            fresh = True
        elif tag == '@':
            url, domain = [p.strip() for p in rest.rsplit('|', 1)]
        elif tag == 'S':
            cur = {"url": url, "publisher": re.sub(r'^www\.', '', urlparse(url).hostname or ''),
                   "domain": domain, "sentence": rest, "quantities": [], "fresh": fresh}
            out.append(cur)
        elif tag == 'Q':
            parts = [p.strip() for p in rest.split(' | ')]
            if len(parts) == 5:
                parts.append('amount')
            if len(parts) != 6:
                errors.append(f'source.txt:{lineno}: expected 5 or 6 fields: {line}')
                continue
            quote, value, vmax, unit, qual, kind = parts
            occ = 1
            m = re.match(r'^(.*)#(\d+)$', quote)
            if m:
                quote, occ = m.group(1), int(m.group(2))
            s = cur['sentence']
            idx = -1
            for _ in range(occ):
                idx = s.find(quote, idx + 1)
                if idx < 0:
                    break
            if idx < 0:
                errors.append(f'source.txt:{lineno}: quote {quote!r} (#{occ}) not in sentence')
                continue
            if unit not in units:
                errors.append(f'source.txt:{lineno}: unit {unit!r} not in UNITS.md')
                continue
            start = utf16_len(s[:idx])
            cur['quantities'].append({"quote": quote, "start": start, "end": start + utf16_len(quote),
                                      "value": num(value), "value_max": num(vmax), "unit": unit,
                                      "unit_iri": units[unit], "qualifier": None if qual == '-' else qual,
                                      "kind": kind})
        else:
            errors.append(f'source.txt:{lineno}: unknown line: {line}')
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, 'sentences.jsonl'), 'w', encoding='utf-8') as f:
        for i, rec in enumerate(out, 1):
            fresh = rec.pop("fresh")
            split = "fresh" if fresh else "heldout" if i % 5 == 0 else "tune"
            rec = {"id": f"q{i:04d}", "split": split, **rec}
            # quantities in text order
            rec["quantities"].sort(key=lambda q: (q["start"], q["end"]))
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            k = (rec['url'], rec['publisher'], rec['domain'])
            sources[k] = sources.get(k, 0) + 1
    with open(os.path.join(HERE, 'SOURCES.tsv'), 'w', encoding='utf-8') as f:
        f.write('url\tpublisher\tdomain\tsentences\n')
        for (u, p, d), n in sources.items():
            f.write(f'{u}\t{p}\t{d}\t{n}\n')
    update_uses(Counter(q['unit'] for rec in out for q in rec['quantities']))
    print(f'wrote {len(out)} sentences')


def update_uses(uses):
    """Rewrites the last column (uses) of the unit tables in UNITS.md."""
    path = os.path.join(HERE, 'UNITS.md')
    lines = open(path, encoding='utf-8').read().split('\n')
    for i, line in enumerate(lines):
        m = re.match(r'^(\|\s*`([^`]+)`\s*\|.*\|)\s*\d+\s*\|$', line)
        if m:
            lines[i] = f'{m.group(1)} {uses.get(m.group(2), 0)} |'
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))

if __name__ == '__main__':
    main()
