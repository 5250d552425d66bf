/** The findings of a spec the schema refuses: where it breaks the schema, and what its waivers say. */
import type { Finding, Locate, Position } from './finding.js';
import type { LintOptions } from './lint-options.js';
import { placedFindings } from './placed-findings.js';
import { schemaProblems } from './validate/campaign-schema.js';
import { schemaFinding } from './validate/schema.js';

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** undefined when the schema accepts the data: then the rules have their say. */
export function refusedSpecFindings(file: string, text: string, data: unknown, locate: Locate, options: LintOptions): Finding[] | undefined {
  const problems = schemaProblems(data);
  if (problems.length === 0) return undefined;
  const empty = data === null || data === undefined;
  const findings = problems.map((problem) => schemaFinding(problem, file, empty ? () => START : locate));
  // Rules trust the schema's shapes and do not run on a refused spec; the waivers are checked either way.
  findings.push(...placedFindings(file, text, [], locate, options));
  return findings;
}
