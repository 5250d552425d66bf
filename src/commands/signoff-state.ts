/** Where sign-off stands for a spec, for the commands that show it (render) next to their main job. */
import { resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/errors.js';
import { NotCanonicalizable, agreementHash } from '../core/signoff/agreement.js';
import { signoffStatus, type SignoffStatus } from '../core/signoff/status.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { readLedger } from '../io/ledger.js';

/**
 * The status from the ledger next to the spec. Entries the ledger cannot
 * vouch for are left out, and a warning points at `alignkit status`.
 */
export function currentSignoff(specShown: string, spec: CampaignSpec, data: unknown, io: Io): SignoffStatus {
  const file = readLedger(resolve(io.cwd, specShown), io.cwd);
  const problems = file.parsed?.findings.length ?? 0;
  if (problems > 0) io.stderr.write(`alignkit: warning: ${file.shown} has ${problems} entr${problems === 1 ? 'y' : 'ies'} that cannot be trusted and were left out; run alignkit status ${specShown}\n`);
  const ledger = file.parsed?.ledger;
  return signoffStatus(spec, hashForCommand(specShown, data), ledger && ledger.campaign === spec.campaign.id ? ledger : undefined);
}

/** The agreement hash of a spec a command works on; data JSON cannot carry exactly is a usage error, not a crash. */
export function hashForCommand(specShown: string, data: unknown): string {
  try {
    return agreementHash(data);
  } catch (error) {
    if (error instanceof NotCanonicalizable) throw new UsageError(`cannot hash the agreement in ${specShown}: ${error.message}`);
    throw error;
  }
}
