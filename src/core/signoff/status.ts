/**
 * Where sign-off stands: who signed the current agreement, whose signature is
 * stale because the terms changed after they signed, who has not signed, and
 * whether the agreement is LOCKED (every signatory signed the current hash).
 */
import type { CampaignSpec } from '../spec/model.js';
import type { Ledger, LedgerSignature } from './ledger.js';
import { signatories } from './signatories.js';

export type SignatoryState = 'signed' | 'stale' | 'missing';

export interface SignatoryStatus {
  party: string;
  name: string;
  role: string;
  state: SignatoryState;
  /** Their signature on the current version, else their latest one. */
  signature?: LedgerSignature;
}

export interface SignoffStatus {
  campaign: string;
  /** The hash of the agreement as it is now. */
  hash: string;
  locked: boolean;
  signatories: SignatoryStatus[];
  /** Signatures by parties who do not have to sign (or no longer exist in the spec). */
  others: LedgerSignature[];
  /** The latest stored version every one of its signatories signed. */
  lastLocked?: string;
}

const EMPTY_LEDGER: Ledger = { campaign: '', signatures: [], agreements: [] };

/** The signatures that count for `hash`: one per party, the first made. */
function signersOf(ledger: Ledger, hash: string): Map<string, LedgerSignature> {
  const out = new Map<string, LedgerSignature>();
  for (const s of ledger.signatures) if (s.agreement === hash && !out.has(s.party)) out.set(s.party, s);
  return out;
}

function isLockedVersion(spec: CampaignSpec, ledger: Ledger, hash: string): boolean {
  const required = signatories(spec);
  const signed = signersOf(ledger, hash);
  return required.length > 0 && required.every((p) => signed.has(p.id));
}

export function signoffStatus(spec: CampaignSpec, hash: string, ledger: Ledger = EMPTY_LEDGER): SignoffStatus {
  const current = signersOf(ledger, hash);
  const required = signatories(spec);
  const rows: SignatoryStatus[] = required.map((p) => {
    const onCurrent = current.get(p.id);
    const latest = ledger.signatures.filter((s) => s.party === p.id).at(-1);
    const signature = onCurrent ?? latest;
    return { party: p.id, name: p.name, role: p.role, state: onCurrent ? 'signed' : latest ? 'stale' : 'missing', ...(signature ? { signature } : {}) };
  });
  const requiredIds = new Set(required.map((p) => p.id));
  const others = ledger.signatures.filter((s) => !requiredIds.has(s.party));
  // A stored version is judged by its own terms: who had to sign then.
  const lastLocked = [...ledger.agreements].reverse().find((a) => isLockedVersion(a.terms as CampaignSpec, ledger, a.hash))?.hash;
  return {
    campaign: spec.campaign.id,
    hash,
    locked: rows.length > 0 && rows.every((r) => r.state === 'signed'),
    signatories: rows,
    others,
    ...(lastLocked ? { lastLocked } : {}),
  };
}
