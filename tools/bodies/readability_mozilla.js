// Baseline: run with  node tools/bodies/readability_mozilla.js PAGES OUT  after  npm install @mozilla/readability@0.6.0 jsdom  (in a scratch folder on NODE_PATH).
// Mozilla Readability (npm @mozilla/readability + jsdom) on every page of a folder: NAME.txt
const fs = require('fs'), path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const [src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const vc = new VirtualConsole();
for (const f of fs.readdirSync(src).filter(f => f.endsWith('.html')).sort()) {
  let text = '';
  try {
    const dom = new JSDOM(fs.readFileSync(path.join(src, f), 'utf8'), { virtualConsole: vc });
    const art = new Readability(dom.window.document).parse();
    if (art && art.content) {
      const d = new JSDOM(art.content).window.document;
      const blocks = [...d.querySelectorAll('p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,td,dd')]
        .filter(e => !e.querySelector('p,li,pre,blockquote,td,dd'))
        .map(e => e.textContent.replace(/\s+/g, ' ').trim()).filter(t => t);
      text = blocks.length ? blocks.join('\n\n') : art.textContent.replace(/\s+/g, ' ').trim();
    }
  } catch (e) { text = ''; }
  fs.writeFileSync(path.join(out, f.replace(/\.html$/, '.txt')), text + '\n');
}
