/**
 * JUnit XML for CI dashboards: one test suite per spec, one failing test case
 * per finding (a clean spec is one passing case), waived findings as skipped.
 * A case is named by rule and JSON pointer, not by line, so dashboards that
 * track tests across runs keep following it when lines move; `file` and
 * `line` attributes (as GitLab and Jenkins read them) carry the position.
 */
import type { Finding } from '../core/finding.js';
import type { Reporter } from './types.js';

// XML 1.0 cannot carry most control characters at all, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xml(text: string): string {
  return text
    .replace(INVALID_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(f: Finding, name: string): string {
  const open = `    <testcase name="${xml(name)}" classname="${xml(f.file)}" file="${xml(f.file)}" line="${f.line}">`;
  if (f.suppressions) return `${open}<skipped message="${xml(`waived: ${f.suppressions[0]!.justification}`)}"/></testcase>`;
  const body = `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}${f.hint ? `\n${f.hint}` : ''}`;
  return `${open}\n      <failure message="${xml(f.message)}" type="${xml(f.severity)}">${xml(body)}</failure>\n    </testcase>`;
}

export const junit: Reporter = (report) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const tests = report.results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = report.errorCount + report.warningCount;
  out.push(`<testsuites name="alignkit lint" tests="${tests}" failures="${failures}" errors="0" skipped="${report.suppressedCount}">`);
  for (const r of report.results) {
    const failed = r.errorCount + r.warningCount;
    out.push(`  <testsuite name="${xml(r.file)}" tests="${Math.max(1, r.findings.length)}" failures="${failed}" errors="0" skipped="${r.suppressedCount}">`);
    if (r.findings.length === 0) out.push(`    <testcase name="alignkit lint" classname="${xml(r.file)}"/>`);
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const base = `${f.ruleId} ${f.pointer === '' ? '(whole file)' : f.pointer}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      out.push(testcase(f, n === 1 ? base : `${base} #${n}`));
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
