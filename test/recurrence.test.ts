/** Recurring deliverables laid out as occurrences: the dates each rule of the day gives, and findings mapped back. */
import { describe, expect, it } from 'vitest';
import { occurrencesOf, withOccurrences } from '../src/core/schedule/recurrence.js';
import type { CampaignSpec, Deliverable } from '../src/core/spec/model.js';
import { evaluateWrap, type WrapReport } from '../src/core/wrap.js';
import { loadSpec } from './helpers/render.js';

const base = loadSpec('examples/product-launch.campaign.yaml');
const tiktok = base.deliverables[0]!;

function recurring(recurrence: Deliverable['recurrence'], at = '2027-01-29T17:00 America/Los_Angeles'): Deliverable {
  const { go_live: _, ...rest } = tiktok;
  return { ...rest, count: 6, draft_due: '2027-01-15T17:00 America/Los_Angeles', go_live: { at }, recurrence };
}

const goLives = (d: Deliverable) => occurrencesOf(d).map((o) => o.deliverable.go_live.at);

describe('occurrences', () => {
  it('keeps the time of day and the zone, and moves the draft with its go-live (14 days before each)', () => {
    const all = occurrencesOf(recurring({ frequency: 'monthly', occurrences: 3, day: 'last_friday' }));
    expect(all.map((o) => [o.deliverable.draft_due, o.deliverable.go_live.at, o.number, o.deliverable.count, o.deliverable.recurrence])).toEqual([
      ['2027-01-15T17:00 America/Los_Angeles', '2027-01-29T17:00 America/Los_Angeles', 1, 2, undefined],
      ['2027-02-12T17:00 America/Los_Angeles', '2027-02-26T17:00 America/Los_Angeles', 2, 2, undefined],
      ['2027-03-12T17:00 America/Los_Angeles', '2027-03-26T17:00 America/Los_Angeles', 3, 2, undefined],
    ]);
  });

  it.each([
    ['first_business_day', ['2027-01-29', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-03']],
    ['last_business_day', ['2027-01-29', '2027-02-26', '2027-03-31', '2027-04-30', '2027-05-31']],
    ['second_thursday', ['2027-01-29', '2027-02-11', '2027-03-11', '2027-04-08', '2027-05-13']],
    ['fourth_sunday', ['2027-01-29', '2027-02-28', '2027-03-28', '2027-04-25', '2027-05-23']],
    ['day_15', ['2027-01-29', '2027-02-15', '2027-03-15', '2027-04-15', '2027-05-15']],
  ] as const)('monthly on %s: the calendar days of 2027', (day, dates) => {
    expect(goLives(recurring({ frequency: 'monthly', occurrences: 5, day })).map((at) => at?.slice(0, 10))).toEqual(dates);
  });

  it("without a day, the first go-live's day of the month, or the month's last day when it has fewer", () => {
    expect(goLives(recurring({ frequency: 'monthly', occurrences: 3 }, '2027-01-31T09:00 Europe/Berlin'))).toEqual([
      '2027-01-31T09:00 Europe/Berlin',
      '2027-02-28T09:00 Europe/Berlin',
      '2027-03-31T09:00 Europe/Berlin',
    ]);
  });

  it('weekly and every other month', () => {
    expect(goLives(recurring({ frequency: 'weekly', interval: 2, occurrences: 3 })).map((at) => at?.slice(0, 10))).toEqual(['2027-01-29', '2027-02-12', '2027-02-26']);
    expect(goLives(recurring({ frequency: 'monthly', interval: 2, occurrences: 3 })).map((at) => at?.slice(0, 10))).toEqual(['2027-01-29', '2027-03-29', '2027-05-29']);
  });
});

describe('findings on occurrences', () => {
  const spec: CampaignSpec = { ...base, deliverables: [base.deliverables[1]!, recurring({ frequency: 'weekly', occurrences: 4 })] };
  const laidOut = withOccurrences(spec)!;

  it('lays out a one-off as itself and a recurring deliverable as its occurrences, named by number', () => {
    expect(laidOut.spec.deliverables.map((d) => d.id)).toEqual([base.deliverables[1]!.id, 'maya-tiktok (1/4)', 'maya-tiktok (2/4)', 'maya-tiktok (3/4)', 'maya-tiktok (4/4)']);
    expect(withOccurrences(base)).toBeUndefined();
  });

  it("points the first occurrence at the deliverable's own field and a later one's dates at its recurrence; one finding for a cause several share", () => {
    const night = (n: number) => ({ pointer: `/deliverables/${n}/go_live/at`, message: `maya-tiktok (${n}/4) goes live at night.` });
    expect(laidOut.inSpec([night(2), night(3), night(4)])).toEqual([{ pointer: '/deliverables/1/recurrence', message: 'maya-tiktok (occurrences 2, 3 and 4 of 4) goes live at night.' }]);
    expect(laidOut.inSpec([night(1), night(2), night(3), night(4)])).toEqual([{ pointer: '/deliverables/1/go_live/at', message: 'maya-tiktok (all 4 occurrences) goes live at night.' }]);
    expect(
      laidOut.inSpec([
        { pointer: '/deliverables/3/draft_due', message: 'Draft of maya-tiktok (3/4) is due on 2027-02-05.' },
        { pointer: '/deliverables/0/count', message: 'A one-off.' },
      ]),
    ).toEqual([
      { pointer: '/deliverables/1/recurrence', message: 'Draft of maya-tiktok (3/4) is due on 2027-02-05.' },
      { pointer: '/deliverables/0/count', message: 'A one-off.' },
    ]);
  });
});

describe('a recurring deliverable after the campaign', () => {
  const ambassador = loadSpec('examples/ambassador-program.campaign.yaml');
  const wrap = (posted: string): WrapReport => ({
    apiVersion: 'alignkit/v1',
    kind: 'WrapReport',
    campaign: ambassador.campaign.id,
    date: '2027-09-20',
    kpi_actuals: ambassador.kpis.map((k) => ({ kpi: k.id, value: k.target, as_of: '2027-08-31', source: 'Insights export' })),
    delivered: ambassador.deliverables.map((d) => ({ deliverable: d.id, status: 'delivered', posted: d.id === 'ella-reels' ? posted : (d.go_live.at ?? d.go_live.window_start)! })),
    costs: [],
    learnings: [],
  });
  const reels = (posted: string) => evaluateWrap(ambassador, wrap(posted), { followups: [], incidents: [] }).deliveries.find((d) => d.deliverable.id === 'ella-reels')!;

  it('is on time when its last occurrence went live inside that occurrence’s window (August), not hours late against the first (March)', () => {
    expect(reels('2027-08-17T19:00 Europe/London')).toMatchObject({ onTime: true, hoursLate: -73 });
  });

  it('is late when its last occurrence went live after that occurrence’s window', () => {
    expect(reels('2027-08-21T08:00 Europe/London')).toMatchObject({ onTime: false, hoursLate: 12 });
  });
});
