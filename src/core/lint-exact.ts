/** The exact path: `yaml` with positions, the explaining validator, rules, then waivers. */
import { toFileResult, type FileResult, type Finding } from './finding.js';
import type { LintOptions, RuleFinding } from './lint-options.js';
import { placedFindings } from './placed-findings.js';
import { runRules } from './rules/run.js';
import type { CampaignSpec } from './spec/model.js';
import { parseYaml } from './spec/yaml-document.js';
import { refusedSpecFindings } from './refused-spec.js';

/**
 * Lints with positions; also hands back the data `yaml` read, when it could read it. `hits` are the rules'
 * findings on the same text read by the fast path, when it got that far: only their positions are missing.
 */
export async function lintExact(file: string, text: string, options: LintOptions, hits?: readonly RuleFinding[]): Promise<{ result: FileResult; data?: unknown }> {
  const parsed = parseYaml(text);
  const findings: Finding[] = parsed.problems.map((p) => ({ ...p, severity: 'error', file, pointer: '' }));
  if (findings.length > 0) return { result: toFileResult(file, findings) };

  const refused = refusedSpecFindings(file, text, parsed.data, parsed.locate, options);
  if (refused) findings.push(...refused);
  // Rules trust the schema's shapes, so they run only on specs that passed it.
  else findings.push(...placedFindings(file, text, hits ?? (await runRules(parsed.data as CampaignSpec, options)), parsed.locate, options));
  const result = toFileResult(file, findings);
  return parsed.data === undefined ? { result } : { result, data: parsed.data };
}
