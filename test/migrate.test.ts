/**
 * alignkit/v2 and `alignkit migrate`: the v2 working day (Mon-Fri 09:00-17:00
 * for a party that states no working hours), v1 specs read as before, and a
 * migration that keeps every lint result and signature unless asked to adopt
 * the working day. In-process, on copies of the bundled examples as they
 * were written in v1 (test/fixtures/v1/).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { readBlockYaml } from '../src/core/spec/block-yaml.js';
import { approvalEnd } from '../src/core/schedule/approval.js';
import { agreementHash } from '../src/core/signoff/agreement.js';
import type { CampaignSpec } from '../src/core/spec/model.js';
import { exactClock } from '../src/core/time/exact-clock.js';
import { renderSpec } from './helpers/render.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const V1_EXAMPLES = ['product-launch', 'ambassador-program', 'b2b-thought-leadership'].map((e) => `test/fixtures/v1/${e}.campaign.yaml`);
const V1_LAUNCH = V1_EXAMPLES[0]!;

async function run(cwd: string, ...args: string[]) {
  const io = memoryIo({ cwd, today: '2027-01-15' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function copyOf(example: string, name = 'spec.campaign.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-migrate-'));
  copyFileSync(join(ROOT, example), join(dir, name));
  return dir;
}

const findingsOf = async (dir: string) => {
  const r = await run(dir, 'lint', 'spec.campaign.yaml', '--format', 'json');
  return (JSON.parse(r.out) as { results: { findings: { ruleId: string; message: string }[] }[] }).results[0]!.findings.map((f) => `${f.ruleId}: ${f.message}`);
};

/** A one-stage chain (8 business hours, no revision rounds) for a draft due at `draft`, in a spec of `version`. */
function oneStage(version: string, draft: string): CampaignSpec {
  const spec = structuredClone(parse(readFileSync(join(ROOT, V1_LAUNCH), 'utf8'))) as CampaignSpec;
  spec.apiVersion = version as CampaignSpec['apiVersion'];
  const stage = { ...spec.approvals.stages[1]!, review_window: { hours: 8, basis: 'business' as const } };
  spec.approvals = { ...spec.approvals, stages: [stage], revision_rounds: 0 };
  spec.deliverables[1] = { ...spec.deliverables[1]!, draft_due: draft };
  return spec;
}

const end = (spec: CampaignSpec) => exactClock.format(approvalEnd(exactClock, spec, spec.deliverables[1]!).lo, 'America/New_York');

describe('alignkit/v2 business hours', () => {
  it('count in a Monday-Friday 09:00-17:00 working day: 8 business hours from Thursday 17:00 end on Friday at 17:00', () => {
    expect(end(oneStage('alignkit/v2', '2027-02-18T17:00 America/New_York'))).toBe('2027-02-19T17:00 America/New_York');
    // The same terms in a v1 spec count every weekday hour, as they always did.
    expect(end(oneStage('alignkit/v1', '2027-02-18T17:00 America/New_York'))).toBe('2027-02-19T01:00 America/New_York');
  });

  it('start on Monday at 09:00 for a draft that arrives on a Saturday', () => {
    expect(end(oneStage('alignkit/v2', '2027-02-20T11:00 America/New_York'))).toBe('2027-02-22T17:00 America/New_York');
  });

  it('are stated in the documents as assumed for an approver who states no hours, and as agreed for one who does', () => {
    const spec = oneStage('alignkit/v2', '2027-02-18T17:00 America/New_York');
    const [agreement] = renderSpec(spec, 'spec.campaign.yaml', [], { documents: ['agreement'] });
    expect(agreement!.content).toContain('| 1 | Brand and claims review | Ines Alvarez | 8 business hours (Mon-Fri 09:00-17:00 assumed, America/New_York) |');
    for (const p of spec.parties) if (p.id === 'ines-alvarez') p.working_hours = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' };
    const [stated] = renderSpec(spec, 'spec.campaign.yaml', [], { documents: ['agreement'] });
    expect(stated!.content).toContain('| 1 | Brand and claims review | Ines Alvarez | 8 business hours (Mon-Fri 09:00-17:00, America/New_York) |');
  });

  it('hash as the same terms as a v1 spec that states that working day, and as different terms from one that does not', () => {
    const v2 = oneStage('alignkit/v2', '2027-02-18T17:00 America/New_York');
    const v1 = oneStage('alignkit/v1', '2027-02-18T17:00 America/New_York');
    const stated = structuredClone(v1);
    for (const p of stated.parties) if (p.id === 'ines-alvarez') p.working_hours = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' };
    expect(agreementHash(v2)).toBe(agreementHash(stated));
    expect(agreementHash(v2)).not.toBe(agreementHash(v1));
  });
});

