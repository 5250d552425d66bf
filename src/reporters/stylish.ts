/** The default, human format: grouped per file, aligned columns, a summary line. */
import { Chalk } from 'chalk';
import { sanitize } from './sanitize.js';
import type { Reporter } from './types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const stylish: Reporter = (report, context) => {
  const c = new Chalk({ level: context.color });
  const lines: string[] = [];
  for (const result of report.results) {
    // Waived findings are counted in the summary, not listed; json and sarif carry them in full.
    const shown = result.findings.filter((f) => !f.suppressions);
    if (shown.length === 0) continue;
    lines.push(c.underline(sanitize(result.file)));
    const width = Math.max(...shown.map((f) => `${f.line}:${f.column}`.length));
    for (const f of shown) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(where)}  ${severity}  ${sanitize(f.message)}  ${c.dim(f.ruleId)}`);
      if (f.hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${c.dim(sanitize(f.hint))}`);
    }
    lines.push('');
  }
  const files = plural(report.results.length, 'file');
  const problems = report.errorCount + report.warningCount;
  const waived = report.suppressedCount > 0 ? `; ${report.suppressedCount} waived` : '';
  if (problems === 0) {
    lines.push(c.green(`✔ ${files} checked, no problems${waived}`));
  } else {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}) in ${files}${waived}`;
    lines.push(report.errorCount > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  if (report.maxWarnings >= 0 && report.warningCount > report.maxWarnings) {
    lines.push(c.red(`Too many warnings: ${report.warningCount} (at most ${report.maxWarnings} allowed by --max-warnings).`));
  }
  return `${lines.join('\n')}\n`;
};
