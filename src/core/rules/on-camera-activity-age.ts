import { appearingCreators } from '../spec/deliverable-facts.js';
import { deliverableJurisdictions } from '../spec/deliverable-facts.js';
import { readablePath } from '../spec/pointer.js';
import { type RegulatedCategory, strictestFloor } from '../spec/regulated-floors.js';
import { hit } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

const ALCOHOL_DRINK = '(?:beer|wine|prosecco|champagne|cider|cocktails?|spritz|spirits?|whisk(?:e)?y|bourbon|vodka|gin|tequila|rum|mezcal|hard seltzer|lager|ale|stout)';

/** On-camera behaviour that makes someone's part significant in regulated content: drinking, tasting, betting. */
const ACTIVITIES: readonly { category: RegulatedCategory; pattern: RegExp; alwaysRegulated: RegExp }[] = [
  {
    category: 'alcohol',
    // In an alcohol campaign any drinking counts; elsewhere only with an alcoholic drink in the same text.
    pattern: /\b(?:drink(?:s|ing)?|sip(?:s|ping)?|pour(?:s|ing)? and tast(?:e|es|ing)|tast(?:e|es|ing)|cheers|toast(?:s|ing)? with|shots? of)\b/i,
    alwaysRegulated: new RegExp(
      `\\b(?:drink(?:s|ing)?|sip(?:s|ping)?|tast(?:e|es|ing)|pour(?:s|ing)?|shots? of)\\b[^.;!?\\n]{0,40}\\b${ALCOHOL_DRINK}\\b|\\b${ALCOHOL_DRINK}\\b[^.;!?\\n]{0,20}\\b(?:tasting|in hand)\\b`,
      'i',
    ),
  },
  {
    category: 'gambling',
    pattern: /\b(?:place[sd]? (?:a |their |his |her )?bets?|betting|bets? on|wager(?:s|ing)?|spin(?:s|ning)? the (?:reels|wheel|slots?)|plays? (?:the )?slots|deposits? and plays?)\b/i,
    alwaysRegulated: /\b(?:place[sd]? (?:a |their |his |her )?bets?|betting|wager(?:s|ing)?|spin(?:s|ning)? the (?:reels|slots?)|plays? (?:the )?slots)\b/i,
  },
];

/**
 * A word every pattern above needs, looked for first: most texts have none, and the patterns are large
 * enough that compiling them is most of this rule's first run (about a millisecond).
 */
const MAY_NAME_AN_ACTIVITY = /\b(?:drink|sip|pour|tast|cheers|toast|shot|in hand|bets?\b|betting|wager|spin|plays?\b|deposit)/i;

export const onCameraActivityAge: Rule = {
  id: 'on-camera-activity-age',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: "What a creator is asked to do on camera (drink, pour and taste, place a bet) is lawful at their age in the deliverable's markets, whatever the campaign's category says.",
  rationale:
    'The age rules of regulated categories are about who is shown doing what: in the UK nobody under 25 may be shown drinking alcohol or gambling, or play a significant role in such an ad (CAP Code 18.16, 16.3.14); in the US nobody under 21 may appear drinking or betting. A brief that says "pour and taste the new spritz" makes the creator significant, and the brief, not the category field, is what gets filmed: a campaign filed under food and drink that asks a 22-year-old to taste a cocktail for a UK audience breaks the rule. Each deliverable\'s text is read for such behaviour against its creator\'s age and the floors of its markets, and the finding stands at the text.',
  docs: {
    bad: `parties:
  - { id: maya-chen, role: creator, age: 22 }
deliverables:
  - id: maya-tiktok
    creator: maya-chen
    markets: [GB]
    brief_notes: Pour and taste the new elderflower spritz on your balcony.`,
    good: `parties:
  - { id: maya-chen, role: creator, age: 22 }
deliverables:
  - id: maya-tiktok
    creator: maya-chen
    markets: [GB]
    brief_notes: Show the spritz being made; someone aged 25 or over does the tasting.`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    const regulated = spec.campaign.category;
    const parties = new Map(spec.parties.map((p) => [p.id, p]));
    for (const field of textFields(spec)) {
      if (field.section !== 'deliverables' || !MAY_NAME_AN_ACTIVITY.test(field.text)) continue;
      // The behaviour first: which deliverable a text belongs to is worked out only for the rare one that asks for it.
      for (const activity of ACTIVITIES) {
        const said = (regulated === activity.category ? activity.pattern : activity.alwaysRegulated).exec(field.text);
        if (!said) continue;
        const deliverable = spec.deliverables[field.segments[1] as number];
        if (!deliverable) break;
        // Everyone shown in it: its creator and, for a panel or a guest appearance, its co-creators.
        const shown = appearingCreators(deliverable).flatMap((id) => parties.get(id) ?? []);
        const floor = strictestFloor(activity.category, deliverableJurisdictions(spec, deliverable), 'talentAge', (a, b) => a > b);
        const under = floor ? shown.filter((p) => p.age !== undefined && p.age < floor.value) : [];
        if (!floor || under.length === 0) continue;
        const who = under.map((p) => p.name).join(' and ');
        const ages = under.map((p) => `${p.name} is ${p.age}`).join(', ');
        hits.push(
          hit(
            field.pointer,
            `${readablePath(field.pointer, spec)} asks ${who} to be shown "${said[0]}" (${activity.category}), but ${ages}; in ${floor.market} nobody under ${floor.value} may be (${floor.source}).`,
            {
              hint: `Give that part to someone aged ${floor.value} or over, or take it out of the brief.`,
            },
          ),
        );
        break;
      }
    }
    return hits;
  },
};
