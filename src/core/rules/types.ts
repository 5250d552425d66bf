import type { Severity } from '../finding.js';
import type { CampaignSpec } from '../spec/model.js';
import type { Ledger } from '../signoff/ledger.js';
import type { Clock } from '../time/clock.js';

/** What a rule's check reports: where (a JSON pointer into the spec) and what. */
export interface RuleHit {
  pointer: string;
  message: string;
  /** Point at the key rather than the value (for a whole mapping, the key reads better). */
  target?: 'key' | 'value';
  hint?: string;
}

export interface RuleContext {
  /** "Today" as YYYY-MM-DD, injectable so date-relative checks are deterministic. */
  today: string;
  /** The bounding clock: cheap, answers with intervals (see time/clock.ts). */
  clock: Clock;
  /** The exact clock; throws NeedsExactClock until the engine has loaded it. */
  exactClock(): Clock;
  /** The spec's sign-off ledger, when it has one; the sign-off rules are silent without it. */
  signoff?: SignoffContext;
}

export interface SignoffContext {
  ledger: Ledger;
  /**
   * The agreement hash of a spec. Passed in by whoever loaded the ledger, so
   * linting specs without a ledger never loads the hashing code.
   */
  hashOf(spec: CampaignSpec): string;
}

export const RULE_CATEGORIES = ['quantified', 'schedule', 'responsibility', 'kpis', 'rights-and-money', 'disclosure-and-compliance', 'contingency', 'communication'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface Rule {
  /** kebab-case; equals the file name in src/core/rules/. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters, for `alignkit explain` and docs/rules. */
  rationale: string;
  /** YAML fragments: one that the rule flags, one that passes. */
  docs: { bad: string; good: string };
  /**
   * The rule reads each occurrence of a recurring deliverable as a deliverable of its own (schedule rules);
   * its findings on a later occurrence's dates point at that deliverable's `recurrence`.
   */
  readsOccurrences?: true;
  check(spec: CampaignSpec, context: RuleContext): RuleHit[];
}

/** A rule with the severity the configuration gives it. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}
