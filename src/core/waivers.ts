/**
 * Waivers: a deliberate, explained decision to accept a finding. Inline:
 *   # alignkit-disable-next-line <rule-id>[, <rule-id>] -- <reason> (until YYYY-MM-DD)
 * or listed in the configuration. A waived finding is kept and marked as
 * suppressed, so reports still show what was accepted and why. A waiver that
 * lacks a reason, names an unknown rule, has expired or matches nothing is a
 * finding itself.
 */
import type { Finding, Suppression } from './finding.js';
import { isCalendarDate } from './validate/formats.js';

export interface ConfigWaiver {
  rule: string;
  /** Only findings at or below this JSON pointer; all of the file when absent. */
  pointer?: string;
  reason: string;
  until?: string;
  /** Where the waiver is written, for messages ("alignkit.yaml: waivers[2]"). */
  source: string;
}

interface InlineWaiver {
  rules: string[];
  reason: string;
  until?: string;
  /** The comment's own position. */
  line: number;
  column: number;
  endColumn: number;
  /** The line it applies to. */
  target: number;
  used: boolean;
}

const DIRECTIVE = /^(\s*)#\s*alignkit-disable-next-line\b(.*)$/;
const UNTIL = /\(\s*until\s+(\S+?)\s*\)\s*$/;

/** Cheap test for the fast path: files without directives need no comment scan. */
export function mayHaveInlineWaivers(text: string): boolean {
  return text.includes('alignkit-disable');
}

function finding(ruleId: string, severity: Finding['severity'], message: string, file: string, w: { line: number; column: number; endColumn: number }, hint?: string): Finding {
  return { ruleId, severity, message, file, pointer: '', line: w.line, column: w.column, endLine: w.line, endColumn: w.endColumn, ...(hint ? { hint } : {}) };
}

const FORMAT_HINT = 'write: # alignkit-disable-next-line <rule-id> -- <why this is acceptable> (until YYYY-MM-DD)';

function parseInline(text: string, file: string, known: ReadonlySet<string>, today: string, problems: Finding[]): InlineWaiver[] {
  const waivers: InlineWaiver[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const where = { line: index + 1, column: m[1]!.length + 1, endColumn: raw.length + 1 };
    const body = m[2]!;
    const dash = body.indexOf('--');
    const ruleText = (dash < 0 ? body : body.slice(0, dash)).trim();
    let reason = dash < 0 ? '' : body.slice(dash + 2).trim();
    let until: string | undefined;
    const u = UNTIL.exec(reason);
    if (u) {
      until = u[1];
      reason = reason.slice(0, u.index).trim();
    }
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    if (rules.length === 0) {
      problems.push(finding('waiver-invalid', 'error', 'This waiver names no rule.', file, where, FORMAT_HINT));
      return;
    }
    const unknown = rules.filter((r) => !known.has(r));
    if (unknown.length > 0) {
      problems.push(
        finding(
          'waiver-invalid',
          'error',
          `This waiver names ${unknown.map((r) => `"${r}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a rule' : 'are not rules'}; \`alignkit rules\` lists them.`,
          file,
          where,
        ),
      );
      return;
    }
    if (reason === '') {
      problems.push(finding('waiver-invalid', 'error', `This waiver of ${rules.join(', ')} gives no reason; say after "--" why the finding is acceptable.`, file, where, FORMAT_HINT));
      return;
    }
    if (until !== undefined && !isCalendarDate(until)) {
      problems.push(finding('waiver-invalid', 'error', `This waiver's end date "${until}" is not a date; write (until YYYY-MM-DD).`, file, where));
      return;
    }
    if (until !== undefined && today !== '' && until < today) {
      problems.push(finding('waiver-expired', 'error', `This waiver of ${rules.join(', ')} expired on ${until}; fix the finding or renew the waiver with a new date.`, file, where));
      return;
    }
    waivers.push({ rules, reason, until, ...where, target: index + 2, used: false });
  });
  return waivers;
}

function under(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/**
 * Marks waived rule findings as suppressed and returns the waivers' own
 * problems. `ruleFindings` are the semantic-rule findings of one file.
 */
export function applyWaivers(text: string, file: string, ruleFindings: Finding[], options: { known: ReadonlySet<string>; today: string; configWaivers: readonly ConfigWaiver[] }): Finding[] {
  const problems: Finding[] = [];
  const inline = mayHaveInlineWaivers(text) ? parseInline(text, file, options.known, options.today, problems) : [];
  const active = options.configWaivers.filter((w) => !(w.until && options.today !== '' && w.until < options.today));
  for (const f of ruleFindings) {
    const byComment = inline.find((w) => w.target === f.line && w.rules.includes(f.ruleId));
    if (byComment) {
      byComment.used = true;
      f.suppressions = [{ kind: 'inSource', justification: byComment.reason, ...(byComment.until ? { until: byComment.until } : {}) }];
      continue;
    }
    const byConfig = active.find((w) => w.rule === f.ruleId && (w.pointer === undefined || under(f.pointer, w.pointer)));
    if (byConfig) {
      const suppression: Suppression = { kind: 'external', justification: byConfig.reason, ...(byConfig.until ? { until: byConfig.until } : {}) };
      f.suppressions = [suppression];
    }
  }
  for (const w of inline) {
    if (!w.used) problems.push(finding('waiver-unused', 'warning', `This waiver of ${w.rules.join(', ')} matches no finding on the next line; remove it.`, file, w));
  }
  return problems;
}
