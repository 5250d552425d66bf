/**
 * `npm test`'s static checks, side by side: the type check, Biome (formatter and linter) and knip each
 * use about one core for a few seconds, so on a 2-core machine running them together takes about half as
 * long as one after the other. Each one's output is printed whole, in this order, once all have finished;
 * the exit code is the first failing check's, or 0. Run from npm, where node_modules/.bin is on PATH.
 */
import { spawn } from 'node:child_process';

const CHECKS = ['npm run --silent typecheck', 'npm run --silent lint', 'npm run --silent knip'];

const results = await Promise.all(
  CHECKS.map(
    (command) =>
      new Promise((done) => {
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('error', (error) => done({ command, code: 1, output: Buffer.from(`${error.message}\n`) }));
        child.on('close', (code, signal) => done({ command, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output) }));
      }),
  ),
);

let exitCode = 0;
for (const { command, code, output } of results) {
  if (output.length > 0 || code !== 0) process.stdout.write(`> ${command}${code === 0 ? '' : ` (exit ${code})`}\n${output}`);
  if (code !== 0 && exitCode === 0) exitCode = code;
}
process.exitCode = exitCode;
