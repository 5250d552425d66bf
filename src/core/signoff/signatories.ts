/** Who has to sign the agreement before it is locked. */
import type { CampaignSpec, Party } from '../spec/model.js';

/**
 * Every party that is Accountable for an activity in the RACI or holds
 * signing authority, in the order the spec lists the parties.
 */
export function signatories(spec: CampaignSpec): Party[] {
  const accountable = new Set(spec.raci.map((r) => r.accountable));
  return spec.parties.filter((p) => accountable.has(p.id) || p.authority.includes('sign_contract'));
}
