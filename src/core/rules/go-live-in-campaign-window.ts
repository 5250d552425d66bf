import { dayStart, zonedInstant, type Interval } from '../time/clock.js';
import { addDays } from '../time/wall.js';
import { at, goLiveEnd, goLivePointer, goLiveStart, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

const MOVE_INTO_WINDOW = 'Move the go-live inside the campaign window, or change campaign.window if the campaign runs longer.';

export const goLiveInCampaignWindow: Rule = {
  id: 'go-live-in-campaign-window',
  severity: 'error',
  category: 'schedule',
  description: "Every go-live time falls inside the campaign window, counted in the campaign's time zone.",
  rationale:
    'Posts outside the window fall outside the media plan, the usage-rights clock and the KPI windows, so they are paid for but do not count. A 21:00 Los Angeles post on the last day is already the next day in New York.',
  docs: {
    bad: `campaign:
  timezone: America/New_York
  window: { start: "2027-03-01", end: "2027-03-31" }
deliverables:
  - id: maya-tiktok
    go_live: { at: 2027-03-31T22:00 America/Los_Angeles }   # 01:00 on April 1 in New York`,
    good: `deliverables:
  - id: maya-tiktok
    go_live: { at: 2027-03-31T18:00 America/Los_Angeles }`,
  },
  readsOccurrences: true,
  check(spec, context) {
    const { window, timezone } = spec.campaign;
    const hits: RuleHit[] = [];
    // The window's edges, once per clock rather than once per deliverable.
    const edges = new Map<typeof context.clock, { opens: Interval; closes: Interval }>();
    const edgesOn = (clock: typeof context.clock) => {
      let found = edges.get(clock);
      if (!found) edges.set(clock, (found = { opens: dayStart(clock, window.start, timezone), closes: dayStart(clock, addDays(window.end, 1), timezone) }));
      return found;
    };
    spec.deliverables.forEach((d, i) => {
      const decide = (clock: typeof context.clock) => {
        const { opens, closes } = edgesOn(clock);
        const first = zonedInstant(clock, goLiveStart(d));
        const last = zonedInstant(clock, goLiveEnd(d));
        return { early: first.lo < opens.hi, late: last.hi > closes.lo, sureEarly: first.hi < opens.lo, sureLate: last.lo >= closes.hi };
      };
      const rough = decide(context.clock);
      if (!rough.early && !rough.late) return;
      const exact = decide(context.exactClock());
      const pointer = d.go_live.at ? goLivePointer(d, i) : exact.sureEarly ? at('deliverables', i, 'go_live', 'window_start') : at('deliverables', i, 'go_live', 'window_end');
      if (exact.sureEarly) {
        hits.push(hit(pointer, `Deliverable ${d.id} goes live (${goLiveStart(d)}) before the campaign window opens on ${window.start} (${timezone}).`, { hint: MOVE_INTO_WINDOW }));
      } else if (exact.sureLate) {
        hits.push(hit(pointer, `Deliverable ${d.id} may go live (${goLiveEnd(d)}) after the campaign window closes at the end of ${window.end} (${timezone}).`, { hint: MOVE_INTO_WINDOW }));
      }
    });
    return hits;
  },
};
