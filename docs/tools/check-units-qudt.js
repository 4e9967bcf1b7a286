// Checks the extractor's unit table against QUDT (through qudtlib's npm package, which bundles QUDT 2.1).
//   (cd /tmp/q && npm install @qudtlib/allunits@7.1.0) && NODE_PATH=/tmp/q/node_modules node docs/tools/check-units-qudt.js
// For every row with a unit IRI: the IRI exists in QUDT, the label is QUDT's, the kind is one of the
// unit's QUDT kinds (or the broader kind of one), and factor(row) / factor(base) equals QUDT's
// conversion multiplier ratio of the two units. Prints one line per problem; exit 1 if any.
const fs = require('fs');
const path = require('path');
const { Qudt } = require('@qudtlib/allunits');
const file = path.join(__dirname, '../../extractor/src/main/resources/org/claimgraph/lexicon/unit-codes.tsv');
const rows = fs.readFileSync(file, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).slice(1).map(l => l.split('\t'));
const byCode = new Map(rows.map(r => [r[0], r]));
const broader = { LiquidVolume: 'Volume', LinearVelocity: 'Velocity', ElectricPower: 'Power', ThermalEnergy: 'Energy', MassPerTime: 'MassFlowRate' };
let problems = 0;
const say = m => { problems++; console.log(m); };
for (const [code, label, iri, kind, factor, base] of rows) {
  if (!iri.startsWith('http://qudt.org/vocab/unit/')) continue; // currencies: ISO 4217 codes, not in qudtlib
  const u = Qudt.unit(iri);
  if (!u) { say(`${code}: ${iri} is not a QUDT unit`); continue; }
  const qlabel = u.getLeadingLabel ? u.getLeadingLabel() : (u.labels[0] || {}).text;
  if (qlabel !== label) say(`${code}: label "${label}", QUDT says "${qlabel}"`);
  const kinds = (u.quantityKindIris || []).map(k => k.split('/').pop());
  if (!kinds.includes(kind) && !kinds.some(k => broader[k] === kind)) say(`${code}: kind ${kind} not among ${kinds}`);
  const b = byCode.get(base);
  if (!b || !b[2].startsWith('http://qudt.org/vocab/unit/')) continue;
  const bu = Qudt.unit(b[2]);
  const qratio = Number(u.conversionMultiplier.toString()) / Number(bu.conversionMultiplier.toString());
  const ratio = Number(factor) / Number(b[4]);
  if (Math.abs(qratio - ratio) > 1e-9 * Math.max(1, Math.abs(qratio))) say(`${code}: factor ratio to ${base} ${ratio}, QUDT ${qratio}`);
}
console.log(`${rows.length} rows checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
