/** `alignkit sign`, `status` and the sign-off rules in `lint`, in-process: ledgers, exit codes, messages, SSH signatures. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { appendToLedger, readLedger } from '../src/io/ledger.js';
import { memoryIo } from './helpers/memory-io.js';
import { markdownlintProblems, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { ROOT } from './helpers/paths.js';

const SIGNATORIES = [
  ['ines-alvarez', 'Ines Alvarez'],
  ['dana-whitfield', 'Dana Whitfield'],
  ['leo-park', 'Leo Park'],
  ['maya-chen', 'Maya Chen'],
  ['jon-reyes', 'Jon Reyes'],
  ['kim-osei', 'Kim Osei'],
  ['priya-nair', 'Priya Nair'],
] as const;

/** A working copy of the product-launch example in a fresh directory. */
function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-sign-'));
  copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
  return dir;
}

async function run(cwd: string, ...args: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const sign = (cwd: string, party: string, name: string, at = '2027-01-20T10:00:00-05:00') => run(cwd, 'sign', 'launch.campaign.yaml', '--party', party, '--name', name, '--at', at);

function moveDraftDeadline(dir: string): void {
  const path = join(dir, 'launch.campaign.yaml');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('draft_due: 2027-02-19T17:00 America/Los_Angeles', 'draft_due: 2027-02-22T17:00 America/Los_Angeles'));
}

