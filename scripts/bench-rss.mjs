// Preloaded into benchmarked Node processes: reports their peak RSS (KiB) and CPU time (user + system, µs, all
// threads) on exit, one line per run.
import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.ALIGNKIT_BENCH_RSS) {
    const { user, system } = process.cpuUsage();
    appendFileSync(process.env.ALIGNKIT_BENCH_RSS, `${process.resourceUsage().maxRSS} ${user + system}\n`);
  }
});
