/** The shape every check in alignkit reports, from YAML syntax to semantic rules. */
export type Severity = 'error' | 'warning';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a JSON pointer into a parsed file is in its text: the value, or the key with `target: 'key'`. */
export type Locate = (pointer: string, target?: 'key' | 'value') => Position;

export interface Finding extends Position {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The file as given on the command line (or the --stdin-filename). */
  file: string;
  /** RFC 6901 pointer to the offending value; "" for the whole document. */
  pointer: string;
  hint?: string;
  /** Present when a waiver accepted the finding: it is reported but does not count. */
  suppressions?: Suppression[];
}

export interface Suppression {
  /** inSource: a comment in the spec; external: the configuration (SARIF's terms). */
  kind: 'inSource' | 'external';
  justification: string;
  until?: string;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  suppressedCount: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}

/** Code-unit order, independent of the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toFileResult(file: string, findings: Finding[]): FileResult {
  const sorted = [...findings].sort(compareFindings);
  const counted = sorted.filter((f) => !f.suppressions);
  const errorCount = counted.filter((f) => f.severity === 'error').length;
  return { file, findings: sorted, errorCount, warningCount: counted.length - errorCount, suppressedCount: sorted.length - counted.length };
}
