import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/program.js';
import { agreementHash } from '../src/core/signoff/agreement.js';
import { memoryIo } from './helpers/memory-io.js';

const ROOT = join(import.meta.dirname, '..');
const TODAY = '2027-01-15';
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'product-launch.campaign.yaml'), 'utf8');
const ASSUMED = [
  '',
  '# Assumed terms: kept from the preset, nobody has confirmed them yet.',
  'assumed:',
  '  /campaign/markets: [US, CA]',
  '  # the stage windows came with the preset',
  '  /approvals/stages/0/review_window/hours: 8',
  '  /approvals/stages/1/review_window/hours: 16',
  '  /approvals/revision_rounds: 2',
  '  /approvals/creator_turnaround_h: 1   # stale: the spec says 48 now',
  '',
].join('\n');

function specDir(text = EXAMPLE + ASSUMED): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-confirm-'));
  writeFileSync(join(dir, 'spring.campaign.yaml'), text);
  return dir;
}

async function run(cwd: string, args: string[], io = memoryIo({ cwd, today: TODAY })) {
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const read = (dir: string) => readFileSync(join(dir, 'spring.campaign.yaml'), 'utf8');

describe('alignkit confirm', () => {
  it('--list shows every value still assumed, where it is in the file, and leaves out a stale entry', async () => {
    const dir = specDir();
    const r = await run(dir, ['confirm', 'spring.campaign.yaml', '--list']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'spring.campaign.yaml:12:12  /campaign/markets  campaign.markets = [US, CA]',
      'spring.campaign.yaml:291:31  /approvals/stages/0/review_window/hours  approvals.stages[0] (Agency check).review_window.hours = 8',
      'spring.campaign.yaml:295:31  /approvals/stages/1/review_window/hours  approvals.stages[1] (Brand and claims review).review_window.hours = 16',
      'spring.campaign.yaml:297:20  /approvals/revision_rounds  approvals.revision_rounds = 2',
      '4 assumed values.',
      '',
    ]);
  });

  it('confirms pointers and sections by removing their entries, and changes no other byte', async () => {
    const dir = specDir();
    const before = read(dir);
    const lintBefore = await run(dir, ['lint', 'spring.campaign.yaml', '--today', TODAY, '--format', 'json']);
    expect(lintBefore.out).toContain('assumptions-confirmed');
    const r = await run(dir, ['confirm', 'spring.campaign.yaml', '/approvals/stages/0', '/campaign/markets']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'spring.campaign.yaml: confirmed 2 values; 2 still assumed (npx alignkit confirm spring.campaign.yaml --list).\n'.replace('npx alignkit', r.out.includes('npx') ? 'npx alignkit' : 'alignkit'),
    );
    const after = read(dir);
    const removed = before.split('\n').filter((line) => !after.split('\n').includes(line));
    expect(removed).toEqual(['  /campaign/markets: [US, CA]', '  /approvals/stages/0/review_window/hours: 8']);
    // Comments (the one above a confirmed entry moves down to the next), the stale entry and every term stay as they were.
    expect(after).toContain('  # the stage windows came with the preset\n  /approvals/stages/1/review_window/hours: 16\n');
    const rest = await run(dir, ['confirm', 'spring.campaign.yaml', '--section', 'approvals']);
    expect(rest.out).toMatch(/confirmed 2 values; every term is stated now\.\n$/);
    // The whole block is gone once nothing is left, and the file is the hand-written example again.
    expect(read(dir)).toBe(EXAMPLE);
    expect((await run(dir, ['lint', 'spring.campaign.yaml', '--today', TODAY])).code).toBe(0);
  });

  it('--all confirms everything; confirming never changes the agreement a signature is bound to', async () => {
    const dir = specDir();
    const hash = agreementHash(parse(read(dir)));
    expect(agreementHash(parse(EXAMPLE))).toBe(hash);
    expect((await run(dir, ['confirm', 'spring.campaign.yaml', '--all'])).code).toBe(0);
    expect(read(dir)).toBe(EXAMPLE);
  });

  it('refuses a pointer or section that is not in the spec with its place, exit 2, and writes nothing', async () => {
    const dir = specDir();
    const before = read(dir);
    const pointer = await run(dir, ['confirm', 'spring.campaign.yaml', '/campaign/markets', '/approvals/revision_round']);
    expect(pointer.code).toBe(2);
    expect(pointer.err).toBe('alignkit: spring.campaign.yaml:288:3: /approvals/revision_round is not in the spec (the nearest field that is starts here); nothing was confirmed\n');
    const section = await run(dir, ['confirm', 'spring.campaign.yaml', '--section', 'aprovals']);
    expect(section.code).toBe(2);
    expect(section.err).toMatch(/^alignkit: spring\.campaign\.yaml: --section "aprovals" is not a section of the spec; did you mean "approvals"\?\. Sections: campaign, parties, /);
    const bare = await run(dir, ['confirm', 'spring.campaign.yaml']);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('name what to confirm');
    expect((await run(dir, ['confirm', 'spring.campaign.yaml', 'approvals'])).err).toContain('"approvals" is not a JSON pointer');
    expect((await run(dir, ['confirm', 'missing.campaign.yaml', '--all'])).code).toBe(2);
    expect(read(dir)).toBe(before);
  });

  it('a pointer that is stated already is reported, not refused', async () => {
    const dir = specDir();
    const r = await run(dir, ['confirm', 'spring.campaign.yaml', '/campaign/name']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^spring\.campaign\.yaml:8:9: \/campaign\/name is stated already \(nothing under it is assumed\)\.\nspring\.campaign\.yaml: confirmed nothing; 4 still assumed/);
  });

  it('kickoff --edit states the value it sets, even when it sets the assumed value again', async () => {
    const dir = specDir();
    writeFileSync(join(dir, 'value.yaml'), 'approvals:\n  revision_rounds: 2\n');
    const r = await run(dir, ['kickoff', '--edit', '/approvals/revision_rounds', 'spring.campaign.yaml', '--answers', 'value.yaml', '--today', TODAY]);
    expect(r.out).toContain('/approvals/revision_rounds is now 2 and stated');
    expect(read(dir)).not.toContain('/approvals/revision_rounds:');
    expect(read(dir)).toContain('  /approvals/stages/1/review_window/hours: 16\n');
  });
});
