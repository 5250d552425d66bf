import { deliverableJurisdictions } from '../spec/deliverable-facts.js';
import { isRegulatedCategory, type RegulatedCategory, strictestFloor } from '../spec/regulated-floors.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';
import type { CampaignSpec, Party } from '../spec/model.js';

/** Share of a party's audience under 18, from its age bands; undefined when unknown. */
export function underEighteenPct(party: Party): number | undefined {
  const bands = party.audience?.age_pct;
  if (!bands) return undefined;
  return Object.entries(bands)
    .filter(([band]) => Number(band.slice(0, 2)) < 18)
    .reduce((sum, [, pct]) => sum + (pct as number), 0);
}

/** Each creator with a deliverable, with the markets and jurisdictions their content runs in. */
function creatorsOf(spec: CampaignSpec): { party: Party; index: number; markets: string[] }[] {
  return spec.parties.flatMap((party, index) => {
    const theirs = spec.deliverables.filter((d) => d.creator === party.id);
    return theirs.length === 0 ? [] : [{ party, index, markets: [...new Set(theirs.flatMap((d) => deliverableJurisdictions(spec, d)))] }];
  });
}

/**
 * The limit that applies: the stricter of the spec's own and the law's floor in
 * the creator's markets, with where it comes from for the message.
 */
