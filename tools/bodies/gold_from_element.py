"""Writes a hand-checked gold body for a saved page from one element of it.

    python3 gold_from_element.py PAGE.html 'START MARKER' 'END MARKER' > PAGE.txt

Takes the HTML between the first START MARKER and the next END MARKER (both literal strings),
and writes one paragraph per heading, paragraph, list item, quotation paragraph and code block
(<pre>, lines joined), in page order, tags removed, whitespace collapsed. Figures and their
captions are left out. The result is reviewed by hand against the page before it is committed;
every manual change is noted in devset/bodies-real/SOURCES.tsv.
"""
import html
import re
import sys

page, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
s = open(page, encoding="utf-8").read()
part = s.split(start, 1)[1].split(end, 1)[0]
part = re.sub(r"(?is)<figure\b.*?</figure>", " ", part)
part = re.sub(r"(?is)<figcaption\b.*?</figcaption>", " ", part)
part = re.sub(r"(?is)<blockquote>\s*<div>((?:(?!<p|<ul|<ol).)*?)</div>\s*</blockquote>", r"<p>\1</p>", part)
blocks = re.findall(r"(?is)<(p|h[1-6]|li|pre)\b[^>]*>(.*?)</\1>", part)
out = []
for tag, inner in blocks:
    if tag.lower() == "li" and re.search(r"(?i)<(p|ul|ol)\b", inner):
        inner = re.split(r"(?i)<(?:p|ul|ol)\b", inner)[0]
    text = re.sub(r"(?i)<br\s*/?>", " ", inner)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*[¶#]$", "", text)
    if text:
        out.append(text)
print("\n\n".join(out))
