/** `alignkit checkin` in-process: the follow-up file, the rendered document, overdue items, re-sign-off, and refusals. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { markdownlintProblems, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const ANSWERS = readFileSync(join(ROOT, 'examples/product-launch.day-17.answers.yaml'), 'utf8');

/** The product-launch spec, its day-10 follow-up and the day-17 answers in a fresh directory. */
function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-checkin-'));
  copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
  copyFileSync(join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml'), join(dir, 'launch.2027-03-19.followup.yaml'));
  writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
  return dir;
}

async function run(cwd: string, args: string[], options: { tty?: boolean } = {}) {
  const io = { ...memoryIo({ cwd, today: '2027-03-26' }), stdinIsTTY: options.tty ?? false };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('alignkit checkin', () => {
  it('writes the follow-up next to the spec (answers verbatim, comments kept) and renders the document', async () => {
    const dir = workdir();
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'wrote launch.2027-03-26.followup.yaml',
        'wrote out/nova-buds-pro-launch/followup-2027-03-26.md',
        '2 action items are overdue from earlier follow-ups: 2027-03-19/a-2 (jon-reyes), 2027-03-19/a-3 (tom-becker)',
        'No change to the agreement was requested: existing sign-offs stand.',
        '',
      ].join('\n'),
    );
    const followup = readFileSync(join(dir, 'launch.2027-03-26.followup.yaml'), 'utf8');
    expect(followup).toBe(
      `# Written by \`alignkit checkin launch.campaign.yaml --answers answers.yaml\`.\napiVersion: alignkit/v1\nkind: FollowUp\ncampaign: nova-buds-pro-launch\ntype: check_in\n${ANSWERS}`,
    );
    // The written file is a follow-up in its own right: render reads it back.
    const again = await run(dir, ['render', 'launch.campaign.yaml', '--doc', 'followup', '--followup', 'launch.2027-03-26.followup.yaml', '--out', '-']);
    expect(again.code).toBe(0);
    const document = readFileSync(join(dir, 'out/nova-buds-pro-launch/followup-2027-03-26.md'), 'utf8');
    expect(again.out).toBe(document);
    await expect(document).toMatchFileSnapshot(join(ROOT, 'test/golden/checkin/followup-2027-03-26.md'));
    expect(await markdownlintProblems('followup.md', document)).toEqual([]);
    expect(tableProblems(parseMarkdown(document))).toEqual([]);
  });

  it('lists requested changes to the agreement as needing a new sign-off, and leaves the sign-off ledger alone', async () => {
    const dir = workdir();
    for (const party of ['ines-alvarez', 'dana-whitfield', 'leo-park', 'maya-chen', 'jon-reyes', 'kim-osei', 'priya-nair']) {
      expect((await run(dir, ['sign', 'launch.campaign.yaml', '--party', party, '--name', party, '--at', '2027-01-20T10:00:00Z'])).code).toBe(0);
    }
    const ledger = readFileSync(join(dir, 'launch.signoff.yaml'));
    writeFileSync(
      join(dir, 'answers.yaml'),
      ANSWERS.replace('changes_requested:\n', 'changes_requested:\n  - area: deliverables\n    change: Add one 30-45 s TikTok from Maya in week 5\n    requested_by: ines-alvarez\n'),
    );
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /1 requested change touches the signed agreement and needs a new sign-off before it applies: update launch\.campaign\.yaml, review with `alignkit diff --since-signoff launch\.campaign\.yaml`, then every signatory runs `alignkit sign`\. Until then the signed terms stand\.\n$/,
    );
    const document = readFileSync(join(dir, 'out/nova-buds-pro-launch/followup-2027-03-26.md'), 'utf8');
    expect(document).toContain('**Needs a new sign-off.**');
    expect(document).toContain('| Deliverables | Add one 30-45 s TikTok from Maya in week 5 | Ines Alvarez | - | needed |');
    expect(document).toContain('| not needed |');
    expect(readFileSync(join(dir, 'launch.signoff.yaml'))).toEqual(ledger);
    expect((await run(dir, ['status', 'launch.campaign.yaml', '--require-locked'])).code).toBe(0);
  });

  it('reports a wrong id at its line and column in the answers file, and writes nothing', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'answers.yaml'), ANSWERS.replace('    owner: sara-lind\n', '    owner: sara-lindt\n'));
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    const line = ANSWERS.split('\n').indexOf('    owner: sara-lind') + 1;
    expect(r.err).toMatch(new RegExp(`answers\\.yaml\\n +${line}:12 +error +"sara-lindt" is not a party in campaign nova-buds-pro-launch; did you mean "sara-lind"\\?`));
    expect(r.err).toMatch(/the check-in in answers\.yaml is not recorded: fix the problems above\n$/);
    expect(existsSync(join(dir, 'launch.2027-03-26.followup.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('never replaces an existing follow-up without --force', async () => {
    const dir = workdir();
    expect((await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml'])).code).toBe(0);
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('alignkit: launch.2027-03-26.followup.yaml already exists; pass --force to replace it\n');
    expect((await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--force'])).code).toBe(0);
  });

  it.each([
    [[], false, /no terminal to ask questions on; pass --answers <file>/],
    [['--answers', 'answers.yaml', '--date', '2027-03-27'], false, /--date 2027-03-27 and the date in answers\.yaml \(2027-03-26\) differ; give one/],
    [['--answers', 'answers.yaml', '--date', '27/03/2027'], false, /--date "27\/03\/2027" is not a date; write YYYY-MM-DD/],
    [['--answers', 'missing.yaml'], false, /cannot read missing\.yaml: no such file or directory/],
  ])('%j (terminal: %s) exits 2 with one line', async (extra, tty, message) => {
    const r = await run(workdir(), ['checkin', 'launch.campaign.yaml', ...extra], { tty });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses answers that are not a block mapping, naming the file', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'answers.yaml'), '{decisions: [], action_items: []}\n');
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^alignkit: answers\.yaml: the answers must be a YAML mapping in block style/);
  });

  it('--no-render writes the follow-up file only', async () => {
    const dir = workdir();
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--no-render']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'launch.2027-03-26.followup.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--lang writes the follow-up document in that language, as render --lang does, and refuses a language it has no catalog for', async () => {
    const dir = workdir();
    const refused = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--lang', 'pt']);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('alignkit: --lang "pt": documents can be written in en, fr, fr-CA, de, es\n');
    expect(existsSync(join(dir, 'launch.2027-03-26.followup.yaml'))).toBe(false);
    const r = await run(dir, ['checkin', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--lang', 'fr']);
    expect(r.code).toBe(0);
    const document = readFileSync(join(dir, 'out/nova-buds-pro-launch/followup-2027-03-26.md'), 'utf8');
    expect(document).toContain('# Compte rendu : Nova Buds Pro launch');
    expect(document).toContain('## En retard depuis les comptes rendus précédents');
    const again = await run(dir, ['render', 'launch.campaign.yaml', '--doc', 'followup', '--followup', 'launch.2027-03-26.followup.yaml', '--lang', 'fr', '--out', '-']);
    expect(again.out).toBe(document);
    expect(await markdownlintProblems('followup.fr.md', document)).toEqual([]);
    expect(tableProblems(parseMarkdown(document))).toEqual([]);
  });
});
