/** `alignkit incident` in-process: the severity reading, the response plan (golden), the record the follow-up lists, and refusals. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { readSeverity } from '../src/core/incident-plan.js';
import { INCIDENT_REACH, INCIDENT_RELATIONSHIP, INCIDENT_REPUTATION } from '../src/core/spec/vocabulary.js';
import { markdownlintProblems, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const ANSWERS = readFileSync(join(ROOT, 'examples/product-launch.incident.answers.yaml'), 'utf8');
const RECORD = 'launch.2027-03-11.sound-complaints.incident.yaml';
const DOCUMENT = 'out/nova-buds-pro-launch/incident-2027-03-11-sound-complaints.md';

function workdir(answers = ANSWERS): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-incident-'));
  copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
  copyFileSync(join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml'), join(dir, 'launch.2027-03-19.followup.yaml'));
  writeFileSync(join(dir, 'answers.yaml'), answers);
  return dir;
}

async function run(cwd: string, args: string[], tty = false) {
  const io = { ...memoryIo({ cwd, today: '2027-03-11' }), stdinIsTTY: tty };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('severity reading', () => {
  it('is the worst of reach, reputation and relationship, for every combination', () => {
    for (const reach of INCIDENT_REACH) {
      for (const reputation of INCIDENT_REPUTATION) {
        for (const relationship of INCIDENT_RELATIONSHIP) {
          const worst = Math.min(
            INCIDENT_REACH.length - INCIDENT_REACH.indexOf(reach),
            INCIDENT_REPUTATION.length - INCIDENT_REPUTATION.indexOf(reputation),
            INCIDENT_RELATIONSHIP.length - INCIDENT_RELATIONSHIP.indexOf(relationship),
          );
          expect(readSeverity({ reach, reputation, relationship }), `${reach}/${reputation}/${relationship}`).toBe(`sev${worst}`);
        }
      }
    }
  });
});

describe('alignkit incident', () => {
  it('writes the record next to the spec and the response plan (golden; markdownlint and GFM clean)', async () => {
    const dir = workdir();
    const r = await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${RECORD}\nwrote ${DOCUMENT}\nsev2: acknowledge within 120 min, act within 12 h. Call Ines Alvarez first (+1 212 555 0187).\n`);
    expect(readFileSync(join(dir, RECORD), 'utf8')).toBe(
      `# Written by \`alignkit incident launch.campaign.yaml --answers answers.yaml\`.\napiVersion: alignkit/v1\nkind: Incident\ncampaign: nova-buds-pro-launch\nstatus: open\n${ANSWERS}`,
    );
    const document = readFileSync(join(dir, DOCUMENT), 'utf8');
    expect(document).toBe(readFileSync(join(ROOT, 'test/golden/incident/product-launch.md'), 'utf8').replace('from product-launch.campaign.yaml.', 'from launch.campaign.yaml.'));
    expect(await markdownlintProblems('incident.md', document)).toEqual([]);
    expect(tableProblems(parseMarkdown(document))).toEqual([]);
    // The paid flight promoting the post is named under both pause rights that cover paid ads.
    expect(document.match(/\| spark-maya \|/g)).toHaveLength(2);
  });

  it("shows each person's local time at --now, and deadlines from when it was detected", async () => {
    const dir = workdir();
    const r = await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--now', '2027-03-12T02:10 America/New_York']);
    expect(r.code).toBe(0);
    const document = readFileSync(join(dir, DOCUMENT), 'utf8');
    expect(document).toContain('| 1 | Ines Alvarez |');
    expect(document).toContain('Fri 12 Mar 2027, 02:10 America/New_York (night) |');
    expect(document).toContain('Thu 11 Mar 2027, 23:10 America/Los_Angeles (night) |');
    expect(document).toContain('| Acknowledge | Thu 11 Mar 2027, 23:40 America/New_York | Ines Alvarez |');
  });

  it('takes a severity set by hand only with its reason, and follows the nearest more severe row when the matrix lacks one', async () => {
    const dir = workdir(`${ANSWERS}severity: sev1\n`);
    const r = await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ 13:11 +error +A severity set by hand needs `severity_reason`: the matrix reading is sev2; say why it is sev1\./);
    writeFileSync(join(dir, 'answers.yaml'), `${ANSWERS}severity: sev1\nseverity_reason: A national newspaper asked for comment\n`);
    expect((await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml'])).out).toContain('sev1 (set by hand; the matrix reading is sev2): acknowledge within 60 min');

    const noSev2 = workdir();
    const spec = readFileSync(join(noSev2, 'launch.campaign.yaml'), 'utf8');
    writeFileSync(join(noSev2, 'launch.campaign.yaml'), spec.replace(/ {4}- level: sev2\n( {6}.*\n)+?(?= {4}- level: sev3)/, ''));
    expect((await run(noSev2, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--force'])).code).toBe(0);
    expect(readFileSync(join(noSev2, DOCUMENT), 'utf8')).toContain("The spec's severity matrix has no sev2 row; this plan follows its sev1 row, the nearest more severe one.");
  });

  it('is listed in the next follow-up until it is resolved', async () => {
    const dir = workdir();
    expect((await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml'])).code).toBe(0);
    const followup = await run(dir, ['render', 'launch.campaign.yaml', '--doc', 'followup', '--followup', 'launch.2027-03-19.followup.yaml', '--out', '-']);
    expect(followup.out).toContain("## Incidents\n\n| Noticed | What | Status |\n| --- | --- | --- |\n| Thu 11 Mar 2027 | sev2: Complaints about sound quality on Maya's TikTok | open |\n");
  });

  it.each([
    [
      'an unknown party',
      ANSWERS.replace('reported_by: sara-lind', 'reported_by: sara-lindt'),
      / 5:14 +error +"sara-lindt" is not a party in campaign nova-buds-pro-launch; did you mean "sara-lind"\?/,
    ],
    ['an unknown deliverable', ANSWERS.replace('deliverables: [maya-tiktok]', 'deliverables: [maya-tiktak]'), / 9:16 +error +"maya-tiktak" is not a deliverable/],
    ['an impossible date', ANSWERS.replace('2027-03-11T21:40', '2027-02-30T21:40'), / 4:11 +error/],
    ['a reading that is not on the scale', ANSWERS.replace('reach: spreading', 'reach: huge'), / 10:8 +error/],
  ])('refuses %s with file:line:col (exit 2) and writes nothing', async (_name, answers, message) => {
    const dir = workdir(answers);
    const r = await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^answers\.yaml\n/);
    expect(r.err).toMatch(message);
    expect(existsSync(join(dir, RECORD))).toBe(false);
  });

  it('needs answers without a terminal, refuses a bad --now (exit 2), and never replaces a record without --force', async () => {
    const dir = workdir();
    expect((await run(dir, ['incident', 'launch.campaign.yaml'])).err).toBe(
      'alignkit: no terminal to ask questions on; pass --answers <file> with the incident written down (see README "Incidents")\n',
    );
    const badNow = await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--now', '2027-03-12T02:10']);
    expect(badNow.code).toBe(2);
    expect(badNow.err).toMatch(/^alignkit: --now "2027-03-12T02:10": /);
    writeFileSync(join(dir, RECORD), '# mine\n');
    const r = await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`alignkit: ${RECORD} already exists; pass --force to replace it, or give the incident another id\n`);
    expect(readFileSync(join(dir, RECORD), 'utf8')).toBe('# mine\n');
  });
});
