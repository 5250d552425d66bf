import type { FileResult } from '../core/finding.js';

export interface ReportContext {
  /** Colour level for terminal formats; machine formats ignore it. */
  color: 0 | 1 | 2 | 3;
  version: string;
}

export interface LintReport {
  results: FileResult[];
  errorCount: number;
  warningCount: number;
  /** Warnings allowed before the run fails; -1 for no limit. */
  maxWarnings: number;
}

/** A reporter turns a lint report into text. Pure: no I/O, no globals. */
export type Reporter = (report: LintReport, context: ReportContext) => string;
