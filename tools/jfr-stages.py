#!/usr/bin/env python3
# Where a JFR recording's Java samples go, by stage of an ingest pass (the first rule whose marker is in a sample's stack
# wins: CoreNLP by annotator, our extraction, reader, Lucene, TDB2 writes, summary, stories, compaction).
# Usage: jfr print --events jdk.ExecutionSample --stack-depth 200 x.jfr > samples.txt
#        tools/jfr-stages.py samples.txt OurSideBench.log [PASS ...]   (TOP=stage,stage: the top frames of those stages)
# Only samples inside the given passes count (OurSideBench's PASS-START/END lines, epoch ms, read as UTC times of day).
import sys, re, collections, datetime
samples, log = sys.argv[1], sys.argv[2]
want = set(int(x) for x in sys.argv[3:]) if len(sys.argv) > 3 else None
bounds = {}
for l in open(log):
    m = re.match(r'PASS-(START|END) (\d+) (\d+)', l)
    if m: bounds.setdefault(int(m.group(2)), {})[m.group(1)] = int(m.group(3))
def tod(ms):
    d = datetime.datetime.utcfromtimestamp(ms/1000); return d.hour*3600+d.minute*60+d.second+d.microsecond/1e6
ranges = [(p, tod(b['START']), tod(b['END'])) for p, b in bounds.items() if 'END' in b and (want is None or p in want)]
RULES = [
 ('compaction', ['PackedCompaction', 'Claimgraph.compact']),
 ('summary', ['StoreSummary']),
 ('stories', ['linkStories', 'org.claimgraph.story']),
 ('corenlp.title', ['TitleFigures.extract']),  # the headline's own annotation and rules
 ('corenlp.ner', ['NERCombinerAnnotator']),
 ('corenlp.pos', ['POSTaggerAnnotator']),
 ('corenlp.lemma', ['MorphaAnnotator', 'edu.stanford.nlp.process.Morph']),
 ('corenlp.tokssplit', ['TokenizerAnnotator', 'WordsToSentencesAnnotator', 'PTBLexer']),
 ('corenlp.other', ['edu.stanford.nlp']),
 ('annotator.ours', ['org.claimgraph.nlp.Annotator']),
 ('extract.figures', ['org.claimgraph.figure.FigureExtractor']),
 ('extract.entities', ['org.claimgraph.entity']),
 ('reader', ['org.claimgraph.article', 'org.jsoup', 'langdetect', 'cybozu']),
 ('index', ['org.claimgraph.search', 'org.apache.lucene']),
 ('map', ['GraphMapper', 'IngestService$Mapped', 'FigureRows', 'FigureMapper']),
 ('store.tdb2', ['GraphStore', 'org.apache.jena']),
 ('fingerprint', ['fingerprint', 'MessageDigest']),
]
cnt = collections.Counter(); top = collections.defaultdict(collections.Counter); thr = collections.Counter(); n = 0
cur = None
def flush(s):
    global n
    if s is None: return
    t, th, frames = s
    if not any(a <= t <= b for _, a, b in ranges): return
    n += 1
    joined = '\n'.join(frames)
    cat = 'other'
    for name, keys in RULES:
        if any(k in joined for k in keys): cat = name; break
    cnt[cat] += 1; thr[th] += 1
    # top frame of our/lib code
    top[cat][frames[0].split('(')[0] if frames else '?'] += 1
for l in open(samples):
    if l.startswith('jdk.ExecutionSample'):
        flush(cur); cur = [None, None, []]
    elif cur is not None:
        s = l.strip()
        if s.startswith('startTime'):
            hh, mm, ss = s.split('= ')[1].split(':'); cur[0] = int(hh)*3600+int(mm)*60+float(ss)
        elif s.startswith('sampledThread'):
            cur[1] = re.sub(r'\d+', '#', s.split('"')[1])
        elif s and not s.startswith(('state', 'stackTrace', ']', '}')) and not s.startswith('...'):
            cur[2].append(s)
flush(cur)
print('samples', n, 'passes', sorted(p for p, _, _ in ranges))
for c, k in cnt.most_common(): print(f'{c:20s} {k:6d} {100*k/n:5.1f}%')
print(thr.most_common())
import os
if os.environ.get('TOP'):
    for c in os.environ['TOP'].split(','):
        print('==', c); [print(f'  {k:5d} {f}') for f, k in top[c].most_common(15)]
