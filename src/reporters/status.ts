/** `alignkit status` output as text for people and JSON for tools: pure functions of the status. */
import type { Finding } from '../core/finding.js';
import { sanitize } from './sanitize.js';
import type { LedgerSignature } from '../core/signoff/ledger.js';
import { shortHashOf } from '../core/signoff/short-hash.js';
import type { SignoffStatus } from '../core/signoff/status.js';

export interface StatusReport {
  status: SignoffStatus;
  /** The spec and ledger as shown to the user. */
  spec: string;
  ledger: string;
  ledgerExists: boolean;
  /** Ledger entries left out as untrusted, and SSH signatures that did not verify. */
  problems: Finding[];
  /** SSH verification per signature (same object identity as in the status). */
  ssh: Map<LedgerSignature, 'verified' | 'not verified'>;
  /** How many values of the spec are still assumed (kept from a preset, never confirmed). */
  assumed: number;
  /** Rule errors in the spec (sign-off rules aside): `alignkit sign` refuses it while there are any. */
  errors: number;
}

function sshNote(report: StatusReport, s: LedgerSignature | undefined): string {
  const verdict = s ? report.ssh.get(s) : undefined;
  const accepted = s?.accepted_assumptions?.length ?? 0;
  return `${verdict === 'verified' ? ', SSH signature verified' : ''}${accepted > 0 ? `, accepting ${accepted} assumed ${accepted === 1 ? 'value' : 'values'}` : ''}`;
}

function pad(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function statusText(report: StatusReport): string {
  const { status } = report;
  const t = sanitize;
  const lines: string[] = [];
  lines.push(`${t(status.campaign)}: agreement version ${shortHashOf(status.hash)} (${t(report.spec)})`);
  const signed = status.signatories.filter((r) => r.state === 'signed').length;
  if (status.locked) lines.push(`LOCKED: all ${signed} signatories signed this version.`);
  else if (status.signatories.length === 0) lines.push('NOT LOCKED: nobody has to sign (no party is Accountable in the RACI or holds sign_contract).');
  else lines.push(`NOT LOCKED: ${signed} of ${status.signatories.length} signatories signed this version.`);
  if (report.errors > 0) {
    lines.push(`The spec has ${report.errors} lint ${report.errors === 1 ? 'error' : 'errors'}: fix ${report.errors === 1 ? 'it' : 'them'} before anyone signs (alignkit lint ${t(report.spec)}).`);
  }
  if (report.assumed > 0) lines.push(`${report.assumed} ${report.assumed === 1 ? 'value is' : 'values are'} assumed, never confirmed: alignkit confirm ${t(report.spec)} --list`);
  lines.push('');
  const rows = [['PARTY', 'STATUS', 'SIGNED', 'DETAILS']];
  for (const row of status.signatories) {
    const s = row.signature;
    const who = `${t(row.name)} (${t(row.party)})`;
    if (row.state === 'signed') rows.push([who, 'signed', shortHashOf(s!.agreement), `as ${t(s!.signer)}, ${t(s!.at)}${sshNote(report, s)}`]);
    else if (row.state === 'stale') rows.push([who, 'STALE', shortHashOf(s!.agreement), `as ${t(s!.signer)}, ${t(s!.at)}; the agreement changed after this signature`]);
    else rows.push([who, 'MISSING', '-', 'has not signed any version']);
  }
  lines.push(...pad(rows));
  if (status.others.length > 0) {
    lines.push('', 'Also signed (not required to sign):');
    for (const s of status.others) lines.push(`  ${t(s.party)}: version ${shortHashOf(s.agreement)} as ${t(s.signer)}, ${t(s.at)}${sshNote(report, s)}`);
  }
  lines.push('');
  if (!report.ledgerExists) lines.push(`No sign-off yet: ${t(report.ledger)} does not exist. Sign with: alignkit sign ${t(report.spec)} --party <id> --name "<full name>"`);
  else lines.push(`Ledger: ${t(report.ledger)}`);
  if (status.lastLocked && status.lastLocked !== status.hash) {
    lines.push(`Last locked version: ${shortHashOf(status.lastLocked)}. What changed since: alignkit diff --since-signoff ${t(report.spec)}`);
  }
  for (const p of report.problems) lines.push(`${t(p.file)}${p.line > 0 ? `:${p.line}:${p.column}` : ''}: not trusted: ${t(p.message)}`);
  return `${lines.join('\n')}\n`;
}

export function statusJson(report: StatusReport): string {
  const { status } = report;
  const signature = (s: LedgerSignature | undefined) =>
    s ? { signer: s.signer, at: s.at, agreement: s.agreement, ssh: report.ssh.get(s) ?? null, acceptedAssumptions: s.accepted_assumptions ?? [] } : null;
  return `${JSON.stringify(
    {
      campaign: status.campaign,
      spec: report.spec,
      ledger: report.ledgerExists ? report.ledger : null,
      agreement: status.hash,
      locked: status.locked,
      lastLocked: status.lastLocked ?? null,
      assumed: report.assumed,
      errors: report.errors,
      signatories: status.signatories.map((r) => ({ party: r.party, name: r.name, role: r.role, state: r.state, signature: signature(r.signature) })),
      others: status.others.map((s) => ({ party: s.party, ...signature(s) })),
      problems: report.problems.map((p) => ({ file: p.file, line: p.line, column: p.column, message: p.message })),
    },
    null,
    2,
  )}\n`;
}
