// Preloaded into benchmarked Node processes: reports their peak RSS on exit.
import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.ALIGNKIT_BENCH_RSS) appendFileSync(process.env.ALIGNKIT_BENCH_RSS, `${process.resourceUsage().maxRSS}\n`);
});
