#!/usr/bin/env python3
"""Checks a development-set gold file against its articles.

Usage: python3 devset/check.py devset/gold/minerals.jsonl [more.jsonl ...]

For every gold line: all keys present (and no unknown ones), the article exists under
devset/tune, devset/heldout, devset/fresh, devset/fresh2, devset/fresh3 or devset/fresh4, the sentence lies inside one paragraph of the article (the text
of its <p> elements, entities decoded), the quote lies inside the sentence, value/value_max are
numbers, unit/kind/basis/direction are allowed codes, period is an ISO month, year, quarter-like
or month interval, place is a list of 2-letter codes (or the bloc EU). Prints one line per
problem and a summary; exits 1 when any line fails.
"""
import html
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

KEYS = ["doc", "quote", "start", "end", "value", "value_max", "unit", "kind", "basis", "direction", "qualifier",
        "period", "measure", "place", "attributed_to", "speaker", "sentence", "sentence_start", "sentence_end"]
UNITS = {"tonne", "kg", "gram", "pound", "ounce", "percent", "percentage-point", "factor", "vehicle", "count",
         "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kilotonne", "megatonne", "troy-ounce", "USD/tonne", "CNY/tonne",
         "USc/pound", "USD/pound", "USD/kWh", "tonne/year", "km2"}
CURRENCY = re.compile(r"^[A-Z]{3}$")                       # ISO 4217 codes: USD, CNY, EUR, AUD ...
PER_UNIT = re.compile(r"^[A-Z]{3}/(tonne|kg|pound|mtu|ounce|troy-ounce|kWh|Wh)$")  # USD/kg, AUD/kg, USD/mtu, CNY/Wh ...
NOUN = re.compile(r"^[a-z][a-z-]*(/year)?$")                # counted things: job, mine, company, day ...
KINDS = {"amount", "change", "share"}
BASES = {None, "yoy", "mom", "qoq", "vs-period"}
DIRECTIONS = {None, "up", "down"}
MONTH = r"\d{4}-(0[1-9]|1[0-2])"
PERIOD = re.compile(rf"^(\d{{4}}|{MONTH}|{MONTH}/{MONTH}|\d{{4}}/\d{{4}})$")
BLOCS = {"EU"}
ROOT = os.path.dirname(os.path.abspath(__file__))


class Paragraphs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self._buf = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self._buf = []

    def handle_endtag(self, tag):
        if tag == "p" and self._buf is not None:
            self.paras.append("".join(self._buf))
            self._buf = None

    def handle_data(self, data):
        if self._buf is not None:
            self._buf.append(data)


def article_paragraphs(doc):
    for split in ("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32"):
        path = os.path.join(ROOT, split, doc + ".html")
        if os.path.exists(path):
            p = Paragraphs()
            with open(path, encoding="utf-8") as f:
                p.feed(f.read())
            return p.paras
    return None


def unit_ok(u):
    return u in UNITS or bool(CURRENCY.match(u)) or bool(PER_UNIT.match(u)) or bool(NOUN.match(u))


def check_line(g, paras):
    problems = []
    missing = [k for k in KEYS if k not in g]
    extra = [k for k in g if k not in KEYS]
    if missing: problems.append("missing keys " + ",".join(missing))
    if extra: problems.append("unknown keys " + ",".join(extra))
    if missing: return problems
    if paras is None: return ["no article devset/{tune,heldout,fresh,fresh2,fresh3,fresh4}/" + str(g["doc"]) + ".html"]
    s, q = g["sentence"] or "", g["quote"] or ""
    if not any(s in p for p in paras): problems.append("sentence not in any paragraph")
    if q not in s: problems.append("quote not in sentence")
    if not re.search(r"\d", q) and not re.search(r"(?i)(zero|half|halv|doubl|twice|tripl|trebl|quadrupl|quintupl|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|dozen|hundred|thousand|million|quarter|third|fifth)", q):
        problems.append("quote has no number")
    for k in ("value", "value_max"):
        if g[k] is not None and not isinstance(g[k], (int, float)): problems.append(k + " not a number")
    if not isinstance(g["value"], (int, float)): problems.append("value missing")
    elif g["value"] < 0: problems.append("value negative")
    if g["value_max"] is not None and isinstance(g["value"], (int, float)) and g["value_max"] <= g["value"]:
        problems.append("value_max not above value")
    if not unit_ok(g["unit"] or ""): problems.append("unit " + repr(g["unit"]))
    if g["kind"] not in KINDS: problems.append("kind " + repr(g["kind"]))
    if g["basis"] not in BASES: problems.append("basis " + repr(g["basis"]))
    if g["direction"] not in DIRECTIONS: problems.append("direction " + repr(g["direction"]))
    if g["kind"] == "change" and g["direction"] is None and g["unit"] != "factor": problems.append("change without direction")
    if g["kind"] != "change" and (g["basis"] or g["direction"]): problems.append("basis/direction on a non-change")
    if g["period"] is not None and not PERIOD.match(g["period"]): problems.append("period " + repr(g["period"]))
    if g["period"] and "/" in g["period"]:
        a, b = g["period"].split("/")
        if a >= b: problems.append("period interval not increasing")
    if not isinstance(g["place"], list): problems.append("place not a list")
    else:
        for c in g["place"]:
            if not (isinstance(c, str) and (re.fullmatch(r"[A-Z]{2}", c) or c in BLOCS)):
                problems.append("place code " + repr(c))
    if not g["measure"] or g["measure"] != g["measure"].strip() or g["measure"][0].isupper() and " " in g["measure"] and g["measure"].split()[0].istitle() and g["measure"].split()[0].lower() in {"the", "a", "an"}:
        problems.append("measure empty, padded or starting with an article")
    if g["speaker"] is not None and not g["attributed_to"]: problems.append("speaker without attributed_to")
    for k in ("start", "end", "sentence_start", "sentence_end"):
        if g[k] is not None: problems.append(k + " should be null (matching is by sentence)")
    return problems


def main(paths):
    bad, total, docs = 0, 0, Counter()
    cache = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip(): continue
                total += 1
                try:
                    g = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{path}:{n}: not JSON: {e}"); bad += 1; continue
                doc = g.get("doc")
                if doc not in cache: cache[doc] = article_paragraphs(doc)
                docs[doc] += 1
                problems = check_line(g, cache[doc])
                if problems:
                    bad += 1
                    print(f"{path}:{n}: {doc} {g.get('quote')!r}: " + "; ".join(problems))
    print(f"{total} lines, {len(docs)} articles, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [os.path.join(ROOT, "gold", "minerals.jsonl")]))