function effectiveLimit(own: number | undefined, law: { value: number; source: string; market: string } | undefined, stricter: (a: number, b: number) => boolean, ownField: string) {
  if (law && (own === undefined || stricter(law.value, own))) {
    return { value: law.value, source: `${law.source}, ${law.market}${own === undefined ? '' : `; the spec's ${ownField} of ${own} is laxer`}` };
  }
  return own === undefined ? undefined : { value: own, source: `the spec's ${ownField}` };
}

function checkPeople(spec: CampaignSpec, category: RegulatedCategory, hits: RuleHit[]): void {
  const r = spec.compliance.regulated;
  for (const { party, index, markets } of creatorsOf(spec)) {
    const age = effectiveLimit(
      r?.min_talent_age,
      strictestFloor(category, markets, 'talentAge', (a, b) => a > b),
      (a, b) => a > b,
      'min_talent_age',
    );
    if (age) {
      if (party.age === undefined)
        hits.push(
          hit(at('parties', index), `${party.name}'s age is not recorded, but ${category} content requires talent aged ${age.value}+ (${age.source}).`, {
            target: 'key',
            hint: `Record ${party.name}'s age (age), or give this part to someone aged ${age.value} or over.`,
          }),
        );
      else if (party.age < age.value)
        hits.push(
          hit(at('parties', index, 'age'), `${party.name} is ${party.age}; ${category} content requires talent aged ${age.value} or over (${age.source}).`, {
            hint: `Give this part to someone aged ${age.value} or over, or keep ${party.name} out of the ${category} content.`,
          }),
        );
    }
    const u18 = underEighteenPct(party);
    const limit = effectiveLimit(
      r?.max_audience_u18_pct,
      strictestFloor(category, markets, 'underEighteenBelowPct', (a, b) => a < b),
      (a, b) => a < b,
      'max_audience_u18_pct',
    );
    if (limit) {
      if (u18 === undefined)
        hits.push(
          hit(at('parties', index), `${party.name}'s audience age split is not recorded, so the under-18 limit (${limit.value} %, ${limit.source}) cannot be checked.`, {
            target: 'key',
            hint: `Record the audience's age split (audience.age_pct) from ${party.name}'s platform analytics.`,
          }),
        );
      else if (u18 >= limit.value)
        hits.push(
          hit(at('parties', index, 'audience', 'age_pct'), `${u18} % of ${party.name}'s audience is under 18; the limit is below ${limit.value} % (${limit.source}).`, {
            hint: `Choose a creator with fewer than ${limit.value} % of their audience under 18, or keep ${party.name} out of the ${category} content.`,
          }),
        );
    }
  }
}

export const regulatedCategoryRules: Rule = {
  id: 'regulated-category-rules',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description:
    'Regulated categories carry their rules: alcohol and gambling age limits and audience shares (UK 25+, under-18s below 25 %; US spirits 73.8 % legal-age audience), financial promotions with an approver and a risk warning on every piece.',
  rationale:
    "UK CAP rules bar anyone under 25 from a significant role in alcohol (CAP Code 18.16) or gambling (16.3.14) ads, and any placement where a quarter or more of the audience is under 18 (18.15, 16.3.13, with the ASA's audience-composition guidance); in the US nobody under the legal purchase age of 21 may appear, and the DISCUS Code requires 73.8 % of the audience to be of legal age; UK financial promotions need section 21 approval and a risk warning on every frame. Each creator is held to the stricter of the spec's own limit and the floor of the markets their content runs in, named at their own age or audience: a spec that says 21 does not make a 23-year-old lawful in a UK alcohol ad. Breaches bring fines and takedowns, and they are checkable before anyone films.",
  docs: {
    bad: `campaign:
  category: alcohol
  markets: [GB]
compliance:
  jurisdictions: [GB]        # no regulated rules`,
    good: `compliance:
  jurisdictions: [GB]
  regulated:
    min_talent_age: 25
    max_audience_u18_pct: 25
    responsibility_message: Enjoy responsibly. drinkaware.co.uk`,
  },
  check(spec) {
    const category = spec.campaign.category;
    const markets = new Set([...spec.campaign.markets, ...spec.compliance.jurisdictions]);
    const r = spec.compliance.regulated;
    const regulatedAt = at('compliance', 'regulated');
    const hits: RuleHit[] = [];
    const demand = (ok: boolean, message: string, hint: string) => {
      if (!ok) hits.push(hit(r ? regulatedAt : at('compliance'), message, { target: 'key', hint }));
    };

    if (isRegulatedCategory(category)) {
      if (markets.has('GB')) {
        demand((r?.min_talent_age ?? 0) >= 25, `UK ${category} advertising needs min_talent_age of at least 25 (CAP rules).`, 'Set compliance.regulated.min_talent_age: 25 (or higher).');
        demand(
          r?.max_audience_u18_pct !== undefined && r.max_audience_u18_pct <= 25,
          `UK ${category} advertising needs max_audience_u18_pct of 25 or less (CAP rules).`,
          'Set compliance.regulated.max_audience_u18_pct: 25 (or lower).',
        );
      }
      if (category === 'alcohol' && markets.has('US')) {
        demand(
          (r?.min_audience_lpa_pct ?? 0) >= 73.8,
          'US alcohol advertising needs min_audience_lpa_pct of at least 73.8 (DISCUS code).',
          'Set compliance.regulated.min_audience_lpa_pct: 73.8 (or higher).',
        );
      }
      demand(
        Boolean(r?.responsibility_message),
        `A ${category} campaign needs its responsibility message (responsibility_message).`,
        'Add compliance.regulated.responsibility_message with the wording every piece carries.',
      );
      checkPeople(spec, category, hits);
    }

    if ((category === 'financial_promotion' || category === 'crypto') && markets.has('GB')) {
      demand(
        Boolean(r?.finprom_approver),
        'UK financial promotions need an authorised approver (finprom_approver, FSMA s21).',
        'Name the authorised firm that approves the promotions in compliance.regulated.finprom_approver.',
      );
      demand(Boolean(r?.risk_warning), 'UK financial promotions need the risk warning wording (risk_warning).', 'Add the risk warning wording as compliance.regulated.risk_warning.');
      const covered = new Set((spec.messaging.mandatory ?? []).filter((m) => m.type === 'risk_warning').flatMap((m) => m.applies_to));
      spec.deliverables.forEach((d, i) => {
        if (!covered.has(d.id))
          hits.push(
            hit(at('deliverables', i), `Deliverable ${d.id} is a UK financial promotion without a mandatory risk_warning element (every frame must carry it).`, {
              target: 'key',
              hint: `Add a messaging.mandatory element of type risk_warning that applies_to ${d.id}.`,
            }),
          );
      });
    }
    return hits;
  },
};
