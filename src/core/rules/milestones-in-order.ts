import { zonedInstant } from '../time/clock.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const milestonesInOrder: Rule = {
  id: 'milestones-in-order',
  severity: 'error',
  category: 'schedule',
  description: 'A milestone is due after the milestones it depends on, and dependencies do not loop.',
  rationale: 'A plan whose "contracts signed" milestone comes after "first draft due" has already slipped; it is cheaper to see that at kickoff than in week two.',
  docs: {
    bad: `milestones:
  - { id: brief-approved, name: Brief approved, at: 2027-02-20T17:00 America/New_York, owner: ines }
  - { id: contracts, name: Contracts signed, at: 2027-02-18T17:00 America/New_York, owner: ines, depends_on: [brief-approved] }`,
    good: `milestones:
  - { id: brief-approved, name: Brief approved, at: 2027-02-15T17:00 America/New_York, owner: ines }
  - { id: contracts, name: Contracts signed, at: 2027-02-18T17:00 America/New_York, owner: ines, depends_on: [brief-approved] }`,
  },
  check(spec, context) {
    const milestones = spec.milestones ?? [];
    const byId = new Map(milestones.map((m, i) => [m.id, { m, i }]));
    const hits: RuleHit[] = [];
    milestones.forEach((m, i) => {
      (m.depends_on ?? []).forEach((dep, j) => {
        const before = byId.get(dep);
        if (!before) return; // references-resolve reports it
        const rough = { after: zonedInstant(context.clock, m.at), before: zonedInstant(context.clock, before.m.at) };
        if (rough.after.lo >= rough.before.hi) return;
        const clock = context.exactClock();
        if (zonedInstant(clock, m.at).lo < zonedInstant(clock, before.m.at).lo) {
          hits.push(
            hit(at('milestones', i, 'depends_on', j), `Milestone ${m.id} (${m.at}) is due before ${dep} (${before.m.at}), which it depends on.`, {
              hint: `Move ${m.id} after ${dep}, or take ${dep} out of its depends_on.`,
            }),
          );
        }
      });
    });
    // A loop: walking dependencies from a milestone leads back to it.
    milestones.forEach((m, i) => {
      const seen = new Set<string>();
      const stack = [...(m.depends_on ?? [])];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (id === m.id) {
          hits.push(
            hit(at('milestones', i, 'depends_on'), `Milestone ${m.id} depends on itself through its dependencies.`, { hint: 'Remove one dependency of the loop, so the milestones have an order.' }),
          );
          return;
        }
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(byId.get(id)?.m.depends_on ?? []));
      }
    });
    return hits;
  },
};
