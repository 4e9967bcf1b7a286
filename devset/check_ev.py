#!/usr/bin/env python3
"""Check the EV development-set gold (devset/gold/ev.jsonl) against the article pages.

Usage: python3 devset/check_ev.py [--reader] [devset/gold/ev.jsonl]

For each gold line: all keys present, the quote inside the sentence, the sentence inside the text of
the article's paragraphs (title + <p> text of devset/{tune,heldout}/<doc>.html), allowed unit and kind
codes, basis/direction values, ISO period format, 2-letter place codes; and each article of
SOURCES-ev.tsv has a page and at least one figure. With --reader, also checks that every sentence is
in the text the project's reader extracts (`./claimgraph article PAGE`, run from the repository root).
Prints one line per problem; exit 1 if any.
"""
import html, json, os, re, sys
from html.parser import HTMLParser

KEYS = ['doc', 'quote', 'start', 'end', 'value', 'value_max', 'unit', 'kind', 'basis', 'direction', 'qualifier',
        'period', 'measure', 'place', 'attributed_to', 'speaker', 'sentence', 'sentence_start', 'sentence_end']
UNITS = {'tonne', 'kg', 'gram', 'pound', 'ounce', 'percent', 'percentage-point', 'factor', 'vehicle', 'count',
         'GWh', 'MWh', 'kWh', 'GW', 'MW', 'kilotonne', 'megatonne', 'troy-ounce', 'USD/tonne', 'CNY/tonne',
         'USc/pound', 'USD/pound', 'USD/kWh', 'tonne/year', 'km', 'TWh', 'EUR/kWh'}
CURRENCY = re.compile(r'^[A-Z]{3}$')
NOUN = re.compile(r'^[a-z][a-z-]*$')  # counted things: singular noun
PERIOD = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$')
NAMES = {'BYD', 'Tesla', 'Geely', 'Xpeng', 'Zeekr', 'Leapmotor', 'Li', 'Ford', 'Nio', 'CATL', 'Gotion', 'CALB', 'Stellantis'}
HERE = os.path.dirname(os.path.abspath(__file__))


class Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(); self.texts, self.cur, self.depth = [], None, 0
    def handle_starttag(self, tag, attrs):
        if tag in ('p', 'h1', 'li'): self.cur = []
    def handle_endtag(self, tag):
        if tag in ('p', 'h1', 'li') and self.cur is not None:
            self.texts.append(''.join(self.cur)); self.cur = None
    def handle_data(self, data):
        if self.cur is not None: self.cur.append(data)


def page_text(doc):
    for split in ('tune', 'heldout'):
        p = os.path.join(HERE, split, doc + '.html')
        if os.path.exists(p):
            parser = Paragraphs(); parser.feed(open(p, encoding='utf-8').read())
            return parser.texts
    return None


