/** The rules' findings with their positions in the file, and the file's waivers applied to them. */
import type { Finding, Locate } from './finding.js';
import type { LintOptions, RuleFinding } from './lint-options.js';
import { RULE_IDS } from './rules/run.js';
import { applyWaivers } from './waivers.js';

/** The placed findings, then the waivers' own problems (a waiver with no reason, or one that matches nothing). */
export function placedFindings(file: string, text: string, hits: readonly RuleFinding[], locate: Locate, options: LintOptions): Finding[] {
  const ruleFindings: Finding[] = hits.map((hit) => ({
    ruleId: hit.ruleId,
    severity: hit.severity,
    message: hit.message,
    file,
    pointer: hit.pointer,
    ...(hit.hint ? { hint: hit.hint } : {}),
    ...locate(hit.pointer, hit.target),
  }));
  const waiverProblems = applyWaivers(text, file, ruleFindings, { known: options.knownRuleIds ?? RULE_IDS, today: options.today ?? '', configWaivers: options.waivers ?? [] });
  return [...ruleFindings, ...waiverProblems];
}
