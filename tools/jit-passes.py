#!/usr/bin/env python3
"""What the JIT compiles in each pass of tools/OurSideBench.java, and why.

Run the bench with JFR recording every compilation and deoptimization (a copy of the JDK's default.jfc with
jdk.Compilation's threshold at 0 ms and jdk.Deoptimization enabled), then:
  jfr print --json --events jdk.Compilation,jdk.Deoptimization run.jfr > run.json
  tools/jit-passes.py run.json bench.out [LAST]  (bench.out: the bench's standard output, with its PASS- and NOTE lines;
                                                 LAST: the last pass the tables take, by default every pass)
Prints, per pass, C2 (tier 4) compilations: count, code size, inlined bytecode, compile time (wall: under load it
includes waiting for a core); then for the passes after the first, C2 code by library, by reason (a method's first C2
compilation, again after a deoptimization, on-stack replacement) and by phase of the pass (articles, stories, summary,
compaction, from the run's note), and the methods that cost most.
"""
import collections, datetime, json, re, sys

LIBRARIES = [('org.claimgraph', 'ours'), ('org.apache.jena', 'Jena'), ('org.apache.lucene', 'Lucene'),
             ('edu.stanford', 'CoreNLP'), ('org.jsoup', 'jsoup'), ('java.', 'JDK'), ('jdk.', 'JDK'), ('sun.', 'JDK'),
             ('com.sun', 'JDK'), ('com.github.benmanes', 'Caffeine'), ('org.apache.thrift', 'Thrift'),
             ('com.optimaize', 'langdetect'), ('org.apache.commons', 'commons')]


def library(cls):
    for prefix, name in LIBRARIES:
        if cls.startswith(prefix): return name
    return 'other'


def seconds(iso):
    base, _, frac = iso.rstrip('Z').partition('.')
    return datetime.datetime.fromisoformat(base).replace(tzinfo=datetime.timezone.utc).timestamp() + float('0.' + (frac or '0'))


def duration(iso):
    m = re.match(r'PT(?:(\d+)M)?([\d.]+)S', iso)
    return int(m.group(1) or 0) * 60 + float(m.group(2)) if m else 0.0


def passes(out):
    marks, notes = {}, {}
    for line in open(out):
        f = line.split()
        if line.startswith('PASS-'): marks[(f[0], int(f[1]))] = int(f[2]) / 1000
        m = re.search(r'stories ([\d.]+) s, summary ([\d.]+) s, compaction ([\d.]+) s', line)
        if line.startswith('NOTE ') and m: notes[int(f[1])] = [float(x) for x in m.groups()]
    return marks, notes


def main(events, out, last=None):
    marks, notes = passes(out)
    n = max(p for _, p in marks) + 1

    def place(t):
        for p in range(n):
            start, end = marks[('PASS-START', p)], marks[('PASS-END', p)]
            if start <= t <= end:
                phase = ''
                if p in notes:  # the note's phases run last in the pass, in this order
                    stories, summary, compaction = notes[p]
                    phase = ('compaction' if t > end - compaction else 'summary' if t > end - compaction - summary
                             else 'stories' if t > end - compaction - summary - stories else 'articles')
                return p, phase
        return None, ''

    comps, deopts = [], collections.defaultdict(list)
    for e in json.load(open(events))['recording']['events']:
        v = e['values']
        m = v['method']
        name = m['type']['name'].replace('/', '.') + '::' + m['name'] + m['descriptor']
        if e['type'] == 'jdk.Compilation':
            p, phase = place(seconds(v['startTime']))
            comps.append(dict(t=seconds(v['startTime']), id=v['compileId'], level=v['compileLevel'], method=name,
                              lib=library(m['type']['name'].replace('/', '.')), wall=duration(v['duration']),
                              osr=v['isOsr'], size=v['codeSize'], inlined=v['inlinedBytes'], p=p, phase=phase))
        elif e['type'] == 'jdk.Deoptimization':
            deopts[v['compileId']].append((seconds(v['startTime']), v['reason']))
    comps.sort(key=lambda c: c['t'])
    earlier = collections.defaultdict(list)
    for c in comps:
        if c['level'] != 4: continue
        before = earlier[c['method']]
        if not before: c['why'] = 'first C2 compile' + (' (OSR)' if c['osr'] else '')
        elif c['osr'] or any(b['osr'] for b in before): c['why'] = 'again, on-stack replacement involved'
        else:
            trapped = [r for b in before for (t, r) in deopts.get(b['id'], []) if t < c['t']]
            c['why'] = 'again after deopt: ' + trapped[-1] if trapped else 'again, made not entrant without a trap'
        before.append(c)

    c2 = [c for c in comps if c['level'] == 4 and c['p'] is not None]
    print('C2 compilations per pass (pass 0 = warm-up):')
    for p in range(n):
        cs = [c for c in c2 if c['p'] == p]
        print('  pass %d: %4d compiles, code %5.0f KB, inlined bytecode %4.0f KB, compile wall %5.1f s' % (
            p, len(cs), sum(c['size'] for c in cs) / 1024, sum(c['inlined'] for c in cs) / 1024, sum(c['wall'] for c in cs)))
    last = n - 1 if last is None else last
    timed = [c for c in c2 if 1 <= c['p'] <= last]
    total = sum(c['size'] for c in timed) or 1

    def table(title, key):
        groups = collections.defaultdict(lambda: [0, 0])
        for c in timed:
            groups[key(c)][0] += 1
            groups[key(c)][1] += c['size']
        print('\n' + title + ' (passes 1-%d: compiles, code KB, share of code):' % last)
        for k, (count, size) in sorted(groups.items(), key=lambda kv: -kv[1][1]):
            print('  %-55s %5d %7.0f %5.1f%%' % (k, count, size / 1024, 100 * size / total))

    table('by library', lambda c: c['lib'])
    table('by reason', lambda c: c['why'].split(':')[0])
    table('by library and reason', lambda c: c['lib'] + ', ' + c['why'].split(':')[0])
    table('by phase of the pass', lambda c: c['phase'])
    table('deoptimization reasons of the recompiles', lambda c: c['why'] if ':' in c['why'] else '(not after a deopt)')
    print('\nlargest C2 code in passes 1-%d (method: compiles, code KB, reasons):' % last)
    per = collections.defaultdict(list)
    for c in timed: per[c['method']].append(c)
    for m, cs in sorted(per.items(), key=lambda kv: -sum(c['size'] for c in kv[1]))[:40]:
        print('  %2d %5.0f  %s  [%s]' % (len(cs), sum(c['size'] for c in cs) / 1024, m[:120],
                                         '; '.join(sorted({c['why'] for c in cs}))))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)
