/**
 * `alignkit status`: who signed which version, whose signature is stale, who
 * still has to sign, and LOCKED when every signatory signed the current
 * agreement. `--require-locked` turns it into a CI gate.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import type { Finding } from '../core/finding.js';
import { statementOf, type Ledger, type LedgerSignature } from '../core/signoff/ledger.js';
import { signoffStatus } from '../core/signoff/status.js';
import { encodePointer } from '../core/spec/pointer.js';
import { assumedTerms } from '../core/spec/provenance.js';
import { readLedger, type LedgerFile } from '../io/ledger.js';
import { statusJson, statusText, type StatusReport } from '../reporters/status.js';
import { passGate } from './gate.js';
import { hashForCommand } from './signoff-state.js';

export interface StatusOptions {
  spec: string;
  requireLocked: boolean;
  format: string;
  allowedSigners?: string;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

/** The allowed_signers file --allowed-signers names, refused before any signature is read against it. */
function allowedSignersFile(options: StatusOptions, io: Io): string | undefined {
  if (options.allowedSigners === undefined) return undefined;
  const path = resolve(io.cwd, options.allowedSigners);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`--allowed-signers ${options.allowedSigners}: no such file`);
  }
  if (!isFile) throw new UsageError(`--allowed-signers ${options.allowedSigners}: not a file (an OpenSSH allowed_signers file: one "email key" line per signer)`);
  return path;
}

/** Drops SSH-signed entries whose signature does not verify: a signature that fails its own proof counts for nothing. */
async function verifySsh(ledger: Ledger, file: LedgerFile, allowedSigners: string | undefined, emailOf: (party: string) => string | undefined) {
  const verdicts = new Map<LedgerSignature, 'verified' | 'not verified'>();
  const problems: Finding[] = [];
  const signed = ledger.signatures.filter((s) => s.ssh);
  if (signed.length === 0) return { ledger, verdicts, problems };
  const { sshVerify } = await import('../io/ssh.js');
  const kept: LedgerSignature[] = [];
  ledger.signatures.forEach((s, i) => {
    if (!s.ssh) return void kept.push(s);
    const principal = allowedSigners === undefined ? s.party : (emailOf(s.party) ?? s.party);
    const verdict = sshVerify({ publicKey: s.ssh.public_key, signature: s.ssh.signature, statement: statementOf(ledger.campaign, s), principal, ...(allowedSigners ? { allowedSigners } : {}) });
    if (verdict.ok) {
      verdicts.set(s, 'verified');
      kept.push(s);
    } else {
      verdicts.set(s, 'not verified');
      const pointer = encodePointer(['signatures', file.parsed?.signatureIndex?.[i] ?? i, 'ssh']);
      const at = file.parsed?.locate?.(pointer, 'key') ?? { line: 0, column: 0, endLine: 0, endColumn: 0 };
      problems.push({
        ruleId: 'signoff-ledger',
        severity: 'error',
        file: file.shown,
        pointer,
        ...at,
        message: `the SSH signature of ${s.signer} for ${s.party} does not verify (${verdict.reason}); the signature is not counted`,
      });
    }
  });
  return { ledger: { ...ledger, signatures: kept }, verdicts, problems };
}

export async function runStatus(options: StatusOptions, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format "${options.format}" is not a format; choose text or json`);
  const allowedSigners = allowedSignersFile(options, io);
  // Status reads any spec that passes the schema: rule findings do not change who signed what.
  const usable = await passGate({ ...options, force: true }, io, { verb: 'check the sign-off of', refused: () => '', signoffRules: false });
  if (typeof usable === 'number') return usable;
  const { spec, data, result } = usable;
  const hash = hashForCommand(options.spec, data);

  const file = readLedger(resolve(io.cwd, options.spec), io.cwd);
  const problems: Finding[] = [...(file.parsed?.findings ?? [])];
  let ledger: Ledger = file.parsed?.ledger ?? { campaign: spec.campaign.id, signatures: [], agreements: [] };
  if (ledger.campaign !== spec.campaign.id) {
    const at = file.parsed?.locate?.('/campaign') ?? { line: 0, column: 0, endLine: 0, endColumn: 0 };
    problems.push({
      ruleId: 'signoff-ledger',
      severity: 'error',
      file: file.shown,
      pointer: '/campaign',
      ...at,
      message: `the ledger is for campaign "${ledger.campaign}", not "${spec.campaign.id}"; none of its signatures count`,
    });
    ledger = { campaign: spec.campaign.id, signatures: [], agreements: [] };
  }
  const verified = await verifySsh(ledger, file, allowedSigners, (party) => spec.parties.find((p) => p.id === party)?.contact.email);
  problems.push(...verified.problems);

  const report: StatusReport = {
    status: signoffStatus(spec, hash, verified.ledger),
    spec: options.spec,
    ledger: file.shown,
    ledgerExists: file.text !== undefined,
    problems,
    ssh: verified.verdicts,
    assumed: assumedTerms(data).length,
    errors: result.errorCount,
  };
  io.stdout.write(options.format === 'json' ? statusJson(report) : statusText(report));
  return options.requireLocked && !report.status.locked ? EXIT.findings : EXIT.clean;
}
