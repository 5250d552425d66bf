import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

const normalised = (text: string) => text.trim().toLowerCase();

const SEPARATE = "Put in each party's own; if one person really holds two roles, keep one party and name it in both places.";

export const contactsAndCodesDistinct: Rule = {
  id: 'contacts-and-codes-distinct',
  severity: 'error',
  category: 'responsibility',
  description: 'No two parties share an email address, a phone number or a handle, and no two creators share a promo code, an affiliate link or a tracking link.',
  rationale:
    "A copied entry is the usual cause: the second creator keeps the first one's promo code, or a new party keeps the previous one's email. Shared codes make every sale unattributable, so bonuses and the wrap report are computed on the wrong creator; a shared email or phone number sends approvals, escalations and sign-off requests to the wrong person; a shared handle counts one account's posts for two parties. If two people really share one inbox, waive the finding with the reason.",
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    creator: maya-chen
    tracking: { promo_code: MAYA15 }
  - id: jon-reel
    creator: jon-reyes
    tracking: { promo_code: MAYA15 }   # copied from Maya's entry`,
    good: `deliverables:
  - id: maya-tiktok
    creator: maya-chen
    tracking: { promo_code: MAYA15 }
  - id: jon-reel
    creator: jon-reyes
    tracking: { promo_code: JON15 }`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    const emails = new Map<string, string>();
    spec.parties.forEach((p, i) => {
      const email = normalised(p.contact.email);
      const owner = emails.get(email);
      if (owner === undefined) emails.set(email, p.id);
      else
        hits.push(
          hit(at('parties', i, 'contact', 'email'), `${p.id} has the same email as ${owner} (${p.contact.email}); approvals, escalations and sign-off requests would reach the wrong person.`, {
            hint: SEPARATE,
          }),
        );
    });
    const phones = new Map<string, string>();
    spec.parties.forEach((p, i) => {
      if (p.contact.phone === undefined) return;
      const digits = p.contact.phone.replace(/\D/g, '');
      const owner = phones.get(digits);
      if (owner === undefined) phones.set(digits, p.id);
      else hits.push(hit(at('parties', i, 'contact', 'phone'), `${p.id} has the same phone number as ${owner} (${p.contact.phone}); an urgent call would reach the wrong person.`, { hint: SEPARATE }));
    });
    const handles = new Map<string, string>();
    spec.parties.forEach((p, i) => {
      for (const [platform, handle] of Object.entries(p.handles ?? {})) {
        const key = `${platform}\u0000${normalised(handle).replace(/^@/, '')}`;
        const owner = handles.get(key);
        if (owner === undefined) handles.set(key, p.id);
        else if (owner !== p.id)
          hits.push(
            hit(at('parties', i, 'handles', platform), `${p.id} has the same ${platform} handle as ${owner} (${handle}); one account's posts would be counted, briefed and paid for twice.`, {
              hint: SEPARATE,
            }),
          );
      }
    });
    for (const field of ['promo_code', 'affiliate_url', 'utm'] as const) {
      const creatorOf = new Map<string, string>();
      spec.deliverables.forEach((d, i) => {
        const value = d.tracking?.[field];
        if (value === undefined) return;
        const owner = creatorOf.get(normalised(value));
        if (owner === undefined) creatorOf.set(normalised(value), d.creator);
        else if (owner !== d.creator) {
          const what = field === 'promo_code' ? 'promo code' : field === 'utm' ? 'tracking link' : 'affiliate link';
          hits.push(
            hit(
              at('deliverables', i, 'tracking', field),
              `${d.id} (${d.creator}) uses the ${what} ${value}, which is ${owner}'s; sales could not be told apart, so bonuses and the wrap report would count them for the wrong creator.`,
              { hint: `Give ${d.creator} a ${what} of their own.` },
            ),
          );
        }
      });
    }
    return hits;
  },
};
