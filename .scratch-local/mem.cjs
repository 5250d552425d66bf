const path = require('node:path'); const v8 = require('node:v8');
const DIST = path.resolve('dist');
const launcher = require(path.join(DIST, 'bin/alignkit.js'));
const loader = launcher.createBundleLoader(DIST, { cacheDir: launcher.codeCacheDir(DIST, process.env), programCache: launcher.programCacheName('lint') });
const { main, processIo } = launcher.loadProgram(loader, DIST);
const mb = (n) => (n / 1048576).toFixed(1);
main(['lint', ...process.argv.slice(2), '--today', '2027-01-15', '--format', 'json', '-o', '/dev/null'], processIo()).then(() => {
  const m = process.memoryUsage();
  console.log('rss', mb(m.rss), 'heapTotal', mb(m.heapTotal), 'heapUsed', mb(m.heapUsed), 'external', mb(m.external), 'arrayBuffers', mb(m.arrayBuffers), 'maxRSS', mb(process.resourceUsage().maxRSS * 1024));
  for (const s of v8.getHeapSpaceStatistics()) console.log(' ', s.space_name.padEnd(28), mb(s.space_size), mb(s.space_used_size));
});
