/** Runs the active rules on a spec that passed the schema, loading the exact clock and the holiday calendars only if a rule asks for them. */
import type { RuleFinding, LintOptions } from '../lint-options.js';
import type { CampaignSpec } from '../spec/model.js';
import { NeedsExactClock, boundingClock, type Clock } from '../time/clock.js';
import { withOccurrences } from '../schedule/recurrence.js';
import { NeedsHolidays, loadHolidays } from '../time/holiday-registry.js';
import { RULES } from './index.js';
import { startSpecMemo } from './spec-memo.js';
import type { ActiveRule, Rule, RuleContext } from './types.js';

/** Every rule at its default severity: the `recommended` preset. */
export const RECOMMENDED: readonly ActiveRule[] = RULES.map((rule) => ({ rule, severity: rule.severity }));
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

let loadedExactClock: Clock | undefined;

async function loadExactClock(): Promise<Clock> {
  loadedExactClock ??= (await import('../time/exact-clock.js')).exactClock;
  return loadedExactClock;
}

export async function runRules(spec: CampaignSpec, options: LintOptions): Promise<RuleFinding[]> {
  let exact = options.exactClock ? await loadExactClock() : undefined;
  const context: RuleContext = {
    today: options.today ?? '',
    clock: exact ?? boundingClock,
    exactClock() {
      if (!exact) throw new NeedsExactClock();
      return exact;
    },
    ...(options.signoff ? { signoff: options.signoff } : {}),
  };
  startSpecMemo(spec);
  const occurrences = withOccurrences(spec);
  const out: RuleFinding[] = [];
  for (const { rule, severity } of options.rules ?? RECOMMENDED) {
    let hits: ReturnType<Rule['check']>;
    const target = rule.readsOccurrences && occurrences ? occurrences.spec : spec;
    // A rule that needs the exact clock or the holiday calendars (or both) runs again once they are loaded.
    for (let attempt = 0; ; attempt += 1) {
      try {
        hits = rule.check(target, context);
        if (target !== spec) hits = occurrences!.inSpec(hits);
        break;
      } catch (error) {
        if (attempt < 2 && error instanceof NeedsExactClock) exact = await loadExactClock();
        else if (attempt < 2 && error instanceof NeedsHolidays) await loadHolidays();
        else throw new RuleCrash(rule.id, error);
      }
    }
    for (const hit of hits) out.push({ ...hit, ruleId: rule.id, severity });
  }
  return out;
}

/** A rule threw: a bug in alignkit, reported with the rule's id so it can be switched off meanwhile. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly original: unknown,
  ) {
    super(`rule ${ruleId} failed: ${(original as Error)?.message ?? String(original)}`);
  }
}
