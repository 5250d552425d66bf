/**
 * GitHub Actions workflow commands: one annotation per finding, then the full
 * plain report, because GitHub shows only 10 annotations of each level per step.
 * Escaping follows actions/toolkit (command.ts).
 */
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Reporter = (report, context) => {
  const lines: string[] = [];
  for (const result of report.results) {
    for (const f of result.findings) {
      if (f.suppressions) continue;
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`, `col=${f.column}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`alignkit ${f.ruleId}`)}`].join(
        ',',
      );
      const message = f.hint ? `${f.message}\n${f.hint}` : f.message;
      lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(message)}`);
    }
  }
  const text = stylish(report, { ...context, color: 0 });
  return lines.length > 0 ? `${lines.join('\n')}\n${text}` : text;
};
