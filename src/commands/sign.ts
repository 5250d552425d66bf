/**
 * `alignkit sign`: record that a party signed the agreement as it is now. The
 * signature goes into the ledger next to the spec, bound to the agreement's
 * SHA-256, with a copy of the signed terms; the spec itself is not touched.
 */
import { basename, resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { localDateTime, type Io } from '../io/process-io.js';
import { CANONICALIZATION, HASH_ALGORITHM, agreementTerms } from '../core/signoff/agreement.js';
import { isSigningTime, statementOf, type Ledger, type LedgerSignature } from '../core/signoff/ledger.js';
import { shortHashOf } from '../core/signoff/short-hash.js';
import { signatories } from '../core/signoff/signatories.js';
import { signoffStatus } from '../core/signoff/status.js';
import { assumedTerms, describeTerm } from '../core/spec/provenance.js';
import { didYouMean } from '../core/validate/schema.js';
import { alignkitCommand } from '../io/installation.js';
import { appendToLedger, readLedger } from '../io/ledger.js';
import { passGate } from './gate.js';
import { hashForCommand } from './signoff-state.js';

export interface SignOptions {
  spec: string;
  party?: string;
  name?: string;
  at?: string;
  key?: string;
  force: boolean;
  /** Sign although values are still assumed; the ledger records which. */
  acceptAssumptions?: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function checkSigner(name: string | undefined): string {
  const signer = name?.trim() ?? '';
  if (signer === '') throw new UsageError('--name is required: the full name of the person signing, e.g. --name "Ines Alvarez"');
  if (CONTROL.test(signer)) throw new UsageError('--name must be one line of plain text');
  if (signer.length > 200) throw new UsageError('--name is longer than 200 characters');
  return signer;
}

export async function runSign(options: SignOptions, io: Io): Promise<number> {
  if (options.party === undefined) throw new UsageError('--party is required: the id of the party signing (see `alignkit status <spec>` for who has to sign)');
  const signer = checkSigner(options.name);
  const at = options.at ?? localDateTime(io.now());
  if (!isSigningTime(at)) throw new UsageError(`--at "${at}" is not a date and time with an offset; write e.g. 2027-01-20T10:00:00-05:00 or 2027-01-20T15:00:00Z`);

  const usable = await passGate(options, io, {
    verb: 'sign',
    refused: (spec) => `not signing ${spec}: fix the errors above first, or pass --force to sign it as it is`,
    signoffRules: false,
  });
  if (typeof usable === 'number') return usable;
  const { spec, data } = usable;

  const required = signatories(spec);
  const party = spec.parties.find((p) => p.id === options.party);
  if (!party) {
    const suggestion = didYouMean(
      options.party,
      spec.parties.map((p) => p.id),
    );
    throw new UsageError(`--party "${options.party}" is not a party in ${options.spec}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  }
  if (!required.includes(party)) {
    throw new UsageError(
      `${party.name} (${party.id}) does not sign this agreement: only parties Accountable in the RACI or holding sign_contract authority do (${required.map((p) => p.id).join(', ')})`,
    );
  }

  // Nobody signs a term that nobody stated without saying so.
  const assumed = assumedTerms(data);
  if (assumed.length > 0 && !options.acceptAssumptions) {
    const shown = assumed.slice(0, 20).map((t) => `  ${describeTerm(t, data)}`);
    io.stderr.write(
      `alignkit: not signing ${options.spec}: ${assumed.length} ${assumed.length === 1 ? 'value is' : 'values are'} assumed (kept from a preset or derived), and nobody has confirmed ${assumed.length === 1 ? 'it' : 'them'}:\n${shown.join('\n')}${assumed.length > 20 ? `\n  and ${assumed.length - 20} more` : ''}\n` +
        `Settle them with the team and run \`${alignkitCommand(io.cwd)} confirm ${options.spec}\` (--list shows where they are), or sign with --accept-assumptions to accept them as they are; the ledger records that you did.\n`,
    );
    return EXIT.findings;
  }

  const hash = hashForCommand(options.spec, data);

  const specPath = resolve(io.cwd, options.spec);
  const file = readLedger(specPath, io.cwd);
  const problems = file.parsed?.findings ?? [];
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new UsageError(
      `${first.file}:${first.line}:${first.column}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. The ledger is not signed into while it has problems; run \`alignkit status ${options.spec}\` for all of them`,
    );
  }
  const previous: Ledger = file.parsed?.ledger ?? { campaign: spec.campaign.id, signatures: [], agreements: [] };
  if (previous.campaign !== spec.campaign.id) {
    throw new UsageError(`${file.shown} is the ledger of campaign "${previous.campaign}", but ${options.spec} is "${spec.campaign.id}"; rename one of them`);
  }
  if (previous.signatures.some((s) => s.party === party.id && s.agreement === hash)) {
    io.stdout.write(`${party.name} already signed version ${shortHashOf(hash)} of ${spec.campaign.id}; nothing to do.\n`);
    return EXIT.clean;
  }

  const entry: LedgerSignature = {
    party: party.id,
    signer,
    at,
    agreement: hash,
    algorithm: HASH_ALGORITHM,
    canonicalization: CANONICALIZATION,
    spec_version: String((data as { apiVersion?: unknown }).apiVersion),
    ...(assumed.length > 0 ? { accepted_assumptions: assumed.map((t) => t.pointer) } : {}),
  };
  if (options.key !== undefined) {
    const { sshSign } = await import('../io/ssh.js');
    entry.ssh = sshSign(resolve(io.cwd, options.key), options.key, statementOf(spec.campaign.id, entry));
  }
  const next: Ledger = {
    campaign: previous.campaign,
    signatures: [...previous.signatures, entry],
    agreements: previous.agreements.some((a) => a.hash === hash) ? previous.agreements : [...previous.agreements, { hash, terms: agreementTerms(data) }],
  };
  appendToLedger(file, next, basename(options.spec));

  const status = signoffStatus(spec, hash, next);
  const signed = status.signatories.filter((r) => r.state === 'signed').length;
  io.stdout.write(`${party.name} signed version ${shortHashOf(hash)} of ${spec.campaign.id} as ${signer} (${at}${entry.ssh ? ', with an SSH signature' : ''}); recorded in ${file.shown}\n`);
  if (entry.accepted_assumptions)
    io.stdout.write(
      `The signature records that ${signer} accepted ${entry.accepted_assumptions.length} assumed ${entry.accepted_assumptions.length === 1 ? 'value' : 'values'} as ${entry.accepted_assumptions.length === 1 ? 'it was' : 'they were'}.\n`,
    );
  if (status.locked) io.stdout.write(`LOCKED: all ${signed} signatories signed this version.\n`);
  else {
    const waiting = status.signatories.filter((r) => r.state !== 'signed').map((r) => `${r.name} (${r.party})`);
    io.stdout.write(`${signed} of ${status.signatories.length} signatories signed this version; still to sign: ${waiting.join(', ')}\n`);
  }
  return EXIT.clean;
}