describe('alignkit sign', () => {
  it('records the signature in launch.signoff.yaml, leaves the spec alone and says who is still to sign', async () => {
    const dir = workdir();
    const before = readFileSync(join(dir, 'launch.campaign.yaml'));
    const r = await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(
      /^Ines Alvarez signed version [0-9a-f]{12} of nova-buds-pro-launch as Ines Alvarez \(2027-01-20T10:00:00-05:00\); recorded in launch\.signoff\.yaml\n1 of 7 signatories signed this version; still to sign: Dana Whitfield \(dana-whitfield\), /,
    );
    expect(readFileSync(join(dir, 'launch.campaign.yaml'))).toEqual(before);
    const ledger = readLedger(join(dir, 'launch.campaign.yaml'), dir).parsed!;
    expect(ledger.findings).toEqual([]);
    expect(ledger.ledger!.signatures.map((s) => [s.party, s.signer, s.at])).toEqual([['ines-alvarez', 'Ines Alvarez', '2027-01-20T10:00:00-05:00']]);
  });

  it('refuses while values are assumed, and with --accept-assumptions records which ones the signer accepted', async () => {
    const dir = workdir();
    const path = join(dir, 'launch.campaign.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nassumed:\n  /approvals/revision_rounds: 2\n  /campaign/markets: [US, CA]\n`);
    const refused = await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      'alignkit: not signing launch.campaign.yaml: 2 values are assumed (kept from a preset or derived), and nobody has confirmed them:\n' +
        '  campaign.markets = [US, CA]\n  approvals.revision_rounds = 2\n' +
        'Settle them with the team and run `alignkit confirm launch.campaign.yaml` (--list shows where they are), or sign with --accept-assumptions to accept them as they are; the ledger records that you did.\n',
    );
    expect(readLedger(path, dir).text).toBeUndefined();
    const status = await run(dir, 'status', 'launch.campaign.yaml');
    expect(status.out).toContain('\n2 values are assumed, never confirmed: alignkit confirm launch.campaign.yaml --list\n');

    const accepted = await run(dir, 'sign', 'launch.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00-05:00', '--accept-assumptions');
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('The signature records that Ines Alvarez accepted 2 assumed values as they were.');
    const ledger = readLedger(path, dir).parsed!;
    expect(ledger.findings).toEqual([]);
    expect(ledger.ledger!.signatures[0]!.accepted_assumptions).toEqual(['/campaign/markets', '/approvals/revision_rounds']);
    expect((await run(dir, 'status', 'launch.campaign.yaml')).out).toMatch(
      /Ines Alvarez \(ines-alvarez\) +signed +[0-9a-f]{12} +as Ines Alvarez, 2027-01-20T10:00:00-05:00, accepting 2 assumed values\n/,
    );

    // Confirming afterwards changes no term: the signature stays current.
    expect((await run(dir, 'confirm', 'launch.campaign.yaml', '--all')).code).toBe(0);
    expect((await run(dir, 'status', 'launch.campaign.yaml')).out).not.toContain('STALE');
  });

  it('uses the current time when --at is not given', async () => {
    const dir = workdir();
    const io = memoryIo({ cwd: dir, now: '2027-01-21T09:30:00Z' });
    expect(await main(['sign', 'launch.campaign.yaml', '--party', 'leo-park', '--name', 'Leo Park'], io)).toBe(0);
    expect(readFileSync(join(dir, 'launch.signoff.yaml'), 'utf8')).toMatch(/at: 2027-01-21T\d\d:30:00(Z|[+-]\d\d:\d\d)/);
  });

  it('does nothing when the party already signed this version', async () => {
    const dir = workdir();
    await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    const ledger = readFileSync(join(dir, 'launch.signoff.yaml'));
    const again = await sign(dir, 'ines-alvarez', 'Ines Alvarez', '2027-01-22T10:00:00-05:00');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already signed version [0-9a-f]{12} of nova-buds-pro-launch; nothing to do/);
    expect(readFileSync(join(dir, 'launch.signoff.yaml'))).toEqual(ledger);
  });

  it.each([
    [
      ['--party', 'tom-becker', '--name', 'Tom Becker'],
      /Tom Becker \(tom-becker\) does not sign this agreement: only parties Accountable in the RACI or holding sign_contract authority do \(ines-alvarez, /,
    ],
    [['--party', 'ines-alvarex', '--name', 'Ines'], /--party "ines-alvarex" is not a party in launch\.campaign\.yaml; did you mean "ines-alvarez"\?/],
    [['--name', 'Ines'], /--party is required/],
    [['--party', 'ines-alvarez'], /--name is required/],
    [['--party', 'ines-alvarez', '--name', 'Ines\u001b[2J'], /--name must be one line of plain text/],
    [['--party', 'ines-alvarez', '--name', 'Ines', '--at', '2027-01-20 10:00'], /--at "2027-01-20 10:00" is not a date and time with an offset/],
    [['--party', 'ines-alvarez', '--name', 'Ines', '--key', 'no-such-key'], /--key no-such-key: no such file/],
  ])('refuses %j with exit 2 and one line, writing nothing', async (args, message) => {
    const dir = workdir();
    const r = await run(dir, 'sign', 'launch.campaign.yaml', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(() => readFileSync(join(dir, 'launch.signoff.yaml'))).toThrow();
  });

  it('refuses a spec with lint errors unless --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-sign-'));
    copyFileSync(join(ROOT, 'examples/misaligned.campaign.yaml'), join(dir, 'm.campaign.yaml'));
    const refused = await run(dir, 'sign', 'm.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not signing m\.campaign\.yaml: fix the errors above first, or pass --force to sign it as it is\n$/);
    const forced = await run(dir, 'sign', 'm.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--force');
    expect(forced.code).toBe(0);
  });

  it('never signs into a ledger that was edited by hand, and leaves it as it was', async () => {
    const dir = workdir();
    await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    const path = join(dir, 'launch.signoff.yaml');
    const tampered = readFileSync(path, 'utf8').replace('name: Nova Buds Pro launch', 'name: Nova Buds Pro launch (v2)');
    writeFileSync(path, tampered);
    const r = await sign(dir, 'maya-chen', 'Maya Chen');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^alignkit: launch\.signoff\.yaml:\d+:\d+: The stored copy of version [0-9a-f]{12} does not match its hash.*\(and 1 more\)\. The ledger is not signed into while it has problems/,
    );
    expect(readFileSync(path, 'utf8')).toBe(tampered);
  });

  it('refuses to append when the ledger changed since it was read (a concurrent signature is never lost)', async () => {
    const dir = workdir();
    await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    const spec = join(dir, 'launch.campaign.yaml');
    const file = readLedger(spec, dir);
    await sign(dir, 'maya-chen', 'Maya Chen');
    const afterOther = readFileSync(join(dir, 'launch.signoff.yaml'), 'utf8');
    const ledger = file.parsed!.ledger!;
    expect(() => appendToLedger(file, { ...ledger, signatures: [...ledger.signatures, { ...ledger.signatures[0]!, party: 'leo-park' }] }, 'launch.campaign.yaml')).toThrow(/changed while signing/);
    expect(readFileSync(join(dir, 'launch.signoff.yaml'), 'utf8')).toBe(afterOther);
  });
});

