/** The default, human format: grouped per file, aligned columns, a summary line. */
import { chalk } from './chalk-loader.js';
import { sanitize } from './sanitize.js';
import type { Reporter, ReportContext } from './types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

type Paint = (text: string) => string;
interface Palette {
  underline: Paint;
  dim: Paint;
  green: Paint;
  red: Paint & { bold: Paint };
  yellow: Paint & { bold: Paint };
}

const unchanged: Paint = (text) => text;
const PLAIN: Palette = {
  underline: unchanged,
  dim: unchanged,
  green: unchanged,
  red: Object.assign((t: string) => t, { bold: unchanged }),
  yellow: Object.assign((t: string) => t, { bold: unchanged }),
};

/** chalk at the run's colour level; without colour, the text as it is and chalk not loaded. */
const paletteFor = (color: ReportContext['color']): Palette => (color === 0 ? PLAIN : new (chalk().Chalk)({ level: color }));

export const stylish: Reporter = (report, context) => {
  const c = paletteFor(context.color);
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
