// Interleaved A/B: node ab.mjs ROUNDS NODE distA distB [distC...] -- args...
import { spawnSync } from 'node:child_process';
const sep = process.argv.indexOf('--');
const [rounds, node, ...dists] = process.argv.slice(2, sep);
const args = process.argv.slice(sep + 1);
const times = dists.map(() => []);
const rss = dists.map(() => []);
for (let r = 0; r < Number(rounds) + 2; r++) {
  dists.forEach((d, i) => {
    const t0 = process.hrtime.bigint();
    const res = spawnSync('/usr/bin/time', ['-f', '%M', node, `${d}/bin/alignkit.js`, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0 && res.status !== 1) throw new Error(res.stderr);
    if (r >= 2) { times[i].push(ms); rss[i].push(Number(res.stderr.trim().split('\n').pop()) / 1024); }
  });
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
dists.forEach((d, i) => console.log(d.padEnd(14), 'median', med(times[i]).toFixed(1), 'ms', 'rss', med(rss[i]).toFixed(1), 'MiB'));
