import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const messagingFocus: Rule = {
  id: 'messaging-focus',
  severity: 'warning',
  category: 'quantified',
  description: "At most three key messages, at most five mandatory elements per deliverable, and at least one don't.",
  rationale:
    "Audiences remember one to three messages from a creator post; ten mandatory elements turn a 30-second video into an advert nobody watches, and creators quietly drop some. An empty don'ts list means the brand's red lines are still in someone's head.",
  docs: {
    bad: `messaging:
  key_messages: [40-hour battery, ANC, Waterproof, Three colours, Free shipping]
  donts: []`,
    good: `messaging:
  key_messages: [40-hour battery with the case, Noise cancelling that works on the subway]
  donts: [Mention or show competitor products]`,
  },
  check(spec) {
    const m = spec.messaging;
    const hits: RuleHit[] = [];
    if (m.key_messages.length > 3) hits.push(hit(at('messaging', 'key_messages'), `${m.key_messages.length} key messages; audiences remember three at most.`, { hint: 'Keep the three that matter.' }));
    if (m.donts.length === 0) hits.push(hit(at('messaging', 'donts'), "The don'ts list is empty.", { hint: "Write down the brand's red lines: competitors, topics, claims." }));
    const perDeliverable = new Map<string, number>();
    for (const item of m.mandatory ?? []) for (const id of item.applies_to) perDeliverable.set(id, (perDeliverable.get(id) ?? 0) + 1);
    spec.deliverables.forEach((d, i) => {
      const n = perDeliverable.get(d.id) ?? 0;
      if (n > 5)
        hits.push(
          hit(at('deliverables', i), `Deliverable ${d.id} must contain ${n} mandatory elements; more than five crowds out the creator's own content.`, {
            target: 'key',
            hint: 'Keep the five that matter most, and leave the rest to the creator.',
          }),
        );
    });
    return hits;
  },
};
