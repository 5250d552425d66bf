import type { Reporter } from './types.js';

/** Version of the JSON report shape; bump on any incompatible change (see README). */
export const JSON_REPORT_VERSION = 1;

export const json: Reporter = (report, context) =>
  `${JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      tool: { name: 'alignkit', version: context.version },
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      suppressedCount: report.suppressedCount,
      results: report.results.map((r) => ({
        file: r.file,
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        suppressedCount: r.suppressedCount,
        findings: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          pointer: f.pointer,
          ...(f.hint ? { hint: f.hint } : {}),
          ...(f.suppressions ? { suppressions: f.suppressions } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`;