describe('alignkit migrate', () => {
  it.each(V1_EXAMPLES.map((e) => [e]))('%s: keeps every finding and the agreement version, adding only working_hours lines', async (example) => {
    const dir = copyOf(example);
    const before = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8');
    const findings = await findingsOf(dir);
    const r = await run(dir, 'migrate', 'spec.campaign.yaml');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8');
    expect(after).not.toBe(before);
    // The apiVersion line changes and working_hours blocks are added; nothing else moves.
    const block = '    working_hours:\n      days: [monday, tuesday, wednesday, thursday, friday]\n      start: "00:00"\n      end: "24:00"\n';
    expect(after).toContain(block);
    expect(after.replaceAll(block, '')).toBe(before.replace('apiVersion: alignkit/v1', 'apiVersion: alignkit/v2'));
    // In the style the fast reader of clean files reads: a migrated spec keeps the fast path.
    expect(readBlockYaml(after)).toEqual(parse(after));
    expect(await findingsOf(dir)).toEqual(findings);
    expect(agreementHash(parse(after))).toBe(agreementHash(parse(before)));
    expect((await run(dir, 'migrate', 'spec.campaign.yaml')).out).toBe('spec.campaign.yaml: already alignkit/v2; nothing to do.\n');
  });

  it('leaves a fully signed agreement LOCKED', async () => {
    const dir = copyOf(V1_LAUNCH);
    const signatories = ['ines-alvarez', 'dana-whitfield', 'leo-park', 'maya-chen', 'jon-reyes', 'kim-osei', 'priya-nair'];
    for (const party of signatories) expect((await run(dir, 'sign', 'spec.campaign.yaml', '--party', party, '--name', party, '--at', '2027-01-20T10:00:00-05:00')).code).toBe(0);
    expect((await run(dir, 'migrate', 'spec.campaign.yaml')).code).toBe(0);
    const status = await run(dir, 'status', 'spec.campaign.yaml', '--require-locked');
    expect(status.out).toMatch(/LOCKED: all 7 signatories signed this version\./);
    expect(status.code).toBe(0);
  });

  it('--working-day adopts Mon-Fri 09:00-17:00: only apiVersion changes, and lint says the chain no longer fits', async () => {
    const dir = copyOf(V1_LAUNCH);
    const before = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8');
    const r = await run(dir, 'migrate', 'spec.campaign.yaml', '--working-day');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'spec.campaign.yaml: now alignkit/v2.\n  Ines Alvarez and Sara Lind now review in Monday-Friday 09:00-17:00 working hours: a change of terms, so existing signatures are stale. Run alignkit lint to see whether the approval chains still fit.\n',
    );
    const after = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8');
    expect(after).toBe(before.replace('apiVersion: alignkit/v1', 'apiVersion: alignkit/v2'));
    expect(agreementHash(parse(after))).not.toBe(agreementHash(parse(before)));
    expect((await findingsOf(dir)).filter((f) => f.startsWith('approval-chain-fits'))).toEqual([
      expect.stringMatching(/^approval-chain-fits: The approval chain cannot finish before go-live for 4 of 4 deliverables: Agency check \(24 business h, Mon-Fri 09:00-17:00\)/),
    ]);
  });

  it('diff reads a kept migration as the same agreement, and the adopted working day as two material changes', async () => {
    const dir = copyOf(V1_LAUNCH, 'old.campaign.yaml');
    copyFileSync(join(dir, 'old.campaign.yaml'), join(dir, 'kept.campaign.yaml'));
    copyFileSync(join(dir, 'old.campaign.yaml'), join(dir, 'day.campaign.yaml'));
    await run(dir, 'migrate', 'kept.campaign.yaml');
    await run(dir, 'migrate', 'day.campaign.yaml', '--working-day');
    expect((await run(dir, 'diff', 'old.campaign.yaml', 'kept.campaign.yaml')).out).toContain('The terms are identical; signatures on one version hold for the other.');
    const changed = (await run(dir, 'diff', 'old.campaign.yaml', 'day.campaign.yaml')).out;
    expect(changed).toContain('**2 material changes** need a new sign-off from every signatory.');
    for (const who of ['ines-alvarez', 'sara-lind'])
      expect(changed).toContain(`| \`parties/${who}/working_hours\` | added | - | days: \\[monday, tuesday, wednesday, thursday, friday\\]; start: 09:00; end: 17:00 | - |`);
  });

  it('--check changes nothing and exits 1 while a spec is still v1, 0 once it is v2', async () => {
    const dir = copyOf(V1_LAUNCH);
    const before = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8');
    const check = await run(dir, 'migrate', '--check', 'spec.campaign.yaml');
    expect(check.code).toBe(1);
    expect(check.out).toBe('spec.campaign.yaml: alignkit/v1; `alignkit migrate spec.campaign.yaml` moves it to alignkit/v2 and keeps what it means.\n');
    expect(readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8')).toBe(before);
    await run(dir, 'migrate', 'spec.campaign.yaml');
    expect((await run(dir, 'migrate', '--check', 'spec.campaign.yaml')).code).toBe(0);
  });

  it('keeps comments and a byte-order mark, and refuses (writing nothing) what it cannot move', async () => {
    const dir = copyOf(V1_LAUNCH);
    const text = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8').replace('  - id: sara-lind', '  # Sara reviews first.\n  - id: sara-lind');
    writeFileSync(join(dir, 'spec.campaign.yaml'), `\ufeff${text}`);
    expect((await run(dir, 'migrate', 'spec.campaign.yaml')).code).toBe(0);
    const after = readFileSync(join(dir, 'spec.campaign.yaml'), 'utf8');
    expect(after.startsWith('\ufeff')).toBe(true);
    expect(after).toContain('  # Sara reviews first.\n  - id: sara-lind');

    // A party written on one line gets no line of its own: refused, and the other file named is not touched either.
    const flow = copyOf(V1_LAUNCH, 'flow.campaign.yaml');
    const source = readFileSync(join(ROOT, V1_LAUNCH), 'utf8');
    const sara = /( {2}- id: sara-lind\n(?: {4}.*\n)+)/.exec(source)![1]!;
    writeFileSync(join(flow, 'flow.campaign.yaml'), source.replace(sara, `  - ${JSON.stringify(parse(sara)[0])}\n`));
    copyFileSync(join(ROOT, V1_LAUNCH), join(flow, 'other.campaign.yaml'));
    const refused = await run(flow, 'migrate', 'other.campaign.yaml', 'flow.campaign.yaml');
    expect(refused.code).toBe(2);
    const line =
      readFileSync(join(flow, 'flow.campaign.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('  - {"id":"sara-lind"')) + 1;
    expect(refused.err).toBe(`alignkit: flow.campaign.yaml:${line}:5: /parties/4 is not written as an indented mapping (one entry per line); add working_hours to it by hand\n`);
    expect(readFileSync(join(flow, 'other.campaign.yaml'), 'utf8')).toBe(source);

    const followup = copyOf('examples/product-launch.2027-03-19.followup.yaml', 'day-10.followup.yaml');
    const notSpec = await run(followup, 'migrate', 'day-10.followup.yaml');
    expect(notSpec.code).toBe(2);
    expect(notSpec.err).toBe('alignkit: day-10.followup.yaml:1:1: not a campaign spec (kind: Campaign); migrate moves campaign specs only\n');
  });
});
