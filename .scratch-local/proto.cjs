// Prototype: lint 1,000 specs split over N workers, each running `main lint --format json`.
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const path = require('node:path');
const fs = require('node:fs');
const DIST = path.resolve(process.env.DIST || 'dist');
if (isMainThread) {
  const n = Number(process.argv[2] || 2);
  const dir = process.argv[3] || '.bench/specs';
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.campaign.yaml')).sort().map((f) => path.join(dir, f));
  const parts = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
  const ylim = process.env.YOUNG ? { resourceLimits: { maxYoungGenerationSizeMb: Number(process.env.YOUNG) } } : {};
  let done = 0, total = 0;
  for (const part of parts) {
    const w = new Worker(__filename, { workerData: part, ...ylim });
    w.on('message', (m) => { total += m; if (++done === n) { console.log('files', total, 'rss', (process.resourceUsage().maxRSS / 1024).toFixed(1)); } });
  }
} else {
  const launcher = require(path.join(DIST, 'bin/alignkit.js'));
  const loader = launcher.createBundleLoader(DIST, { cacheDir: launcher.codeCacheDir(DIST, process.env), programCache: launcher.programCacheName('lint') });
  const { main, processIo } = launcher.loadProgram(loader, DIST);
  let out = '';
  const io = { ...processIo(), stdout: { write: (t) => { out += t; } } };
  main(['lint', ...workerData, '--format', 'json', '--today', '2027-01-15'], io).then(() => parentPort.postMessage(JSON.parse(out).length));
}
