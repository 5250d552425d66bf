/** Where sign-off stands for a spec, for the commands that show it (render) next to their main job. */
import { lstatSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Io } from '../io/process-io.js';
import { UsageError } from '../errors.js';
import { NotCanonicalizable, agreementHash } from '../core/signoff/agreement.js';
import { signoffStatus, type SignoffStatus } from '../core/signoff/status.js';
import { ledgerNameFor } from '../core/spec/file-names.js';
import type { CampaignSpec } from '../core/spec/model.js';

function hasLedger(specPath: string): boolean {
  try {
    lstatSync(join(dirname(specPath), ledgerNameFor(basename(specPath))));
    return true;
  } catch {
    return false;
  }
}

/**
 * The status from the ledger next to the spec. Entries the ledger cannot
 * vouch for are left out, and a warning points at `alignkit status`.
 */
export async function currentSignoff(specShown: string, spec: CampaignSpec, data: unknown, io: Io): Promise<SignoffStatus> {
  const specPath = resolve(io.cwd, specShown);
  // Most specs have no ledger yet; only a spec with one pays for the ledger reader and its YAML parser.
  if (!hasLedger(specPath)) return signoffStatus(spec, hashForCommand(specShown, data), undefined);
  const { readLedger } = await import('../io/ledger.js');
  const file = readLedger(specPath, io.cwd);
  const problems = file.parsed?.findings.length ?? 0;
  if (problems > 0)
    io.stderr.write(`alignkit: warning: ${file.shown} has ${problems} entr${problems === 1 ? 'y' : 'ies'} that cannot be trusted and were left out; run alignkit status ${specShown}\n`);
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
