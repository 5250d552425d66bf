// Inclusive time of each direct callee of a function (by name), keyed by the rule file the callee sits in.
import { readFileSync, readdirSync } from 'node:fs';
const [dir, parentName, bundle] = process.argv.slice(2);
const src = readFileSync(bundle, 'utf8').split('\n');
const fileAt = (line) => { for (let l = line; l >= 0; l--) { const m = /^\/\/ (src\/\S+)/.exec(src[l]); if (m) return m[1]; } return '?'; };
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < p.samples.length; i++) {
  let child;
  for (let id = p.samples[i]; id !== undefined; child = id, id = parent.get(id)) {
    if (byId.get(id).callFrame.functionName === parentName && child !== undefined) {
      const cf = byId.get(child).callFrame;
      const k = `${cf.functionName} ${fileAt(cf.lineNumber)}`;
      incl.set(k, (incl.get(k) ?? 0) + p.timeDeltas[i]);
      break;
    }
  }
}
let sum = 0; for (const v of incl.values()) sum += v;
console.log('sum', (sum / 1000).toFixed(0));
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(8), k);
