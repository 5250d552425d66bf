import { forEachPlaceholderField, placeholderPreset } from '../spec/placeholder-fields.js';
import { encodePointer } from '../spec/pointer.js';
import { hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const noPlaceholders: Rule = {
  id: 'no-placeholders',
  severity: 'error',
  category: 'quantified',
  description: 'No name, contact, handle, message, claim or code is one of the kickoff presets\' stand-ins ("The Brand", "The product name", brand.lead@brand.example, +1 212 555 0100, CREATOR1).',
  rationale:
    'The presets hold stand-ins where only the team can supply the value: names, organisations, contacts, handles, key messages, claims, promo codes, tracking links. Kept with Enter, a stand-in reads like a real term in every document ("Say the brand name: The product name"), a brief sends a creator to an address nobody reads, and a made-up promo code ends up in a post. A value that is exactly one of them (in any letter case) in any of those fields is an error; the list is built from the presets themselves, so it never falls behind them. In other fields the same words are ordinary text: "Brand Manager" is a stand-in as a name and a job title as a title.',
  docs: {
    bad: `parties:
  - id: ines-alvarez
    name: Ines Alvarez
    organisation: The Brand          # the preset's stand-in
    contact: { email: brand.lead@brand.example }`,
    good: `parties:
  - id: ines-alvarez
    name: Ines Alvarez
    organisation: Glow Labs Inc.
    contact: { email: ines@glowlabs.com }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    forEachPlaceholderField(spec, (path, value) => {
      if (placeholderPreset(path, value) !== undefined) {
        hits.push(hit(encodePointer(path), `"${(value as string).trim()}" is a kickoff preset's stand-in, not a value anyone agreed.`, { hint: 'Put in the real one.' }));
      }
    });
    return hits;
  },
};
