import { at, deliverableJurisdictions, hit } from './helpers.js';
import { LABEL_PROFILES, acceptedBy, normaliseLabel } from './disclosure-labels.js';
import type { Rule, RuleHit } from './types.js';

export const disclosureLabelAccepted: Rule = {
  id: 'disclosure-label-accepted',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: "Each deliverable's disclosure labels include wording every market's regulator accepts, and no label regulators call too weak (#sp, #spon, #collab, \"thanks to\").",
  rationale:
    'Regulators name the words: "Werbung" or "Anzeige" in Germany, "Publicité" in France, "#ad" or "Advert" in the UK. A deliverable aimed at several markets needs wording that works in each. Weak labels such as #sp or #collab have been ruled insufficient by the ASA, the AANA and German courts.',
  docs: {
    bad: `campaign:
  markets: [US, DE]
deliverables:
  - id: maya-tiktok
    disclosure:
      labels: ["#ad", "#collab"]`,
    good: `deliverables:
  - id: maya-tiktok
    disclosure:
      labels: ["#ad", "Werbung"]`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      const labels = d.disclosure.labels;
      for (const country of deliverableJurisdictions(spec, d)) {
        const profile = LABEL_PROFILES[country];
        if (!profile) continue;
        const weak = labels.findIndex((l) => profile.rejected.includes(normaliseLabel(l)) && !acceptedBy(profile, l));
        if (weak >= 0) {
          hits.push(hit(at('deliverables', i, 'disclosure', 'labels', weak), `"${labels[weak]}" is too weak a disclosure for ${country}: ${profile.regulator} does not accept it.`, { hint: `Use ${profile.accepted.slice(0, 3).map((a) => `"${a}"`).join(' or ')}.` }));
        }
        if (!labels.some((l) => acceptedBy(profile, l))) {
          hits.push(
            hit(at('deliverables', i, 'disclosure', 'labels'), `Deliverable ${d.id} targets ${country}, but none of its labels (${labels.join(', ')}) is wording ${profile.regulator} accepts.`, {
              hint: `Add one of: ${profile.accepted.slice(0, 4).map((a) => `"${a}"`).join(', ')}.`,
            }),
          );
        }
      }
    });
    // Two markets can reject the same weak label; say it once.
    return hits.filter((h, i) => hits.findIndex((o) => o.pointer === h.pointer && o.message.slice(0, 30) === h.message.slice(0, 30)) === i);
  },
};
