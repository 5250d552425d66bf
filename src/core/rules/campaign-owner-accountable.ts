import { at, hit, partiesById } from './helpers.js';
import type { Rule } from './types.js';

export const campaignOwnerAccountable: Rule = {
  id: 'campaign-owner-accountable',
  severity: 'error',
  category: 'responsibility',
  description: 'The campaign owner is a brand or agency person who signs off and is Accountable for at least one activity.',
  rationale: 'The owner breaks ties. An owner who is not Accountable for anything, or who cannot sign, has the title but not the power, and decisions stall until the real decision-maker is found.',
  docs: {
    bad: `campaign:
  owner: maya-chen      # a creator`,
    good: `campaign:
  owner: ines-alvarez   # brand, Accountable for content_review and payment`,
  },
  check(spec) {
    const owner = partiesById(spec).get(spec.campaign.owner);
    if (!owner) return [];
    const pointer = at('campaign', 'owner');
    if (owner.role !== 'brand' && owner.role !== 'agency') {
      return [
        hit(pointer, `The campaign owner ${owner.name} is a ${owner.role}; the owner must be on the brand or agency side.`, { hint: 'Make a brand or agency party the owner (campaign.owner).' }),
      ];
    }
    if (!spec.raci.some((r) => r.accountable === owner.id)) {
      return [hit(pointer, `The campaign owner ${owner.name} is not Accountable for any RACI activity.`, { hint: 'Make the owner Accountable at least for content_review or the renewal decision.' })];
    }
    return [];
  },
};
