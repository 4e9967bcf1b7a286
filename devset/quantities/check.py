#!/usr/bin/env python3
"""Validates sentences.jsonl: schema, Java (UTF-16) offsets, unit codes and IRIs against UNITS.md,
ids and splits (every 5th id is heldout, except the trailing block of split "fresh"), and SOURCES.tsv; prints counts. Exit 1 on any error.

Usage: python3 devset/quantities/check.py
"""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "split", "url", "publisher", "domain", "sentence", "quantities"]
QKEYS = ["quote", "start", "end", "value", "value_max", "unit", "unit_iri", "qualifier", "kind"]
DOMAINS = {"business", "science", "sport", "weather", "technology", "health", "minerals",
           "energy", "environment", "agriculture", "transport", "general"}
KINDS = {"amount", "change", "share"}

def units_md():
    units = {}
    for line in open(os.path.join(HERE, 'UNITS.md'), encoding='utf-8'):
        m = re.match(r'^\|\s*`([^`]+)`\s*\|\s*([^|]*)\|', line)
        if m:
            iri = m.group(2).strip()
            units[m.group(1)] = iri if iri.startswith('http') else None
    return units

def java_slice(s, start, end):
    b = s.encode('utf-16-le')
    return b[2 * start:2 * end].decode('utf-16-le')

def main():
    units = units_md()
    errs = []
    recs = []
    seen_fresh = False
    path = os.path.join(HERE, 'sentences.jsonl')
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append(f'line {n}: bad JSON: {e}')
            continue
        recs.append(r)
        where = f"line {n} ({r.get('id')})"
        if list(r.keys()) != KEYS:
            errs.append(f'{where}: keys {list(r.keys())} != {KEYS}')
            continue
        if r['id'] != f'q{n:04d}':
            errs.append(f'{where}: id should be q{n:04d}')
        seen_fresh = seen_fresh or r['split'] == 'fresh'
        want = 'fresh' if seen_fresh else 'heldout' if n % 5 == 0 else 'tune'
        if r['split'] != want:
            errs.append(f'{where}: split {r["split"]} should be {want}')
        if r['domain'] not in DOMAINS:
            errs.append(f'{where}: unknown domain {r["domain"]}')
        if not r['url'].startswith('http') or not r['publisher']:
            errs.append(f'{where}: url/publisher missing')
        s = r['sentence']
        if not s or s != s.strip():
            errs.append(f'{where}: empty or untrimmed sentence')
        prev = -1
        for q in r['quantities']:
            if list(q.keys()) != QKEYS:
                errs.append(f'{where}: quantity keys {list(q.keys())}')
                continue
            if java_slice(s, q['start'], q['end']) != q['quote']:
                errs.append(f'{where}: offsets {q["start"]}:{q["end"]} do not give {q["quote"]!r}')
            if q['start'] < prev:
                errs.append(f'{where}: quantities not in text order or overlapping at {q["quote"]!r}')
            prev = q['end']
            # the quote must not start or end inside a longer token ("100%" inside "1100%")
            t = s.encode('utf-16-le')
            before = t[2 * q['start'] - 2:2 * q['start']].decode('utf-16-le') if q['start'] > 0 else ''
            before2 = t[2 * q['start'] - 4:2 * q['start'] - 2].decode('utf-16-le') if q['start'] > 1 else ''
            after = t[2 * q['end']:2 * q['end'] + 2].decode('utf-16-le')
            if q['quote'] and ((before.isalnum() and q['quote'][0].isalnum())
                               or (before in '.,' and before and before2.isdigit() and q['quote'][0].isdigit())
                               or (after.isdigit() and q['quote'][-1].isdigit())):
                errs.append(f'{where}: quote {q["quote"]!r} starts or ends inside a longer token')
            if not isinstance(q['value'], (int, float)) or isinstance(q['value'], bool):
                errs.append(f'{where}: value not a number in {q["quote"]!r}')
            if q['value_max'] is not None and not (isinstance(q['value_max'], (int, float)) and q['value_max'] > q['value']):
                errs.append(f'{where}: value_max must be a number above value in {q["quote"]!r}')
            if q['unit'] not in units:
                errs.append(f'{where}: unit {q["unit"]!r} not in UNITS.md')
            elif units[q['unit']] != q['unit_iri']:
                errs.append(f'{where}: unit_iri {q["unit_iri"]} != UNITS.md {units[q["unit"]]} for {q["unit"]}')
            if q['kind'] not in KINDS:
                errs.append(f'{where}: kind {q["kind"]}')
            if q['qualifier'] is not None and (not q['qualifier'] or q['qualifier'] in q['quote']):
                errs.append(f'{where}: qualifier {q["qualifier"]!r} must be outside the quote')
    ids = [r.get('id') for r in recs]
    if len(set(ids)) != len(ids):
        errs.append('duplicate ids')
    sents = Counter(r['sentence'] for r in recs)
    for s, c in sents.items():
        if c > 1:
            errs.append(f'duplicate sentence: {s[:60]}')
    # SOURCES.tsv agrees with the sentences
    src = Counter((r['url'], r['publisher'], r['domain']) for r in recs)
    rows = {}
    for i, line in enumerate(open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8')):
        if i == 0:
            continue
        u, p, d, c = line.rstrip('\n').split('\t')
        rows[(u, p, d)] = int(c)
    if rows != dict(src):
        errs.append('SOURCES.tsv does not match sentences.jsonl (run build.py)')
    qs = [q for r in recs for q in r['quantities']]
    print(f'sentences: {len(recs)}  quantities: {len(qs)}  '
          f'heldout: {sum(r["split"] == "heldout" for r in recs)}  '
          f'fresh: {sum(r["split"] == "fresh" for r in recs)} ({sum(len(r["quantities"]) for r in recs if r["split"] == "fresh")} quantities)  '
          f'without quantities: {sum(not r["quantities"] for r in recs)}  '
          f'sites: {len(set(r["publisher"] for r in recs))}')
    print('per domain (sentences/quantities):', ', '.join(
        f'{d} {c}/{sum(len(r["quantities"]) for r in recs if r["domain"] == d)}'
        for d, c in Counter(r['domain'] for r in recs).most_common()))
    print('per unit:', ', '.join(f'{u} {c}' for u, c in Counter(q['unit'] for q in qs).most_common()))
    print('per kind:', dict(Counter(q['kind'] for q in qs)),
          ' ranges:', sum(q['value_max'] is not None for q in qs),
          ' qualified:', sum(q['qualifier'] is not None for q in qs),
          ' negative:', sum(q['value'] < 0 for q in qs))
    if errs:
        print('\n'.join(errs[:50]), file=sys.stderr)
        print(f'{len(errs)} errors', file=sys.stderr)
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
