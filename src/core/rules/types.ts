import type { Severity } from '../finding.js';
import type { CampaignSpec } from '../spec/model.js';

/** What a rule's check reports: where (a JSON pointer into the spec) and what. */
export interface RuleHit {
  pointer: string;
  message: string;
  target?: 'key' | 'value';
  hint?: string;
}

export interface RuleContext {
  /** "Today" as YYYY-MM-DD, injectable so date-relative checks are deterministic. */
  today: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  check(spec: CampaignSpec, context: RuleContext): RuleHit[];
}

/** A rule with the severity the configuration gives it. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}