def check_line(n, g, texts, problems):
    where = f'line {n} ({g.get("doc")} "{g.get("quote")}")'
    missing = [k for k in KEYS if k not in g]
    if missing: problems.append(f'{where}: missing keys {missing}'); return
    if texts is None: problems.append(f'{where}: no page devset/*/{g["doc"]}.html'); return
    if not g['quote'] or g['quote'] not in (g['sentence'] or ''): problems.append(f'{where}: quote not in sentence')
    if not any(g['sentence'] in t for t in texts): problems.append(f'{where}: sentence not in any paragraph')
    u = g['unit']
    if not (u in UNITS or CURRENCY.match(u or '') or NOUN.match(u or '')): problems.append(f'{where}: unit {u!r}')
    if g['kind'] not in ('amount', 'change', 'share'): problems.append(f'{where}: kind {g["kind"]!r}')
    if g['basis'] not in (None, 'yoy', 'mom', 'qoq', 'vs-period'): problems.append(f'{where}: basis {g["basis"]!r}')
    if g['direction'] not in (None, 'up', 'down'): problems.append(f'{where}: direction {g["direction"]!r}')
    if g['kind'] == 'change' and g['direction'] is None: problems.append(f'{where}: change without direction')
    if g['kind'] != 'change' and (g['basis'] or g['direction']): problems.append(f'{where}: basis/direction on a non-change')
    if g['period'] is not None and not PERIOD.match(g['period']): problems.append(f'{where}: period {g["period"]!r}')
    if not isinstance(g['value'], (int, float)) or g['value'] < 0: problems.append(f'{where}: value {g["value"]!r}')
    if g['value_max'] is not None and g['value_max'] <= g['value']: problems.append(f'{where}: value_max <= value')
    if not isinstance(g['place'], list) or any(not re.match(r'^[A-Z]{2}$', p) for p in g['place']):
        problems.append(f'{where}: place {g["place"]!r}')
    if not g['measure'] or g['measure'] != g['measure'].strip() or g['measure'][0].isupper() and not g['measure'].split()[0][1:2].isupper() and g['measure'].split()[0] not in NAMES:
        problems.append(f'{where}: measure {g["measure"]!r} (lower case; acronyms and names allowed)')
    if g['speaker'] and not g['attributed_to']: problems.append(f'{where}: speaker without attributed_to')
    for k in ('start', 'end', 'sentence_start', 'sentence_end'):
        if g[k] is not None and not isinstance(g[k], int): problems.append(f'{where}: {k} not an int')


def reader_text(doc):
    """The clean text `./claimgraph article` prints for the page, or None when it cannot run."""
    import subprocess
    for split in ('tune', 'heldout'):
        p = os.path.join(HERE, split, doc + '.html')
        if os.path.exists(p):
            r = subprocess.run([os.path.join(os.path.dirname(HERE), 'claimgraph'), 'article', p],
                               capture_output=True, text=True)
            return r.stdout if r.returncode == 0 else None
    return None


def main():
    args = [a for a in sys.argv[1:] if a != '--reader']
    gold = args[0] if args else os.path.join(HERE, 'gold', 'ev.jsonl')
    reader, reader_cache = '--reader' in sys.argv, {}
    problems, docs, cache = [], {}, {}
    with open(gold, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip(): continue
            try: g = json.loads(line)
            except json.JSONDecodeError as e: problems.append(f'line {n}: not JSON ({e})'); continue
            doc = g.get('doc')
            if doc not in cache: cache[doc] = page_text(doc)
            docs[doc] = docs.get(doc, 0) + 1
            check_line(n, g, cache[doc], problems)
            if reader and doc not in reader_cache: reader_cache[doc] = reader_text(doc)
            if reader and (reader_cache[doc] is None or g.get('sentence', '') not in reader_cache[doc]):
                problems.append(f'line {n} ({doc} "{g.get("quote")}"): sentence not in the reader\'s text')
    src = os.path.join(HERE, 'SOURCES-ev.tsv')
    if os.path.exists(src):
        rows = [l.rstrip('\n').split('\t') for l in open(src, encoding='utf-8')][1:]
        for r in rows:
            if len(r) != 7: problems.append(f'SOURCES-ev.tsv: {r[0]}: {len(r)} columns, not 7'); continue
            if not os.path.exists(os.path.join(HERE, r[1], r[0] + '.html')): problems.append(f'SOURCES-ev.tsv: {r[0]}: no page in {r[1]}/')
            if r[0] not in docs: problems.append(f'SOURCES-ev.tsv: {r[0]}: no gold figure')
        publishers = {r[3] for r in rows if len(r) == 7}
        splits = {s: sum(1 for r in rows if len(r) == 7 and r[1] == s) for s in ('tune', 'heldout')}
        figs = {s: sum(docs.get(r[0], 0) for r in rows if len(r) == 7 and r[1] == s) for s in ('tune', 'heldout')}
        print(f'{len(rows)} articles ({splits["tune"]} tune, {splits["heldout"]} heldout), {sum(docs.values())} figures '
              f'({figs["tune"]} tune, {figs["heldout"]} heldout), {len(publishers)} publishers')
    for p in problems: print(p)
    print('OK' if not problems else f'{len(problems)} problems')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
