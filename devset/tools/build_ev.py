#!/usr/bin/env python3
"""Build the EV part of the devset (pages, gold/ev.jsonl, SOURCES-ev.tsv) from devset/ann-ev/*.txt.

Each annotation file: "key: value" metadata lines, "---", one paragraph a line, "---", one figure a line:
quote | value (empty: parsed from the quote; "a..b" for a range) | unit | kind | basis | direction | qualifier |
period | measure | places (comma-separated) | attributed_to | speaker [| a substring of the sentence]; "-" is null.
Figures are listed in document order; each is looked up in the first sentence at or after the previous one.
"""
import html, json, re, sys, glob, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPLIT_RE = re.compile(r'(?<=[.!?])(?:["”’)]?)\s+(?=["“‘(]?[A-Z0-9$€£])')

def sentences(par):
    out, pos = [], 0
    for m in SPLIT_RE.finditer(par):
        # split point after optional closing quote
        end = m.start()
        seg = par[pos:m.end()].rstrip()
        out.append(seg)
        pos = m.end()
    out.append(par[pos:].rstrip())
    return [s for s in out if s]

MULT = {'million': 1e6, 'billion': 1e9, 'bn': 1e9, 'mn': 1e6, 'm': 1e6, 'trillion': 1e12, 'thousand': 1e3}
WORDS = {'one':1,'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10,'half':0.5}

def parse_value(q):
    s = q.replace(',', '')
    m = re.search(r'(\d+(?:\.\d+)?)\s*-?\s*(million|billion|bn|mn|trillion|thousand)?', s, re.I)
    if not m:
        w = re.search(r'\b(one|two|three|four|five|six|seven|eight|nine|ten)\b\s*(million|billion)?', s, re.I)
        if not w: raise ValueError('no number in ' + q)
        v = WORDS[w.group(1).lower()]
        if w.group(2): v *= MULT[w.group(2).lower()]
        return int(v) if v == int(v) else v
    v = float(m.group(1))
    if m.group(2): v *= MULT[m.group(2).lower()]
    v = round(v, 6)
    return int(v) if v == int(v) else v

def num(x):
    x = float(x); return int(x) if x == int(x) else x

def build(path):
    txt = open(path, encoding='utf-8').read()
    head, body, figs = txt.split('\n---\n')
    meta = {}
    for line in head.strip().split('\n'):
        k, _, v = line.partition(':'); meta[k.strip()] = v.strip()
    pars = [p.strip() for p in body.strip().split('\n') if p.strip()]
    did = meta['id']; split = meta['split']
    title = meta['title']
    e = lambda s: html.escape(s, quote=False)
    ea = lambda s: html.escape(s, quote=True)
    h = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{e(title)}</title>',
         f'<meta property="og:title" content="{ea(title)}">', f'<meta property="og:site_name" content="{ea(meta["publisher"])}">']
    if meta.get('date'): h.append(f'<meta property="article:published_time" content="{meta["date"]}">')
    if meta.get('author'): h.append(f'<meta name="author" content="{ea(meta["author"])}">')
    h.append(f'<link rel="canonical" href="{ea(meta["url"])}">')
    h.append(f'</head><body><article><h1>{e(title)}</h1>')
    for p in pars: h.append(f'<p>{e(p)}</p>')
    h.append('</article></body></html>')
    os.makedirs(f'{ROOT}/{split}', exist_ok=True)
    open(f'{ROOT}/{split}/{did}.html', 'w', encoding='utf-8').write('\n'.join(h) + '\n')
    # sentences in doc order
    sents = []
    for pi, p in enumerate(pars):
        for s in sentences(p): sents.append(s)
    gold = []
    cur, pos = 0, 0  # sentence cursor, and offset in it just after the previous figure's start
    for ln in figs.strip().split('\n'):
        ln = ln.strip()
        if not ln or ln.startswith('#'): continue
        f = [x.strip() for x in ln.split('|')]
        if len(f) < 12: f += ['-'] * (12 - len(f))
        if len(f) > 13: raise SystemExit(f'{did}: too many fields: {ln}')
        quote, val, unit, kind, basis, dr, qual, period, measure, place, attr, spk = f[:12]
        ctx = f[12] if len(f) > 12 else None
        # find sentence at or after cursor containing quote (and ctx)
        idx = None
        for i in range(cur, len(sents)):
            at = sents[i].find(quote, pos if i == cur else 0)
            if at >= 0 and (not ctx or ctx in sents[i]): idx = i; break
        if idx is None: raise SystemExit(f'{did}: quote not found after sentence {cur}: {ln}')
        if idx > cur and quote in sents[cur][:pos]:
            print(f'{did}: warning: {quote!r} also earlier in sentence {cur}; listed out of order?', file=sys.stderr)
        cur, pos = idx, at + 1
        N = lambda x: None if x in ('-', '') else x
        vmax = None
        if val in ('', '-'): value = parse_value(quote)
        elif '..' in val: a, b = val.split('..'); value, vmax = num(a), num(b)
        else: value = num(val)
        gold.append({'doc': did, 'quote': quote, 'start': None, 'end': None, 'value': value, 'value_max': vmax,
            'unit': unit, 'kind': kind, 'basis': N(basis), 'direction': N(dr), 'qualifier': N(qual), 'period': N(period),
            'measure': measure, 'place': [] if place in ('-', '') else place.split(','), 'attributed_to': N(attr),
            'speaker': N(spk), 'sentence': sents[idx], 'sentence_start': None, 'sentence_end': None})
    src = '\t'.join([did, split, meta['url'], meta['publisher'], meta.get('date') or '-', meta.get('story') or '-', meta.get('notes') or '-'])
    return gold, src, sents

def option(name, default):
    # build_ev.py [-v] [--ann DIR] [--glob PATTERN] [--gold FILE] [--sources FILE]: paths relative to devset/
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default

if __name__ == '__main__':
    ann, pattern = option('--ann', 'ann-ev'), option('--glob', 'e-*.txt')
    gold_file, sources_file = option('--gold', 'gold/ev.jsonl'), option('--sources', 'SOURCES-ev.tsv')
    allg, srcs = [], []
    for p in sorted(glob.glob(os.path.join(ROOT, ann, pattern))):
        g, s, sents = build(p); allg += g; srcs.append(s)
        if '-v' in sys.argv:
            for x in g: print(x['doc'], repr(x['quote']), x['value'], x['unit'], x['kind'], x['basis'], x['direction'], x['period'], x['place'], x['attributed_to'], x['speaker'], '::', x['sentence'][:60])
        print(f'{s.split(chr(9))[0]}: {len(g)} figures', file=sys.stderr)
    os.makedirs(f'{ROOT}/gold', exist_ok=True)
    with open(os.path.join(ROOT, gold_file), 'w', encoding='utf-8') as out:
        for x in allg: out.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, sources_file), 'w', encoding='utf-8') as out:
        out.write('id\tsplit\turl\tpublisher\tdate\tstory\tnotes\n')
        for s in srcs: out.write(s + '\n')
    print(f'{len(srcs)} articles, {len(allg)} figures', file=sys.stderr)
