import { appearingCreators } from '../spec/deliverable-facts.js';
import { deliverableMarkets } from '../spec/deliverable-facts.js';
import { MARKET_ZONES } from '../spec/market-zones.js';
import { type Clock, zonedInstant } from '../time/clock.js';
import { DAY_MS, HOUR_MS } from '../time/wall.js';
import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Night: from midnight to 05:00 local time, when nobody who will see the post is awake to and the creator is not up to answer comments. */
const NIGHT_ENDS_H = 5;

/** Whether any wall time in [lo, hi] falls in a night. */
function mayBeNight(lo: number, hi: number): boolean {
  for (let day = Math.floor(lo / DAY_MS) - 1; day <= Math.floor(hi / DAY_MS) + 1; day += 1) {
    if (lo < day * DAY_MS + NIGHT_ENDS_H * HOUR_MS && hi >= day * DAY_MS) return true;
  }
  return false;
}

export const goLiveAwakeHours: Rule = {
  id: 'go-live-awake-hours',
  severity: 'warning',
  category: 'schedule',
  description: "A go-live set to the minute is not in the night (00:00-05:00) on the creator's clock or in the main time zone of a market it is for.",
  rationale:
    "Go-live times are often typed in the brand's zone and copied to everyone: 17:00 in New York is 06:00 the next day in Singapore and 22:00 in London, but 09:00 in Sydney for a post meant for Los Angeles is 15:00 the day before, and a midnight go-live in one zone is 03:00 somewhere else. A post that goes live while its audience sleeps loses the first hours that decide its reach, and a creator who is asleep cannot answer the first comments. Each market is read in its most populous zone (the US in New York).",
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    creator: maya-chen          # America/Los_Angeles
    markets: [US]
    go_live: { at: 2027-03-09T03:00 America/New_York }   # 00:00 for Maya, 03:00 for the audience`,
    good: `deliverables:
  - id: maya-tiktok
    creator: maya-chen
    markets: [US]
    go_live: { at: 2027-03-09T17:00 America/Los_Angeles }`,
  },
  readsOccurrences: true,
  check(spec, context) {
    const hits: RuleHit[] = [];
    const parties = new Map(spec.parties.map((p) => [p.id, p]));
    spec.deliverables.forEach((d, i) => {
      if (d.go_live.at === undefined) return;
      // Everyone who appears: a live panel at 03:00 for one of its guests is as much a problem as for its host.
      const people = appearingCreators(d).flatMap((id) => parties.get(id) ?? []);
      const zones: [who: string, zone: string][] = [
        ...people.map((p): [string, string] => [`${p.name}'s clock`, p.timezone ?? spec.campaign.timezone]),
        ...deliverableMarkets(spec, d).flatMap((m): [string, string][] => (MARKET_ZONES[m] ? [[`the ${m} audience (${MARKET_ZONES[m]})`, MARKET_ZONES[m]]] : [])),
      ];
      const nightFor = (clock: Clock) =>
        zones.filter(([, zone]) => {
          // The whole interval the instant may lie in: from its earliest wall time to its latest.
          const instant = zonedInstant(clock, d.go_live.at!);
          return mayBeNight(clock.wallAt(instant.lo, zone).lo, clock.wallAt(instant.hi, zone).hi);
        });
      // The bounding clock clears nearly every go-live; the exact one decides the rest.
      if (nightFor(context.clock).length === 0) return;
      const clock = context.exactClock();
      const night = nightFor(clock);
      if (night.length === 0) return;
      const instant = zonedInstant(clock, d.go_live.at).lo;
      const times = night.map(([who, zone]) => `${clock.format(instant, zone).slice(11, 16)} for ${who}`);
      hits.push(
        hit(at('deliverables', i, 'go_live', 'at'), `${d.id} goes live at night: ${times.join(', ')}.`, {
          hint: "Pick a time when the creator and the audience are awake, e.g. early evening in the audience's zone.",
        }),
      );
    });
    return hits;
  },
};
