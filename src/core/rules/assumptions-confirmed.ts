import { assumedTerms, describeTerm, type AssumedTerm } from '../spec/provenance.js';
import { hit, plural } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Enough values to recognise the section's terms; `alignkit confirm --list` prints them all. */
const SHOWN = 6;

export const assumptionsConfirmed: Rule = {
  id: 'assumptions-confirmed',
  severity: 'warning',
  category: 'responsibility',
  description: 'Every term is stated by the team: no value listed under `assumed` (a preset term or a derived value nobody confirmed) is left.',
  rationale:
    'kickoff starts from a preset and derives values from earlier answers (a review date from the window, a language from the markets). Those values read like agreed terms in every document, but nobody at the table said them. This rule lists them per section, with their values, until someone confirms them with `alignkit confirm` or changes them; `alignkit sign` refuses while any are left unless the signer accepts them with --accept-assumptions. It is a warning under `recommended` and an error under `strict`.',
  docs: {
    bad: `approvals:
  revision_rounds: 2
assumed:
  /approvals/revision_rounds: 2   # kept from the preset, never discussed`,
    good: `approvals:
  revision_rounds: 2   # confirmed: alignkit confirm spec.yaml /approvals/revision_rounds
`,
  },
  check(spec) {
    const terms = assumedTerms(spec);
    if (terms.length === 0) return [];
    const bySection = new Map<string, AssumedTerm[]>();
    for (const term of terms) {
      const list = bySection.get(term.section);
      if (list) list.push(term);
      else bySection.set(term.section, [term]);
    }
    const hits: RuleHit[] = [];
    for (const [section, list] of bySection) {
      const shown = list.slice(0, SHOWN).map((t) => describeTerm(t, spec));
      const more = list.length > SHOWN ? `; and ${list.length - SHOWN} more` : '';
      hits.push(
        hit(list[0]!.pointer, `${plural(list.length, 'term')} in ${section} assumed, never confirmed: ${shown.join('; ')}${more}.`, {
          hint: `Settle them with the team, then confirm with \`alignkit confirm <spec> --section ${section}\`, or change them (a changed value is stated).`,
        }),
      );
    }
    return hits;
  },
};
