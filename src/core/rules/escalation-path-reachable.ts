import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const escalationPathReachable: Rule = {
  id: 'escalation-path-reachable',
  severity: 'error',
  category: 'communication',
  description: 'The escalation path has at least two people, each with a phone number for urgent contact.',
  rationale: 'Escalation happens when the routine channel has failed, often outside office hours. A one-person path, or people reachable only by email, is no path.',
  docs: {
    bad: `communication:
  escalation_path: [leo-park]`,
    good: `communication:
  escalation_path: [leo-park, ines-alvarez]   # both with contact.phone`,
  },
  check(spec) {
    const parties = partiesById(spec);
    const path = spec.communication.escalation_path;
    const hits: RuleHit[] = [];
    if (new Set(path).size < 2) {
      hits.push(
        hit(at('communication', 'escalation_path'), 'The escalation path needs at least two different people: who to go to when the first does not answer.', {
          hint: 'List at least two party ids, in the order to call them.',
        }),
      );
    }
    path.forEach((id, i) => {
      const party = parties.get(id);
      if (party && !party.contact.phone) {
        hits.push(
          hit(at('communication', 'escalation_path', i), `${party.name} is on the escalation path but has no phone number (contact.phone).`, {
            hint: `Add ${party.name}'s phone number as contact.phone, e.g. +1 212 555 0100.`,
          }),
        );
      }
    });
    return hits;
  },
};
