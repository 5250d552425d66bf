/** The exact path: `yaml` with positions, the explaining validator, rules, then waivers. */
import { toFileResult, type FileResult, type Finding, type Position } from './finding.js';
import type { LintOptions, RuleFinding } from './lint-options.js';
import { placedFindings } from './placed-findings.js';
import { runRules } from './rules/run.js';
import type { CampaignSpec } from './spec/model.js';
import { parseYaml } from './spec/yaml-document.js';
import { schemaProblems } from './validate/campaign-schema.js';
import { schemaFinding } from './validate/schema.js';

const START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Lints with positions; also hands back the data `yaml` read, when it could read it. `hits` are the rules'
 * findings on the same text read by the fast path, when it got that far: only their positions are missing.
 */
export async function lintExact(file: string, text: string, options: LintOptions, hits?: readonly RuleFinding[]): Promise<{ result: FileResult; data?: unknown }> {
  const parsed = parseYaml(text);
  const findings: Finding[] = parsed.problems.map((p) => ({ ...p, severity: 'error', file, pointer: '' }));
  if (findings.length > 0) return { result: toFileResult(file, findings) };

  const problems = schemaProblems(parsed.data);
  const empty = parsed.data === null || parsed.data === undefined;
  for (const problem of problems) findings.push(schemaFinding(problem, file, empty ? () => START : parsed.locate));
  // Rules trust the schema's shapes, so they run only on specs that passed it; the waivers are checked either way.
  const ruleHits = problems.length > 0 ? [] : (hits ?? (await runRules(parsed.data as CampaignSpec, options)));
  findings.push(...placedFindings(file, text, ruleHits, parsed.locate, options));
  const result = toFileResult(file, findings);
  return parsed.data === undefined ? { result } : { result, data: parsed.data };
}
