import type { Severity } from './finding.js';
import type { ActiveRule, RuleContext, RuleHit } from './rules/types.js';
import type { CampaignSpec } from './spec/model.js';

export interface LintOptions {
  rules?: readonly ActiveRule[];
  context?: RuleContext;
  /** Skip the fast path; tests use this to compare both paths. */
  exactOnly?: boolean;
  /** The file's full size, when only its head was read. */
  size?: number;
}

export interface RuleFinding extends RuleHit {
  ruleId: string;
  severity: Severity;
}

const DEFAULT_CONTEXT: RuleContext = { today: '1970-01-01' };

export function runRules(spec: CampaignSpec, options: LintOptions): RuleFinding[] {
  const context = options.context ?? DEFAULT_CONTEXT;
  const out: RuleFinding[] = [];
  for (const { rule, severity } of options.rules ?? []) {
    for (const hit of rule.check(spec, context)) out.push({ ...hit, ruleId: rule.id, severity });
  }
  return out;
}
