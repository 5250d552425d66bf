/** `alignkit wrap` in-process: the wrap report file, the wrap document, the renewal outcome, and refusals with positions. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { markdownlintProblems, parseMarkdown, tableProblems } from './helpers/markdown-oracle.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const ANSWERS = readFileSync(join(ROOT, 'examples/product-launch.wrap.answers.yaml'), 'utf8');
const INCIDENT = readFileSync(join(ROOT, 'examples/product-launch.incident.answers.yaml'), 'utf8');

/** The product-launch spec, its day-10 follow-up and the wrap answers in a fresh directory. */
function workdir(answers = ANSWERS): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-wrap-'));
  copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
  copyFileSync(join(ROOT, 'examples/product-launch.2027-03-19.followup.yaml'), join(dir, 'launch.2027-03-19.followup.yaml'));
  writeFileSync(join(dir, 'answers.yaml'), answers);
  writeFileSync(join(dir, 'incident.yaml'), INCIDENT);
  return dir;
}

async function run(cwd: string, args: string[]) {
  const io = { ...memoryIo({ cwd, today: '2027-05-06' }), stdinIsTTY: false };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('alignkit wrap', () => {
  it('writes the wrap report next to the spec and the wrap document, with the incidents recorded beside it (golden; markdownlint and GFM clean)', async () => {
    const dir = workdir();
    expect((await run(dir, ['incident', 'launch.campaign.yaml', '--answers', 'incident.yaml'])).code).toBe(0);
    const r = await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      ['wrote launch.wrap.yaml', 'wrote out/nova-buds-pro-launch/wrap.md', 'The agreed criteria point to: end (KPI code-sales missed, and missing it ends the partnership).', ''].join('\n'),
    );
    expect(readFileSync(join(dir, 'launch.wrap.yaml'), 'utf8')).toBe(
      `# Written by \`alignkit wrap launch.campaign.yaml --answers answers.yaml\`.\napiVersion: alignkit/v1\nkind: WrapReport\ncampaign: nova-buds-pro-launch\n${ANSWERS}`,
    );
    const document = readFileSync(join(dir, 'out/nova-buds-pro-launch/wrap.md'), 'utf8');
    // The example's golden document, under this directory's spec name.
    expect(document).toBe(readFileSync(join(ROOT, 'test/golden/wrap/product-launch.md'), 'utf8').replace('from product-launch.campaign.yaml.', 'from launch.campaign.yaml.'));
    expect(await markdownlintProblems('wrap.md', document)).toEqual([]);
    expect(tableProblems(parseMarkdown(document))).toEqual([]);
    // Pacing comes from the day-10 follow-up; the incident record is listed.
    expect(document).toContain('Pacing: Thu 18 Mar 2027: 840,000');
    expect(document).toContain("| sev2: Complaints about sound quality on Maya's TikTok | open |");
    // Same inputs, same bytes.
    expect((await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/wrap.md'), 'utf8')).toBe(document);
  });

  it('points to adjust when only an adjust criterion is missed, to renew when all are met, and waits for a criterion nobody judged', async () => {
    const adjust = workdir(ANSWERS.replace('value: 1540', 'value: 1900').replace('value: 3020000', 'value: 2100000'));
    expect((await run(adjust, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--no-render'])).out).toContain('The agreed criteria point to: adjust (KPI views-total missed).');
    const renew = workdir(ANSWERS.replace('value: 1540', 'value: 1900'));
    const r = await run(renew, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.out).toContain('The agreed criteria point to: renew (every criterion met).');
    expect(readFileSync(join(renew, 'out/nova-buds-pro-launch/wrap.md'), 'utf8')).toContain('**The agreed criteria point to: Renew.** Every criterion agreed at kickoff was met.');
    const unjudged = workdir(ANSWERS.replace('value: 1540', 'value: 1900').replace(/criteria:\n( {2}.*\n)+/, ''));
    expect((await run(unjudged, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--no-render'])).out).toContain('No outcome yet: "Net sentiment positive" has not been judged');
  });

  it('says when the parties decided otherwise than the criteria, and computes cost per result against a target', async () => {
    const dir = workdir(`${ANSWERS}decision: { outcome: renew, by: ines-alvarez, note: Renew all three for the autumn drop }\n`);
    writeFileSync(
      join(dir, 'launch.campaign.yaml'),
      readFileSync(join(dir, 'launch.campaign.yaml'), 'utf8').replace(
        'compensation:\n',
        '  - id: cpa\n    metric: cpa\n    target: 45\n    unit: currency\n    data_source: promo_code\n    window: { start: "2027-03-09", end: "2027-04-30" }\n    owner: tom-becker\n    reporting_cadence: weekly\n\ncompensation:\n',
      ),
    );
    writeFileSync(
      join(dir, 'answers.yaml'),
      readFileSync(join(dir, 'answers.yaml'), 'utf8').replace('kpi_actuals:\n', 'kpi_actuals:\n  - { kpi: cpa, value: 40, as_of: "2027-04-30", source: Finance }\n'),
    );
    const r = await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.err).toBe('');
    const document = readFileSync(join(dir, 'out/nova-buds-pro-launch/wrap.md'), 'utf8');
    expect(document).toContain('The parties decided: **Renew** (Ines Alvarez). Renew all three for the autumn drop. This differs from what the agreed criteria point to');
    // 80,750 ÷ 1,540 = 52.44: above the 45 target, and the reported 40 is more than 5 % off.
    expect(document).toContain('| Cost per acquisition: total cost ÷ Orders with creator codes | USD 52.44 | USD 45 | USD 40 | missed; the reported figure differs');
  });

  it.each([
    ['an unknown KPI', ANSWERS.replace('kpi: er-views', 'kpi: er-view'), / 8:\d+ +error +"er-view" is not a KPI in campaign nova-buds-pro-launch; did you mean "er-views"\?/],
    ['an unknown party', ANSWERS.replace('prepared_by: sara-lind', 'prepared_by: sara-lindt'), / 4:14 +error +"sara-lindt" is not a party/],
    ['an impossible date', ANSWERS.replace('as_of: "2027-04-30"', 'as_of: "2027-04-31"'), / 9:\d+ +error/],
    ['a deliverable left out', ANSWERS.replace(/ {2}- deliverable: jon-stories\n( {4}.*\n)+?(?= {2}- deliverable)/, ''), / 10:1 +error +Deliverable jon-stories is missing from delivered/],
    [
      'a partial delivery without pieces',
      ANSWERS.replace('deliverable: maya-tiktok\n    status: delivered', 'deliverable: maya-tiktok\n    status: partly_delivered'),
      / 12:13 +error +maya-tiktok is partly delivered: say how many of its 2 pieces/,
    ],
    ['a criterion the spec does not have', ANSWERS.replace('criterion: Net sentiment positive', 'criterion: Net sentiment positiv'), /did you mean "Net sentiment positive"\?/],
    ['a cost in another currency', ANSWERS.replace('amount: 450, currency: USD', 'amount: 450, currency: CAD'), / \d+:\d+ +error +Costs are summed in the campaign currency, USD/],
  ])('refuses %s with file:line:col (exit 2) and writes nothing', async (_name, answers, message) => {
    const dir = workdir(answers);
    const r = await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^answers\.yaml\n/);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('alignkit: the wrap report in answers.yaml is not recorded');
    expect(existsSync(join(dir, 'launch.wrap.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a wrap dated before the campaign ends without --force (exit 2); with --force it is marked provisional', async () => {
    const dir = workdir(ANSWERS.replace('date: "2027-05-06"', 'date: "2027-04-01"'));
    const r = await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'alignkit: answers.yaml: the wrap is dated 2027-04-01, before the campaign ends on 2027-04-18; the figures are not final. Pass --force for an interim wrap (the document is marked provisional)\n',
    );
    expect(existsSync(join(dir, 'launch.wrap.yaml'))).toBe(false);
    expect((await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'out/nova-buds-pro-launch/wrap.md'), 'utf8')).toContain(
      '> **Provisional.** Some figures may still move:\n>\n> - This report is dated Thu 1 Apr 2027, before the campaign ends on Sun 18 Apr 2027.',
    );
  });

  it('never replaces an existing wrap report without --force, and needs --answers', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'launch.wrap.yaml'), '# mine\n');
    const r = await run(dir, ['wrap', 'launch.campaign.yaml', '--answers', 'answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('alignkit: launch.wrap.yaml already exists; pass --force to replace it\n');
    expect(readFileSync(join(dir, 'launch.wrap.yaml'), 'utf8')).toBe('# mine\n');
    expect((await run(dir, ['wrap', 'launch.campaign.yaml'])).code).toBe(2);
  });

  it('with a time per occurrence, names the late months of a recurring deliverable; refuses times that do not fit its occurrences, at their line', async () => {
    const ambassador = (answers: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'alignkit-wrap-'));
      copyFileSync(join(ROOT, 'examples/ambassador-program.campaign.yaml'), join(dir, 'a.campaign.yaml'));
      writeFileSync(join(dir, 'answers.yaml'), answers);
      return dir;
    };
    const bundled = readFileSync(join(ROOT, 'examples/ambassador-program.wrap.answers.yaml'), 'utf8');
    const dir = ambassador(bundled);
    const ok = await run(dir, ['wrap', 'a.campaign.yaml', '--answers', 'answers.yaml', '--docs', 'docs']);
    expect(ok.err).toBe('');
    const document = readFileSync(join(dir, 'docs', readdirSync(join(dir, 'docs'))[0]!), 'utf8');
    // June's reel (the fourth of six) went up 15 hours after its window closed; the last one was on time.
    expect(document).toMatch(/\| `ella-reels` \|.*\| delivered, late: 4\/6 by 15 h \|/);

    const cases: [string, (t: string) => string, RegExp][] = [
      [
        'a seventh time for six occurrences',
        (t) => t.replace('      - 2027-08-17T19:00 Europe/London\n', '      - 2027-08-17T19:00 Europe/London\n      - 2027-09-14T19:00 Europe/London\n'),
        /has 6 occurrences, but `posted_each` gives 7 times/,
      ],
      ['five times for a delivered series of six', (t) => t.replace('      - 2027-08-17T19:00 Europe/London\n', ''), /delivered, but `posted_each` gives 5 of its 6 occurrences/],
      [
        'times for a deliverable that does not recur',
        (t) => t.replace(/deliverable: sam-videos, status: delivered, posted: ([^,]+),/, 'deliverable: sam-videos, status: delivered, posted_each: [$1],'),
        /sam-videos does not recur/,
      ],
    ];
    for (const [name, edit, message] of cases) {
      const edited = edit(bundled);
      expect(edited, name).not.toBe(bundled);
      const r = await run(ambassador(edited), ['wrap', 'a.campaign.yaml', '--answers', 'answers.yaml']);
      expect(r.code, name).toBe(2);
      expect(r.err, name).toMatch(message);
      expect(r.err, name).toMatch(/answers\.yaml\n\s+\d+:\d+\s+error/);
    }
  });

  it.each(['product-launch', 'ambassador-program', 'b2b-thought-leadership'])(
    "%s: the bundled wrap and incident answers, with the example's follow-ups, give the golden documents (markdownlint and GFM clean)",
    async (example) => {
      const dir = mkdtempSync(join(tmpdir(), 'alignkit-wrap-'));
      const followups = readdirSync(join(ROOT, 'examples')).filter((name) => name.startsWith(`${example}.`) && name.endsWith('.followup.yaml'));
      for (const name of [...['campaign.yaml', 'wrap.answers.yaml', 'incident.answers.yaml'].map((suffix) => `${example}.${suffix}`), ...followups])
        copyFileSync(join(ROOT, 'examples', name), join(dir, name));
      const incident = await run(dir, ['incident', `${example}.campaign.yaml`, '--answers', `${example}.incident.answers.yaml`, '--docs', 'docs']);
      expect(incident.err).toBe('');
      const wrap = await run(dir, ['wrap', `${example}.campaign.yaml`, '--answers', `${example}.wrap.answers.yaml`, '--docs', 'docs']);
      expect(wrap.err).toBe('');
      expect(wrap.code).toBe(0);
      const documents = readdirSync(join(dir, 'docs')).sort();
      expect(documents).toHaveLength(2);
      for (const name of documents) {
        const document = readFileSync(join(dir, 'docs', name), 'utf8');
        await expect(document).toMatchFileSnapshot(join(ROOT, `test/golden/${name.startsWith('wrap') ? 'wrap' : 'incident'}/${example}.md`));
        expect(await markdownlintProblems(name, document)).toEqual([]);
        expect(tableProblems(parseMarkdown(document))).toEqual([]);
      }
    },
  );
});

describe('records (checkin, wrap, incident)', () => {
  it.each(['checkin', 'wrap', 'incident'])('%s refuses --out - and --docs - before anything else, and writes nothing', async (command) => {
    const dir = workdir();
    const before = readdirSync(dir).sort();
    const out = await run(dir, [command, 'launch.campaign.yaml', '--answers', 'answers.yaml', '--out', '-']);
    expect(out).toEqual({ code: 2, out: '', err: 'alignkit: the record is a file the next commands read; give --out a file name, or leave it out for the one next to the spec\n' });
    const docs = await run(dir, [command, 'launch.campaign.yaml', '--answers', 'answers.yaml', '--docs', '-']);
    expect(docs).toEqual({ code: 2, out: '', err: 'alignkit: --docs is the directory the document goes to; give a directory, or leave it out for out/<campaign-id>\n' });
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
