/**
 * The sign-off ledger: a YAML file next to the spec (`spring.campaign.yaml` →
 * `spring.signoff.yaml`) that alignkit appends to and never rewrites. It holds
 * every signature and, once per version, a copy of exactly the terms that
 * were signed, so "what changed since sign-off" needs no git history.
 *
 * Nothing in it is trusted on its word: each stored copy must hash to the
 * version it claims, and each signature must point at a stored copy. Entries
 * that fail are reported and left out, never counted.
 */
import { stringify } from 'yaml';
import type { Finding, Locate } from '../finding.js';
import { encodePointer } from '../spec/pointer.js';
import { fastParseBlock } from '../spec/fast-parse.js';
import { parseYaml } from '../spec/yaml-document.js';
import { lazyBlockYamlLocator } from '../spec/block-yaml.js';
import { isValidCampaign } from '../validate/fast-check.js';
import { shortHashOf } from './short-hash.js';
import { CANONICALIZATION, HASH_ALGORITHM, NotCanonicalizable, canonicalTerms } from './agreement.js';
import { sha256Hex } from './sha256.js';
import { isRecord } from '../spec/plain-data.js';

export const LEDGER_API_VERSION = 'alignkit/v1';
export const LEDGER_KIND = 'SignOffLedger';
/** The SSH signature namespace (ssh-keygen -n): a signature made for something else never verifies here. */
export const SSH_NAMESPACE = 'alignkit-signoff@alignkit';

export interface SshSignature {
  /** The signer's public key, as in a .pub file. */
  public_key: string;
  /** The armored signature from `ssh-keygen -Y sign` over the statement (see statementOf). */
  signature: string;
}

export interface LedgerSignature {
  party: string;
  signer: string;
  /** RFC 3339 with an offset, e.g. 2027-01-20T10:00:00-05:00. */
  at: string;
  /** Hex SHA-256 of the signed agreement. */
  agreement: string;
  algorithm: typeof HASH_ALGORITHM;
  canonicalization: typeof CANONICALIZATION;
  /** The spec's apiVersion when it was signed. */
  spec_version: string;
  /** Values still assumed when this party signed, which the signer accepted as they were (`sign --accept-assumptions`). */
  accepted_assumptions?: string[];
  ssh?: SshSignature;
}

export interface LedgerAgreement {
  hash: string;
  /** Exactly the terms that were signed (the spec without the fields outside the agreement). */
  terms: unknown;
}

export interface Ledger {
  campaign: string;
  signatures: LedgerSignature[];
  agreements: LedgerAgreement[];
}

export const LEDGER_RULE = 'signoff-ledger';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

