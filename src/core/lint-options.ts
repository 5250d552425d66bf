import type { Severity } from './finding.js';
import type { ActiveRule, RuleHit, SignoffContext } from './rules/types.js';
import type { ConfigWaiver } from './waivers.js';

export interface LintOptions {
  /** The rules to run; every rule at its default severity when absent. */
  rules?: readonly ActiveRule[];
  /** "Today" (YYYY-MM-DD) for date-relative rules; without it they are skipped. */
  today?: string;
  /** Waivers from the configuration that apply to this file. */
  waivers?: readonly ConfigWaiver[];
  /** Rule ids that exist, for checking the ids waivers name (defaults to every rule). */
  knownRuleIds?: ReadonlySet<string>;
  /** Skip the fast path; tests use this to compare both paths. */
  exactOnly?: boolean;
  /** Use the exact clock from the start; tests compare it with the bounding clock. */
  exactClock?: boolean;
  /** The file's full size, when only its head was read. */
  size?: number;
  /** The sign-off ledger next to the spec, for the sign-off rules. */
  signoff?: SignoffContext;
}

export interface RuleFinding extends RuleHit {
  ruleId: string;
  severity: Severity;
}
