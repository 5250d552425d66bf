import { at, hit } from './helpers.js';
import { underEighteenPct } from './regulated-category-rules.js';
import type { Rule, RuleHit } from './types.js';

export const minorsProtected: Rule = {
  id: 'minors-protected',
  severity: 'warning',
  category: 'disclosure-and-compliance',
  description: 'Creators under 18, and creators whose audience is mostly under 18, are flagged for the extra rules that apply.',
  rationale:
    "Child creators need parental consent, earnings protection (France requires part of the income to be held in trust) and working-time limits; child-directed content triggers children's advertising codes and the FTC's rules on children. These change contracts and content, so they belong in the kickoff.",
  docs: {
    bad: `parties:
  - { id: maya-chen, role: creator, age: 16 }`,
    good: `# Creators are adults, or the spec records guardian consent in decision_log
parties:
  - { id: maya-chen, role: creator, age: 22 }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.parties.forEach((p, i) => {
      if (p.role !== 'creator') return;
      if (p.age !== undefined && p.age < 18) {
        hits.push(
          hit(at('parties', i, 'age'), `${p.name} is ${p.age}: a minor needs guardian consent, earnings protection and working-time limits in the contract.`, {
            hint: "Agree them with the creator's guardian before kickoff, and record the consent in decision_log.",
          }),
        );
      }
      const u18 = underEighteenPct(p);
      if (u18 !== undefined && u18 > 50) {
        hits.push(
          hit(at('parties', i, 'audience', 'age_pct'), `${u18} % of ${p.name}'s audience is under 18, so the content counts as child-directed.`, {
            hint: "Have legal check the content against the children's advertising rules of the campaign's markets.",
          }),
        );
      }
    });
    return hits;
  },
};
