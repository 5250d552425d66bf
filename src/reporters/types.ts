import type { FileResult } from '../core/finding.js';

/** What reporters need to know about a rule (or a core check such as `schema`). */
export interface RuleMeta {
  id: string;
  description: string;
  severity: 'error' | 'warning';
  /** Markdown help: rationale and examples. */
  help?: string;
  /** A built-in check (schema, YAML, waivers) that cannot be switched off. */
  core?: boolean;
}

export interface ReportContext {
  /** Colour level for terminal formats; machine formats ignore it. */
  color: 0 | 1 | 2 | 3;
  version: string;
  /** Every rule and core check, for formats that describe them (SARIF). */
  rules: readonly RuleMeta[];
  /** SARIF: file paths as shown are relative to `cwd`; URIs are written relative to `root` (the repository). */
  sarif?: { cwd: string; root: string; includeSuppressed: boolean };
}

export interface LintReport {
  results: FileResult[];
  errorCount: number;
  warningCount: number;
  suppressedCount: number;
  /** Warnings allowed before the run fails; -1 for no limit. */
  maxWarnings: number;
}

/** A reporter turns a lint report into text. Pure: no I/O, no globals. */
export type Reporter = (report: LintReport, context: ReportContext) => string;

export const RULE_DOCS_URL = 'https://alignkit.dev/rules/';
