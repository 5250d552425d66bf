import { at, deliverableJurisdictions, hit } from './helpers.js';
import { acceptedBy, labelProfile, normaliseLabel } from '../spec/disclosure-labels.js';
import type { Rule, RuleHit } from './types.js';

export const disclosureLabelAccepted: Rule = {
  id: 'disclosure-label-accepted',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description:
    "Each deliverable's disclosure labels include wording every market's regulator accepts in the deliverable's language; weak labels (#sp, #spon, #collab, \"thanks to\") on their own do not count.",
  rationale:
    'Regulators name the words: "Werbung" or "Anzeige" in Germany, "Publicité" in France, "#ad" or "Advert" in the UK. A deliverable aimed at several markets needs wording that works in each. Weak labels such as #sp or #collab have been ruled insufficient by the ASA, the AANA and German courts. Where a market has more than one language, the wording follows the content: Ad Standards (Canada, Influencer Marketing Disclosure Guidelines) lists "#pub" and "#commandité" for French-language content and asks for the disclosure in the creator\'s and audience\'s language; the FTC ("Disclosures 101") asks for it in the language of the endorsement. Spain\'s AUTOCONTROL code (Código de conducta de publicidad a través de influencers) accepts "publicidad", "publi", "patrocinado por <marca>" and "en colaboración con <marca>".',
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
        const profile = labelProfile(country, d.language);
        if (!profile) continue;
        if (labels.some((l) => acceptedBy(profile, l))) continue;
        // Weak labels only count against a market when nothing acceptable stands beside them.
        const weak = labels.findIndex((l) => profile.rejected.includes(normaliseLabel(l)));
        if (weak >= 0) {
          hits.push(
            hit(at('deliverables', i, 'disclosure', 'labels', weak), `"${labels[weak]}" is too weak a disclosure for ${country}: it is not wording accepted under ${profile.regulator}.`, {
              hint: `Use ${profile.accepted
                .slice(0, 3)
                .map((a) => `"${a}"`)
                .join(' or ')}.`,
            }),
          );
        } else {
          hits.push(
            hit(
              at('deliverables', i, 'disclosure', 'labels'),
              `Deliverable ${d.id} targets ${country}, but none of its labels (${labels.join(', ')}) is wording accepted under ${profile.regulator}.`,
              {
                hint: `Add one of: ${profile.accepted
                  .slice(0, 4)
                  .map((a) => `"${a}"`)
                  .join(', ')}.`,
              },
            ),
          );
        }
      }
    });
    return hits;
  },
};
