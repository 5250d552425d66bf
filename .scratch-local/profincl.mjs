import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const names = process.argv.slice(3);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map(names.map((n) => [n, 0]));
let total = 0;
for (let i = 0; i < p.samples.length; i++) {
  total += p.timeDeltas[i];
  const seen = new Set();
  for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
    const fn = byId.get(id).callFrame.functionName;
    if (incl.has(fn) && !seen.has(fn)) { seen.add(fn); incl.set(fn, incl.get(fn) + p.timeDeltas[i]); }
  }
}
console.log('total', (total / 1000).toFixed(0));
for (const [k, v] of incl) console.log((v / 1000).toFixed(1).padStart(8), k);
