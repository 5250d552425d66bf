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

function creatorsOf(spec: CampaignSpec): [Party, number][] {
  const used = new Set(spec.deliverables.map((d) => d.creator));
  return spec.parties.map((p, i) => [p, i] as [Party, number]).filter(([p]) => used.has(p.id));
}

export const regulatedCategoryRules: Rule = {
  id: 'regulated-category-rules',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: 'Regulated categories carry their rules: alcohol and gambling age limits and audience shares (UK 25+, under-18s below 25 %; US spirits 73.8 % legal-age audience), financial promotions with an approver and a risk warning on every piece.',
  rationale:
    'UK CAP rules bar anyone under 25 from a significant role in alcohol or gambling ads and any placement where a quarter of the audience is under 18; US spirits codes require 73.8 % of the audience to be of legal age; UK financial promotions need section 21 approval and a risk warning on every frame. Breaches bring fines and takedowns, and they are checkable before anyone films.',
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
    const demand = (ok: boolean, message: string) => {
      if (!ok) hits.push(r ? hit(regulatedAt, message, { target: 'key' }) : hit(at('compliance'), message, { target: 'key' }));
    };

    if (category === 'alcohol' || category === 'gambling') {
      if (markets.has('GB')) {
        demand((r?.min_talent_age ?? 0) >= 25, `UK ${category} advertising needs min_talent_age of at least 25 (CAP rules).`);
        demand(r?.max_audience_u18_pct !== undefined && r.max_audience_u18_pct <= 25, `UK ${category} advertising needs max_audience_u18_pct of 25 or less (CAP rules).`);
      }
      if (category === 'alcohol' && markets.has('US')) {
        demand((r?.min_audience_lpa_pct ?? 0) >= 73.8, 'US alcohol advertising needs min_audience_lpa_pct of at least 73.8 (DISCUS code).');
      }
      demand(Boolean(r?.responsibility_message), `A ${category} campaign needs its responsibility message (responsibility_message).`);
      for (const [party, i] of creatorsOf(spec)) {
        if (r?.min_talent_age !== undefined) {
          if (party.age === undefined) hits.push(hit(at('parties', i), `${party.name}'s age is not recorded, but ${category} content requires talent aged ${r.min_talent_age}+.`, { target: 'key' }));
          else if (party.age < r.min_talent_age) hits.push(hit(at('parties', i, 'age'), `${party.name} is ${party.age}; ${category} content requires talent aged ${r.min_talent_age} or over.`));
        }
        const u18 = underEighteenPct(party);
        if (r?.max_audience_u18_pct !== undefined) {
          if (u18 === undefined) hits.push(hit(at('parties', i), `${party.name}'s audience age split is not recorded, so the under-18 limit (${r.max_audience_u18_pct} %) cannot be checked.`, { target: 'key' }));
          else if (u18 >= r.max_audience_u18_pct) hits.push(hit(at('parties', i, 'audience', 'age_pct'), `${u18} % of ${party.name}'s audience is under 18; the limit is below ${r.max_audience_u18_pct} %.`));
        }
      }
    }

    if ((category === 'financial_promotion' || category === 'crypto') && markets.has('GB')) {
      demand(Boolean(r?.finprom_approver), 'UK financial promotions need an authorised approver (finprom_approver, FSMA s21).');
      demand(Boolean(r?.risk_warning), 'UK financial promotions need the risk warning wording (risk_warning).');
      const covered = new Set((spec.messaging.mandatory ?? []).filter((m) => m.type === 'risk_warning').flatMap((m) => m.applies_to));
      spec.deliverables.forEach((d, i) => {
        if (!covered.has(d.id)) hits.push(hit(at('deliverables', i), `Deliverable ${d.id} is a UK financial promotion without a mandatory risk_warning element (every frame must carry it).`, { target: 'key' }));
      });
    }
    return hits;
  },
};

