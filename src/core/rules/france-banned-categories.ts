import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

/** Categories France's influencer law (Loi 2023-451) bars influencers from promoting. */
const BANNED_IN_FR: Readonly<Record<string, string>> = {
  nicotine: 'nicotine products',
  crypto: 'crypto-assets from unregistered providers',
  gambling: 'gambling outside the licensed, age-gated platforms',
};

const HINT = 'Leave France out of the campaign, or promote something else there.';

export const franceBannedCategories: Rule = {
  id: 'france-banned-categories',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: 'Campaigns in France do not promote categories French influencer law bans (nicotine, unregistered crypto, unrestricted gambling).',
  rationale:
    'Loi 2023-451 bans influencer promotion of nicotine products, cosmetic surgery, most crypto-asset and gambling offers and some financial products, with fines of up to €300,000 and prison terms. Dropping France from the markets is cheaper than finding out later.',
  docs: {
    bad: `campaign:
  category: nicotine
  markets: [GB, FR]`,
    good: `campaign:
  category: nicotine
  markets: [GB]`,
  },
  check(spec) {
    const banned = BANNED_IN_FR[spec.campaign.category];
    if (!banned) return [];
    const i = spec.campaign.markets.indexOf('FR');
    if (i >= 0) return [hit(at('campaign', 'markets', i), `France bans influencer promotion of ${banned} (Loi 2023-451).`, { hint: HINT })];
    const j = spec.compliance.jurisdictions.indexOf('FR');
    return j >= 0 ? [hit(at('compliance', 'jurisdictions', j), `France bans influencer promotion of ${banned} (Loi 2023-451).`, { hint: HINT })] : [];
  },
};
