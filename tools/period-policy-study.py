#!/usr/bin/env python3
"""Period policy study (period7): which default gold follows for a figure whose sentence states no period.

Usage:
  mvn -B -o -q -pl extractor -am test -Dtest=PeriodPolicyStudy -Dsurefire.failIfNoSpecifiedTests=false \
      -Dperiod.study=/tmp/study.jsonl
  python3 tools/period-policy-study.py /tmp/study.jsonl /tmp/coord-integ6d.scores   # a score.sh run with --details files

For every gold figure the harness gives its sentence's period mentions, paragraph, the page's date, fallback year and lede
period; the extracted period comes from the score.sh details (a figure without a period disagreement got the gold's).
Prints, for figures whose sentence states no period of its own: each policy's right answers per set; the publishers (docs)
a fill policy wins and loses where the extractor leaves the period empty; and the leave-one-set-out choice of a policy per
cell (same/new paragraph x share/other x carried/empty), scored on the left-out set.
"""
import collections, json, re, sys

study, scores = sys.argv[1], sys.argv[2]
rows = [json.loads(l) for l in open(study)]
got, missed = {}, set()
for split in 'tune heldout fresh-dev fresh-heldout fresh2 fresh3 fresh4 fresh5 fresh6'.split():
    mode = None
    try:
        lines = open(f'{scores}.{split}').read().splitlines()
    except FileNotFoundError:
        continue
    for l in lines:
        if l.startswith('missed'): mode = 'missed'; continue
        if l.startswith('extra'): mode = 'extra'; continue
        if l.startswith('disagreements'): mode = 'dis'; continue
        m = re.match(r'  (\S+) "(.*?)": (.*)$', l)
        if m and mode == 'dis':
            pm = re.search(r'period: gold (\S+) / got (\S+?)(;|$)', m.group(3))
            if pm: got.setdefault((m.group(1), m.group(2)), []).append(None if pm.group(2) == 'null' else pm.group(2))
        m2 = re.match(r'  (\S+) "(.*?)" in:', l)
        if m2 and mode == 'missed': missed.add((m2.group(1), m2.group(2)))

def setname(r):
    s = r['set'].replace('.jsonl', '')
    return 'tune/heldout' if s in ('minerals', 'ev') else s.split('-')[0]

bydoc = collections.defaultdict(list)
for r in rows:
    if r['at'] >= 0: bydoc[r['doc']].append(r)
out = []
for doc, fs in bydoc.items():
    fs.sort(key=lambda r: (r['at'], r['qpos']))
    used = collections.Counter()
    for r in fs:
        k = (doc, r['quote'])
        if k in missed: r['ext'] = 'MISSED'
        elif k in got and used[k] < len(got[k]): r['ext'] = got[k][used[k]]; used[k] += 1
        else: r['ext'] = r['gold'] or None
        r['g'] = r['gold'] or None
        r['states'] = any(not m['basis'] for m in r['mentions'])
    exts = collections.Counter(r['ext'] for r in fs if r['ext'] and r['ext'] != 'MISSED')
    last = None
    for i, r in enumerate(fs):
        prev = fs[i - 1] if i else None
        c = exts.copy()
        if r['ext'] and r['ext'] != 'MISSED': c[r['ext']] -= 1
        r['pol'] = {
            'current': r['ext'],
            'null': None,
            'prev_ext': prev['ext'] if prev and prev['ext'] != 'MISSED' else None,
            'last_ext': last,
            'lede': r['lede'] or None,
            'dom_ext': c.most_common(1)[0][0] if c and c.most_common(1)[0][1] > 0 else None,
            'date_month': r['date'][:7] if r['date'] else None,
            'year': (r['date'][:4] if r['date'] else None) or (str(r['fallback']) if r['fallback'] else None),
        }
        if r['ext'] and r['ext'] != 'MISSED': last = r['ext']
        r['set2'] = setname(r)
        r['samepara'] = bool(prev) and prev['para'] == r['para']
        out.append(r)

U = [r for r in out if not r['states'] and r['ext'] != 'MISSED']
P = list(U[0]['pol'])
sets = sorted(set(r['set2'] for r in U))
print('figures whose sentence states no period: right answers per policy')
print('%-13s %5s ' % ('set', 'n') + ' '.join('%10s' % p for p in P))
for s in sets + ['ALL']:
    rs = [r for r in U if s == 'ALL' or r['set2'] == s]
    print('%-13s %5d ' % (s, len(rs)) + ' '.join('%10d' % sum(r['pol'][p] == r['g'] for r in rs) for p in P))

def cell(r):
    return ('samepara' if r['samepara'] else 'newpara', 'share' if r['kind'] == 'share' else 'other',
            'carried' if r['ext'] is not None else 'empty')

print('\nper cell (all sets): right answers, and publishers won minus lost against the current extractor')
for c in sorted(set(map(cell, U))):
    rs = [r for r in U if cell(r) == c]
    parts = []
    for p in P:
        net = 0
        for d in set(r['doc'] for r in rs):
            dr = [r for r in rs if r['doc'] == d]
            delta = sum(r['pol'][p] == r['g'] for r in dr) - sum(r['ext'] == r['g'] for r in dr)
            net += (delta > 0) - (delta < 0)
        parts.append('%s %d (%+d)' % (p, sum(r['pol'][p] == r['g'] for r in rs), net))
    print('%-24s n %4d  ' % ('/'.join(c), len(rs)) + ', '.join(parts))

print('\nleave one set out: a policy per cell chosen on the other sets, scored on the left-out one')
print('%-13s %5s %8s %8s  %s' % ('left out', 'n', 'current', 'chosen', 'cells not left to the current extractor'))
for s in sets:
    train = [r for r in U if r['set2'] != s]; test = [r for r in U if r['set2'] == s]
    choice = {c: max(P, key=lambda p: (sum(r['pol'][p] == r['g'] for r in train if cell(r) == c), p == 'current'))
              for c in set(map(cell, U))}
    print('%-13s %5d %8d %8d  %s' % (s, len(test), sum(r['ext'] == r['g'] for r in test),
          sum(r['pol'][choice[cell(r)]] == r['g'] for r in test),
          {'/'.join(k): v for k, v in choice.items() if v != 'current'}))
