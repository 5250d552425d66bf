/**
 * `alignkit due` in-process: the report per party (golden), JSON, GitHub
 * annotations and an .ics feed read by ical.js, exit codes, bad input, and
 * that it never misses a commitment the calendar holds, on any day.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/program.js';
import { campaignEvents } from '../src/core/calendar/events.js';
import { dueItems } from '../src/core/due.js';
import type { CampaignSpec } from '../src/core/spec/model.js';
import { addDays } from '../src/core/time/wall.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

async function run(args: string[], cwd = ROOT) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('alignkit due', () => {
  it('lists what each party owes across the examples, overdue first (golden), and exits 1 when something is overdue', async () => {
    const r = await run(['due', 'examples', '--today', '2027-03-10']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    await expect(r.out).toMatchFileSnapshot('golden/due/examples.txt');
  });

  it('--by campaign groups the same items per campaign, with who owes each (golden)', async () => {
    const r = await run(['due', 'examples', '--today', '2027-03-10', '--by', 'campaign']);
    expect(r.code).toBe(1);
    await expect(r.out).toMatchFileSnapshot('golden/due/examples-by-campaign.txt');
    expect((await run(['due', 'examples', '--by', 'owner'])).err).toContain('--by "owner" is not a grouping');
  });

  it('exits 0 with nothing overdue, and says so when nothing is due', async () => {
    const r = await run(['due', 'examples', '--today', '2026-06-01']);
    expect(r).toEqual({ code: 0, err: '', out: '7 campaigns, today 2026-06-01: 0 overdue (deadline in the last 14 days), 0 due in the next 7 days.\nNothing is due.\n' });
  });

  it('--party keeps what one party owes; --format json has the same items per party and per campaign', async () => {
    const r = await run(['due', 'examples/product-launch.campaign.yaml', '--today', '2027-03-10', '--party', 'jon-reyes', '--within', '3d', '--format', 'json']);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ version: 1, today: '2027-03-10', within: 3, since: 14, files: ['examples/product-launch.campaign.yaml'] });
    expect(new Set(json.items.map((i: { owner: string }) => i.owner))).toEqual(new Set(['jon-reyes']));
    expect(json.items.map((i: { what: string; days: number }) => `${i.days} ${i.what}`)).toEqual(['0 Goes live: jon-reel', '1 Goes live: jon-stories', '1 Last required day live: jon-stories']);
    expect(json.byParty).toHaveLength(1);
    expect(json.byCampaign[0].items).toEqual(json.items);
    expect(r.code).toBe(0);
  });

  it('--format json is valid against schemas/due-report.schema.json under Ajv strict mode, with and without follow-up action items', async () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/due-report.schema.json'), 'utf8')));
    for (const today of ['2027-03-10', '2027-03-24', '2030-01-01']) {
      const json = JSON.parse((await run(['due', 'examples', '--today', today, '--format', 'json'])).out);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
    // The schema is not a rubber stamp: a renamed field and an unknown status fail it.
    const json = JSON.parse((await run(['due', 'examples', '--today', '2027-03-10', '--format', 'json'])).out);
    expect(validate({ ...json, items: [{ ...json.items[0], status: 'late' }] })).toBe(false);
    expect(validate({ ...json, byParty: [{ owner: 'x', name: 'X', items: [] }] })).toBe(false);
  });

  it("lists a follow-up's open action items until a follow-up marks them done or dropped", async () => {
    const r = await run(['due', 'examples/product-launch.campaign.yaml', '--today', '2027-03-24', '--party', 'jon-reyes', '--format', 'json']);
    const actions = JSON.parse(r.out).items.filter((i: { source: string }) => i.source.startsWith('2027-03-19/'));
    expect(actions).toEqual([
      expect.objectContaining({
        what: 'Action from the 2027-03-19 follow-up: Deliver the re-cut reel for a same-day review',
        status: 'overdue',
        days: 1,
        deadline: '2027-03-23 12:00 America/Toronto',
        to: 'Ines Alvarez',
      }),
    ]);
    expect(r.code).toBe(1);
  });

  it('--format github annotates each item on its spec; --format ics is a feed ical.js reads', async () => {
    const gh = await run(['due', 'examples/product-launch.campaign.yaml', '--today', '2027-03-10', '--format', 'github']);
    expect(gh.out).toMatch(/^::error file=examples\/product-launch\.campaign\.yaml,title=alignkit due%3A Ines Alvarez::OVERDUE 14 days: Brand and claims review closes: jon-reel/m);
    expect(gh.out).toMatch(/^::notice file=examples\/product-launch\.campaign\.yaml,title=alignkit due%3A Jon Reyes::due today: Goes live: jon-reel/m);
    const ics = await run(['due', 'examples/product-launch.campaign.yaml', '--today', '2027-03-10', '--party', 'maya-chen', '--format', 'ics']);
    const events = new ICAL.Component(ICAL.parse(ics.out)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toEqual(['Go-live window: maya-tiktok']);
  });

  it('refuses bad flags with exit 2, and skips a spec it cannot read with its line and column (exit 2, the rest listed)', async () => {
    expect((await run(['due', 'examples', '--within', 'a week'])).err).toContain('--within "a week" is not a number of days');
    expect((await run(['due', 'examples', '--format', 'xml'])).code).toBe(2);
    const party = await run(['due', 'examples', '--party', 'jon-reyez', '--today', '2027-03-10']);
    expect(party.code).toBe(2);
    expect(party.err).toContain('did you mean "jon-reyes"?');
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-due-'));
    copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'a.campaign.yaml'));
    writeFileSync(join(dir, 'b.campaign.yaml'), 'apiVersion: alignkit/v1\nkind: Campaign\ncampaign: {}\n');
    const r = await run(['due', '.', '--today', '2027-03-10'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^alignkit: skipped b\.campaign\.yaml:\d+:\d+: The spec is missing `approvals`/);
    expect(r.out).toMatch(/^1 campaign, today 2027-03-10: \d+ overdue/);
  });

  it('says "the next day" and "the last day" for a window of one day', async () => {
    const r = await run(['due', 'examples/product-launch.campaign.yaml', '--today', '2027-03-10', '--within', '1', '--since', '1']);
    expect(r.out.split('\n')[0]).toMatch(/^1 campaign, today 2027-03-10: \d+ overdue \(deadline in the last day\), \d+ due in the next day\.$/);
  });

  it('reads a campaign once when two files hold it (a copy would list every deadline twice), and says which it skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-due-'));
    copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'spring.campaign.yaml'));
    copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'spring-v2.campaign.yaml'));
    const both = await run(['due', '.', '--today', '2027-03-10', '--format', 'json'], dir);
    const one = await run(['due', 'spring-v2.campaign.yaml', '--today', '2027-03-10', '--format', 'json'], dir);
    expect(both.code).toBe(2);
    expect(both.err).toBe(
      'alignkit: skipped spring.campaign.yaml: campaign nova-buds-pro-launch is already read from spring-v2.campaign.yaml; a campaign needs one spec, or its deadlines count twice\n',
    );
    expect(JSON.parse(both.out).byParty).toEqual(JSON.parse(one.out).byParty);
  });

  it('never misses a commitment the calendar holds: on every day of the campaign, each dated event due within the window is listed', () => {
    const spec = parse(readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8')) as CampaignSpec;
    const events = campaignEvents(spec).filter((e) => !e.rrule && e.owner !== undefined);
    for (let today = '2027-01-15'; today <= '2027-07-31'; today = addDays(today, 1)) {
      const listed = new Set(dueItems(spec, 'x', [], { today, within: 7, since: 14 }).map((i) => i.source));
      for (const e of events) {
        const last = e.end ? (e.end.kind === 'date' ? addDays(e.end.date, -1) : e.end.wall.slice(0, 10)) : e.start.kind === 'date' ? e.start.date : e.start.wall.slice(0, 10);
        // Within a day of the window's edges the owner's clock may put it on the next or previous date.
        const from = addDays(today, 1);
        const to = addDays(today, 5);
        if (last >= from && last <= to) expect(listed.has(e.uid), `${today}: ${e.uid}`).toBe(true);
      }
    }
  });
});