describe('alignkit status', () => {
  it('shows every signatory as MISSING before anyone signed, and how to start', async () => {
    const dir = workdir();
    const r = await run(dir, 'status', 'launch.campaign.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/NOT LOCKED: 0 of 7 signatories signed this version\./);
    expect(r.out).toMatch(/No sign-off yet: launch\.signoff\.yaml does not exist\. Sign with: alignkit sign launch\.campaign\.yaml --party <id> --name "<full name>"/);
    expect(r.out.match(/MISSING/g)).toHaveLength(7);
  });

  it('goes from NOT LOCKED to LOCKED as parties sign, then to stale when a deadline moves; --require-locked gates CI', async () => {
    const dir = workdir();
    for (const [party, name] of SIGNATORIES.slice(0, -1)) expect((await sign(dir, party, name)).code).toBe(0);
    const partial = await run(dir, 'status', 'launch.campaign.yaml', '--require-locked');
    expect(partial.code).toBe(1);
    expect(partial.out).toMatch(/NOT LOCKED: 6 of 7 signatories signed this version\./);
    expect(partial.out).toMatch(/Priya Nair \(priya-nair\)\s+MISSING/);

    const last = await sign(dir, 'priya-nair', 'Priya Nair');
    expect(last.out).toMatch(/LOCKED: all 7 signatories signed this version\.\n$/);
    const locked = await run(dir, 'status', 'launch.campaign.yaml', '--require-locked');
    expect(locked.code).toBe(0);
    expect(locked.out).toMatch(/^nova-buds-pro-launch: agreement version ([0-9a-f]{12}) \(launch\.campaign\.yaml\)\nLOCKED: all 7 signatories signed this version\.\n/);

    moveDraftDeadline(dir);
    const stale = await run(dir, 'status', 'launch.campaign.yaml', '--require-locked');
    expect(stale.code).toBe(1);
    expect(stale.out.match(/STALE/g)).toHaveLength(7);
    expect(stale.out).toMatch(/Last locked version: [0-9a-f]{12}\. What changed since: alignkit diff --since-signoff launch\.campaign\.yaml/);

    const lint = await run(dir, 'lint', 'launch.campaign.yaml');
    expect(lint.code).toBe(1);
    expect(lint.out).toMatch(/launch\.campaign\.yaml\n {2}23:5 +error +Ines Alvarez signed version [0-9a-f]{12} \(as Ines Alvarez, 2027-01-20T10:00:00-05:00\), but the agreement has changed since/);
    expect(lint.out.match(/signoff-not-stale/g)).toHaveLength(7);

    // A folder with several specs is listed once to find ledgers: the one with a ledger still gets its findings, the other none.
    writeFileSync(join(dir, 'other.campaign.yaml'), readFileSync(join(dir, 'launch.campaign.yaml'), 'utf8'));
    const folder = await run(dir, 'lint', '.', '--format', 'json');
    const results = JSON.parse(folder.out).results as { file: string; findings: { ruleId: string }[] }[];
    expect(results.find((r) => r.file === 'launch.campaign.yaml')!.findings.filter((f) => f.ruleId === 'signoff-not-stale')).toHaveLength(7);
    expect(results.find((r) => r.file === 'other.campaign.yaml')!.findings.filter((f) => f.ruleId.startsWith('signoff'))).toEqual([]);
  });

  it('gives the same facts as JSON', async () => {
    const dir = workdir();
    await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    const r = await run(dir, 'status', 'launch.campaign.yaml', '--format', 'json');
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ campaign: 'nova-buds-pro-launch', ledger: 'launch.signoff.yaml', locked: false, lastLocked: null, problems: [] });
    expect(json.agreement).toMatch(/^[0-9a-f]{64}$/);
    expect(json.signatories[0]).toEqual({
      party: 'ines-alvarez',
      name: 'Ines Alvarez',
      role: 'brand',
      state: 'signed',
      signature: { signer: 'Ines Alvarez', at: '2027-01-20T10:00:00-05:00', agreement: json.agreement, ssh: null, acceptedAssumptions: [] },
    });
    expect(json.assumed).toBe(0);
    expect(json.signatories[1]).toMatchObject({ party: 'dana-whitfield', state: 'missing', signature: null });
  });

  it('reports a hand-edited ledger with file:line:col and does not count its signatures', async () => {
    const dir = workdir();
    for (const [party, name] of SIGNATORIES) await sign(dir, party, name);
    const path = join(dir, 'launch.signoff.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('amount: 14000', 'amount: 24000'));
    const r = await run(dir, 'status', 'launch.campaign.yaml', '--require-locked');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/launch\.signoff\.yaml:\d+:\d+: not trusted: The stored copy of version [0-9a-f]{12} does not match its hash/);
    expect(r.out.match(/MISSING/g)).toHaveLength(7);
    const lint = await run(dir, 'lint', 'launch.campaign.yaml');
    expect(lint.out).toMatch(/launch\.signoff\.yaml\n(.*\n)* +\d+:\d+ +error +The stored copy of version/);
  });

  it('says when the spec has lint errors, which sign refuses, in text and JSON (a clean spec says nothing of it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-sign-'));
    copyFileSync(join(ROOT, 'examples/misaligned.campaign.yaml'), join(dir, 'm.campaign.yaml'));
    const text = await run(dir, 'status', 'm.campaign.yaml', '--today', '2027-01-15');
    expect(text.code).toBe(0);
    expect(text.out.split('\n').slice(1, 3)).toEqual([
      'NOT LOCKED: 0 of 7 signatories signed this version.',
      'The spec has 21 lint errors: fix them before anyone signs (alignkit lint m.campaign.yaml).',
    ]);
    expect(JSON.parse((await run(dir, 'status', 'm.campaign.yaml', '--format', 'json', '--today', '2027-01-15')).out).errors).toBe(21);
    const clean = await run(workdir(), 'status', 'launch.campaign.yaml', '--today', '2027-01-15');
    expect(clean.out).not.toContain('lint error');
    expect(JSON.parse((await run(workdir(), 'status', 'launch.campaign.yaml', '--format', 'json', '--today', '2027-01-15')).out).errors).toBe(0);
  });

  it('exits 1 with the findings for a spec that fails the schema, and 2 for an unknown format', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'bad.campaign.yaml'), 'apiVersion: alignkit/v1\nkind: Campaign\n');
    const bad = await run(dir, 'status', 'bad.campaign.yaml');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.campaign\.yaml\n +\d+:\d+ +error/);
    const r = await run(dir, 'status', 'launch.campaign.yaml', '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toBe('alignkit: --format "xml" is not a format; choose text or json\n');
  });
});

