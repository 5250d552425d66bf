import { at, hit, partiesById } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

export const approversHaveBackups: Rule = {
  id: 'approvers-have-backups',
  severity: 'error',
  category: 'responsibility',
  description: 'Every approver and every Accountable party has a backup who holds the same authority.',
  rationale: 'Approvals stall when the one approver is on holiday or sick. A named backup with the same authority keeps the review windows real.',
  docs: {
    bad: `parties:
  - id: ines-alvarez               # approves content
    backup: tom-becker
  - id: tom-becker
    authority: [pause_content]    # cannot approve content`,
    good: `parties:
  - id: ines-alvarez
    backup: tom-becker
  - id: tom-becker
    authority: [approve_content, pause_content]`,
  },
  check(spec) {
    const parties = partiesById(spec);
    const needed = new Map<string, string>(); // party id → authority the backup needs
    for (const stage of spec.approvals.stages) needed.set(stage.approver, 'approve_content');
    for (const row of spec.raci) if (!needed.has(row.accountable)) needed.set(row.accountable, '');
    const hits: RuleHit[] = [];
    spec.parties.forEach((party, i) => {
      if (!needed.has(party.id)) return;
      const authority = needed.get(party.id)!;
      if (!party.backup) {
        hits.push(
          hit(at('parties', i), `${party.name} (${party.id}) approves or is Accountable but has no backup.`, { target: 'key', hint: 'Add backup: <party id> for who acts when they are away.' }),
        );
        return;
      }
      const backup = parties.get(party.backup);
      if (!backup) return;
      if (backup.id === party.id) {
        hits.push(hit(at('parties', i, 'backup'), `${party.name} is named as their own backup.`, { hint: `Name someone else who can act for ${party.name} (the id of another party).` }));
      } else if (authority && !backup.authority.includes(authority as never)) {
        hits.push(
          hit(at('parties', i, 'backup'), `${party.name}'s backup ${backup.name} cannot ${authority.replace('_', ' ')}, so reviews stop when ${party.name} is away.`, {
            hint: `Give ${backup.name} the ${authority} authority, or name a backup who has it.`,
          }),
        );
      }
    });
    return hits;
  },
};