/** A date-time with an explicit offset that names a real instant (no 2027-02-30, no 25:00). */
export function isSigningTime(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const offsetOk = m[7] === 'Z' || (Number(m[8]) <= 23 && Number(m[9]) <= 59);
  return offsetOk && probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** What an SSH signature covers: who signed which version of which campaign, and when. */
export function statementOf(campaign: string, signature: Pick<LedgerSignature, 'party' | 'signer' | 'at' | 'agreement' | 'accepted_assumptions'>): string {
  return [
    'alignkit sign-off',
    `campaign: ${campaign}`,
    `party: ${signature.party}`,
    `signer: ${signature.signer}`,
    `at: ${signature.at}`,
    `agreement: ${HASH_ALGORITHM}:${signature.agreement}`,
    // Only when there were any, so statements signed before this line existed still verify.
    ...(signature.accepted_assumptions?.length ? [`accepted assumptions: ${signature.accepted_assumptions.join(' ')}`] : []),
    '',
  ].join('\n');
}

const HEX64 = /^[0-9a-f]{64}$/;

function oneLine(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && !/[\r\n]/.test(value);
}

export interface ParsedLedger {
  /** Undefined when the file cannot be used at all. */
  ledger?: Ledger;
  /** Problems with the file or entries left out as untrusted. */
  findings: Finding[];
  /** Where a pointer into the ledger file is, for problems found later (an SSH signature that fails). */
  locate?: Locate;
  /** For each trusted signature, its index in the file's `signatures` list. */
  signatureIndex?: number[];
}

/** Thrown by the quick reading of a ledger at its first problem: the exact reading reports them all, with positions. */
class LedgerNeedsPositions extends Error {}

export function parseLedger(file: string, text: string): ParsedLedger {
  // A ledger as `alignkit sign` wrote it is read by the block reader, like a clean spec, and parsed again with
  // positions only when it has a problem or a later check needs one: the exact parse of a ledger holding a
  // 600-line agreement took most of a lint of the spec it signs.
  const block = fastParseBlock(text);
  if (block.ok) {
    // The block reader read the text, so it places pointers in it too, as `yaml` would.
    const locate = lazyBlockYamlLocator(text);
    try {
      return checkLedger(
        block.data,
        [],
        () => {
          throw new LedgerNeedsPositions();
        },
        locate,
      );
    } catch (error) {
      if (!(error instanceof LedgerNeedsPositions)) throw error;
    }
  }
  const parsed = parseYaml(text);
  const findings: Finding[] = parsed.problems.map((p) => ({ ...p, ruleId: LEDGER_RULE, severity: 'error', file, pointer: '' }));
  if (findings.length > 0) return { findings };
  const problem = (pointer: string, message: string, target: 'key' | 'value' = 'value') =>
    findings.push({ ruleId: LEDGER_RULE, severity: 'error', message, file, pointer, ...parsed.locate(pointer, target) });
  return checkLedger(parsed.data, findings, problem, parsed.locate);
}

function checkLedger(data: unknown, findings: Finding[], problem: (pointer: string, message: string, target?: 'key' | 'value') => void, locate: Locate): ParsedLedger {
  if (!isRecord(data) || data.apiVersion !== LEDGER_API_VERSION || data.kind !== LEDGER_KIND) {
    problem('', `This is not an alignkit sign-off ledger (it needs apiVersion: ${LEDGER_API_VERSION} and kind: ${LEDGER_KIND}); alignkit sign writes it`);
    return { findings };
  }
  if (!oneLine(data.campaign)) {
    problem('/campaign', 'The ledger does not say which campaign it belongs to (campaign: <id>)');
    return { findings };
  }
  const rawAgreements = data.agreements ?? [];
  const rawSignatures = data.signatures ?? [];
  if (!Array.isArray(rawAgreements) || !Array.isArray(rawSignatures)) {
    problem(Array.isArray(rawAgreements) ? '/signatures' : '/agreements', 'Expected a list here; the ledger was edited by hand and cannot be trusted');
    return { findings };
  }

  const agreements: LedgerAgreement[] = [];
  rawAgreements.forEach((entry: unknown, i: number) => {
    const at = encodePointer(['agreements', i]);
    if (!isRecord(entry) || typeof entry.hash !== 'string' || !HEX64.test(entry.hash) || !('terms' in entry)) {
      problem(at, 'A stored agreement needs `hash` (64 hex digits) and `terms`; this one is left out');
      return;
    }
    let actual: string;
    try {
      actual = sha256Hex(canonicalTerms(entry.terms));
    } catch (error) {
      if (!(error instanceof NotCanonicalizable)) throw error;
      problem(at, `The stored copy of version ${shortHashOf(entry.hash)} cannot be hashed (${error.message}); it is left out`);
      return;
    }
    if (actual !== entry.hash) {
      problem(
        encodePointer(['agreements', i, 'terms']),
        `The stored copy of version ${shortHashOf(entry.hash)} does not match its hash: it was changed after signing, so it and the signatures on it are not trusted`,
        'key',
      );
      return;
    }
    if (!isValidCampaign(entry.terms)) {
      problem(encodePointer(['agreements', i, 'terms']), `The stored copy of version ${shortHashOf(entry.hash)} is not a valid campaign spec; it is left out`, 'key');
      return;
    }
    const campaign = isRecord(entry.terms) && isRecord(entry.terms.campaign) ? entry.terms.campaign.id : undefined;
    if (campaign !== data.campaign) {
      problem(encodePointer(['agreements', i]), `The stored copy of version ${shortHashOf(entry.hash)} is for campaign "${String(campaign)}", not "${data.campaign}"; it is left out`);
      return;
    }
    if (!agreements.some((a) => a.hash === entry.hash)) agreements.push({ hash: entry.hash, terms: entry.terms });
  });

  const stored = new Set(agreements.map((a) => a.hash));
  const signatures: LedgerSignature[] = [];
  const signatureIndex: number[] = [];
  rawSignatures.forEach((entry: unknown, i: number) => {
    const at = encodePointer(['signatures', i]);
    if (!isRecord(entry)) {
      problem(at, 'A signature must be a mapping (party, signer, at, agreement, …); this one is left out');
      return;
    }
    for (const key of ['party', 'signer', 'at', 'agreement', 'spec_version'] as const) {
      if (!oneLine(entry[key])) {
        problem(`${at}/${key}`, `The signature has no valid \`${key}\`; it is left out`, entry[key] === undefined ? 'key' : 'value');
        return;
      }
    }
    const signature = entry as unknown as LedgerSignature;
    if (!isSigningTime(signature.at)) return void problem(`${at}/at`, `"${signature.at}" is not a date and time with an offset (e.g. 2027-01-20T10:00:00-05:00); the signature is left out`);
    if (entry.algorithm !== HASH_ALGORITHM || entry.canonicalization !== CANONICALIZATION) {
      return void problem(at, `The signature uses ${String(entry.algorithm)}/${String(entry.canonicalization)}; this alignkit checks ${HASH_ALGORITHM}/${CANONICALIZATION} only, so it is left out`);
    }
    if (!HEX64.test(signature.agreement)) return void problem(`${at}/agreement`, 'The agreement hash must be 64 hex digits; the signature is left out');
    if (!stored.has(signature.agreement)) {
      return void problem(`${at}/agreement`, `No trusted copy of version ${shortHashOf(signature.agreement)} is stored in the ledger, so this signature cannot be checked and is left out`);
    }
    if (entry.ssh !== undefined && !(isRecord(entry.ssh) && oneLine(entry.ssh.public_key) && typeof entry.ssh.signature === 'string' && entry.ssh.signature.includes('BEGIN SSH SIGNATURE'))) {
      return void problem(`${at}/ssh`, 'The SSH signature needs `public_key` and an armored `signature`; the signature is left out');
    }
    const accepted = entry.accepted_assumptions;
    if (accepted !== undefined && !(Array.isArray(accepted) && accepted.every((p) => oneLine(p) && p.startsWith('/')))) {
      return void problem(`${at}/accepted_assumptions`, 'accepted_assumptions must be a list of JSON pointers; the signature is left out');
    }
    signatureIndex.push(i);
    signatures.push({
      party: signature.party,
      signer: signature.signer,
      at: signature.at,
      agreement: signature.agreement,
      algorithm: HASH_ALGORITHM,
      canonicalization: CANONICALIZATION,
      spec_version: signature.spec_version,
      ...(Array.isArray(accepted) ? { accepted_assumptions: accepted as string[] } : {}),
      ...(isRecord(entry.ssh) ? { ssh: { public_key: String(entry.ssh.public_key), signature: String(entry.ssh.signature) } } : {}),
    });
  });
  return { ledger: { campaign: data.campaign, signatures, agreements }, findings, locate, signatureIndex };
}

/** The ledger as YAML. Signatures stay in the order they were made; stored versions in the order first signed. */
export function ledgerText(ledger: Ledger, specName: string): string {
  const header = [
    `# Sign-off ledger for ${specName}, written by \`alignkit sign\`.`,
    '# Commit it next to the spec. Do not edit it: every signature is checked against the stored copy',
    '# of what was signed, and entries that do not match are not trusted.',
  ].join('\n');
  const body = stringify(
    {
      apiVersion: LEDGER_API_VERSION,
      kind: LEDGER_KIND,
      campaign: ledger.campaign,
      signatures: ledger.signatures,
      agreements: ledger.agreements,
    },
    { lineWidth: 0, aliasDuplicateObjects: false },
  );
  return `${header}\n${body}`;
}
