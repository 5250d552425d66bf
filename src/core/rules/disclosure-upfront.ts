import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const UPFRONT_PLACEMENTS = ['caption_first_line', 'on_screen', 'verbal', 'title', 'description_first_line', 'above_the_fold'];
const WEAK_PLACEMENTS = ['caption_end', 'hashtag_stack', 'bio', 'comments'];

export const disclosureUpfront: Rule = {
  id: 'disclosure-upfront',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: 'The disclosure appears up front (first caption line, on screen, spoken, title), not only at the caption end, in a hashtag stack, the bio or the comments.',
  rationale:
    'The FTC, ASA and AANA all require a disclosure people see before they engage: "clear and conspicuous", before "more". A #ad buried among ten hashtags at the end of a caption has been ruled a breach repeatedly.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    disclosure:
      labels: ["#ad"]
      placements: [hashtag_stack, platform_tool]`,
    good: `deliverables:
  - id: maya-tiktok
    disclosure:
      labels: ["#ad"]
      placements: [caption_first_line, on_screen, platform_tool]`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      const placements: string[] = d.disclosure.placements;
      if (placements.some((p) => UPFRONT_PLACEMENTS.includes(p))) return;
      const weak = placements.filter((p) => WEAK_PLACEMENTS.includes(p));
      hits.push(
        hit(
          at('deliverables', i, 'disclosure', 'placements'),
          `Deliverable ${d.id} discloses only in ${placements.join(', ')}${weak.length > 0 ? `; ${weak.join(', ')} ${weak.length === 1 ? 'is' : 'are'} not seen before people engage` : ''}.`,
          {
            hint: 'Put the label in the first caption line, on screen or spoken at the start.',
          },
        ),
      );
    });
    return hits;
  },
};
