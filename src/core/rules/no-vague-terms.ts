import { readablePath } from '../spec/pointer.js';
import { hit } from './helpers.js';
import { COMMITMENT_SECTIONS } from './no-vague-commitments.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';
import { findVague } from './vague-phrases.js';

export const noVagueTerms: Rule = {
  id: 'no-vague-terms',
  severity: 'warning',
  category: 'quantified',
  description: 'Free text avoids phrases that each party reads differently ("on-brand", "ASAP", "regular updates"), and says the quantified thing instead.',
  rationale:
    'Words like "authentic", "high-quality" or "as discussed" feel like agreement at kickoff and become arguments in week two. Each flagged phrase comes with a quantified replacement to write instead. Identifiers are not words: a time zone (Etc/UTC), a URL, an email address, a `code span` or a code with a digit or underscore (SOON20) is never read for vague phrases.',
  docs: {
    bad: `messaging:
  dos: [Keep it on-brand and authentic]`,
    good: `messaging:
  dos: [Follow the 3 reference posts in the brand guide; talking points, no script]`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const f of textFields(spec)) {
      if (COMMITMENT_SECTIONS.has(f.section)) continue;
      const vague = findVague(f.text);
      if (vague) hits.push(hit(f.pointer, `"${vague.match}" in ${readablePath(f.pointer, spec)} means different things to different parties.`, { hint: `Say instead: ${vague.replacement}.` }));
    }
    return hits;
  },
};
