# Baseline: run with  /usr/bin/python3 tools/bodies/readability_lxml.py PAGES OUT  after  apt-get install python3-readability  (readability-lxml).
# readability-lxml (Debian python3-readability) on every page of a folder: NAME.txt = the summary's
# block texts, one paragraph per block element
import sys, os, re, html as H
from readability import Document
import lxml.html
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for f in sorted(os.listdir(src)):
    if not f.endswith('.html'): continue
    raw = open(os.path.join(src, f), 'rb').read().decode('utf-8', 'replace')
    try:
        summary = Document(raw).summary(html_partial=True)
        tree = lxml.html.fromstring(summary)
        blocks = []
        for el in tree.iter('p','h1','h2','h3','h4','h5','h6','li','pre','blockquote','td','dd'):
            t = re.sub(r'\s+', ' ', el.text_content()).strip()
            if t: blocks.append(t)
        text = '\n\n'.join(blocks) if blocks else re.sub(r'\s+',' ', tree.text_content()).strip()
    except Exception as e:
        text = ''
    open(os.path.join(out, f[:-5] + '.txt'), 'w').write(text + '\n')
