// Preloaded (--require) into the bench's measuring runs, not its timed ones: reports the process's peak RSS
// (KiB) and CPU time (user + system, µs, all threads) on exit, one line per run. CommonJS on purpose: an ES
// module preload (--import) starts Node's ES module loader, which added 3.4 MiB and 4-8 ms to every run, and
// more to `node -e 0` than to alignkit, so the ratios looked better than they are.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.ALIGNKIT_BENCH_RSS) {
    const { user, system } = process.cpuUsage();
    appendFileSync(process.env.ALIGNKIT_BENCH_RSS, `${process.resourceUsage().maxRSS} ${user + system}\n`);
  }
});