const hasSshKeygen = spawnSync('ssh-keygen', ['-?']).error === undefined;

describe.skipIf(!hasSshKeygen)('SSH signatures (ssh-keygen -Y sign / -Y verify)', () => {
  function keyPair(dir: string, name: string): string {
    const key = join(dir, name);
    const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', key]);
    expect(made.status).toBe(0);
    return key;
  }

  it('signs with --key, verifies in status, and stops counting a signature whose statement was altered', async () => {
    const dir = workdir();
    const key = keyPair(dir, 'ines_key');
    const r = await run(dir, 'sign', 'launch.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00-05:00', '--key', key);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/with an SSH signature/);
    const ledger = readFileSync(join(dir, 'launch.signoff.yaml'), 'utf8');
    expect(ledger).toMatch(/-----BEGIN SSH SIGNATURE-----/);

    const ok = await run(dir, 'status', 'launch.campaign.yaml');
    expect(ok.out).toMatch(/Ines Alvarez \(ines-alvarez\)\s+signed\s+[0-9a-f]{12}\s+as Ines Alvarez, 2027-01-20T10:00:00-05:00, SSH signature verified/);

    // Someone changes who signed; the SSH signature no longer covers the entry.
    writeFileSync(join(dir, 'launch.signoff.yaml'), ledger.replace('signer: Ines Alvarez', 'signer: Tom Becker'));
    const forged = await run(dir, 'status', 'launch.campaign.yaml');
    expect(forged.out).toMatch(/launch\.signoff\.yaml:\d+:\d+: not trusted: the SSH signature of Tom Becker for ines-alvarez does not verify/);
    expect(forged.out).toMatch(/Ines Alvarez \(ines-alvarez\)\s+MISSING/);
  });

  it("with --allowed-signers, accepts only the key listed for the party's email", async () => {
    const dir = workdir();
    const key = keyPair(dir, 'ines_key');
    const other = keyPair(dir, 'other_key');
    await run(dir, 'sign', 'launch.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00-05:00', '--key', key);
    const allowed = (pub: string) => `ines.alvarez@nova-audio.example namespaces="alignkit-signoff@alignkit" ${readFileSync(`${pub}.pub`, 'utf8').trim()}\n`;
    writeFileSync(join(dir, 'allowed_signers'), allowed(key));
    expect((await run(dir, 'status', 'launch.campaign.yaml', '--allowed-signers', 'allowed_signers')).out).toMatch(/SSH signature verified/);
    writeFileSync(join(dir, 'allowed_signers'), allowed(other));
    const rejected = await run(dir, 'status', 'launch.campaign.yaml', '--allowed-signers', 'allowed_signers');
    expect(rejected.out).toMatch(/not trusted: the SSH signature of Ines Alvarez for ines-alvarez does not verify/);
  });

  it('refuses a public key given as --key, and an --allowed-signers file that is not there, before reading any signature', async () => {
    const dir = workdir();
    const key = keyPair(dir, 'ines_key');
    const pub = await run(dir, 'sign', 'launch.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--key', `${key}.pub`);
    expect([pub.code, pub.err]).toEqual([2, `alignkit: --key ${key}.pub is a public key; give the private key it belongs to (${key})\n`]);
    expect(() => readFileSync(join(dir, 'launch.signoff.yaml'))).toThrow();
    // Without any SSH signature in the ledger too: a mistyped path would otherwise pass unnoticed.
    const missing = await run(dir, 'status', 'launch.campaign.yaml', '--allowed-signers', 'alowed_signers');
    expect([missing.code, missing.out, missing.err]).toEqual([2, '', 'alignkit: --allowed-signers alowed_signers: no such file\n']);
  });
});

describe('the agreement document shows sign-off', () => {
  async function agreement(dir: string, ...extra: string[]): Promise<string> {
    const r = await run(dir, 'render', 'launch.campaign.yaml', '--doc', 'agreement', '--out', '-', ...extra);
    expect(r.code).toBe(0);
    return r.out;
  }

  it('a stale sign-off stops render and calendar as it fails lint; --force marks them DRAFT; sign and status still work', async () => {
    const dir = workdir();
    for (const [party, name] of SIGNATORIES) await sign(dir, party, name);
    moveDraftDeadline(dir);
    expect((await run(dir, 'lint', 'launch.campaign.yaml', '--today', '2027-01-15')).code).toBe(1);
    const refused = await run(dir, 'render', 'launch.campaign.yaml', '--out', 'docs', '--today', '2027-01-15');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('signoff-not-stale');
    expect(refused.err).toMatch(/alignkit: not rendering launch\.campaign\.yaml: fix the errors above, or pass --force/);
    const calendar = await run(dir, 'calendar', 'launch.campaign.yaml', '--out', 'cal.ics', '--today', '2027-01-15');
    expect(calendar.code).toBe(1);
    const forced = await run(dir, 'render', 'launch.campaign.yaml', '--doc', 'agreement', '--out', '-', '--force', '--today', '2027-01-15');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('DRAFT: not aligned');
    // Re-signing the changed version is how a stale sign-off is fixed, so it is not stopped by it.
    const resign = await sign(dir, 'ines-alvarez', 'Ines Alvarez', '2027-01-21T10:00:00-05:00');
    expect(resign.code, resign.err).toBe(0);
    expect((await run(dir, 'status', 'launch.campaign.yaml')).code).toBe(0);
  });

  it('with signer, time, version and status per party, SIGNED OFF once locked and STALE after a change', async () => {
    const dir = workdir();
    await sign(dir, 'ines-alvarez', 'Ines Alvarez');
    const partial = await agreement(dir);
    const hash = /Agreement version \(SHA-256\): `([0-9a-f]{64})`/.exec(partial)![1]!;
    expect(partial).toContain('**Status: NOT SIGNED OFF.**');
    expect(partial).toContain(`| Ines Alvarez | Brand | Nova Audio Inc. | Ines Alvarez | 2027-01-20T10:00:00-05:00 | \`${hash.slice(0, 12)}\` | signed |`);
    expect(partial).toContain('| Dana Whitfield | Legal | Nova Audio Inc. | - | - | - | not signed |');

    for (const [party, name] of SIGNATORIES.slice(1)) await sign(dir, party, name);
    const locked = await agreement(dir);
    expect(locked).toContain('**Status: SIGNED OFF.** Every party in the sign-off table signed this version.');
    expect(locked).toContain(`**SIGNED OFF.** Every party below signed this version of the agreement (\`${hash}\`).`);
    expect(await markdownlintProblems('agreement.md', locked)).toEqual([]);
    expect(tableProblems(parseMarkdown(locked))).toEqual([]);

    moveDraftDeadline(dir);
    const stale = await agreement(dir, '--force');
    expect(stale).toContain('DRAFT: not aligned');
    expect(stale).toContain('**Status: NOT SIGNED OFF.**');
    expect(stale).not.toContain(hash);
    expect(stale.match(/\| STALE: signed an earlier version \|/g)).toHaveLength(7);
  });
});
