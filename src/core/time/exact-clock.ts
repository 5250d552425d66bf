/**
 * The exact clock: the runtime's IANA time zone data (zone-offset.ts). Loaded only when a schedule rule, a
 * document or the calendar needs it.
 */
import type { Clock } from './clock.js';
import { formatWall } from './wall.js';
import { instantOf as toInstant, wallOf as toWall } from './zone-offset.js';

/**
 * Answers already worked out, by zone and time: a schedule asks for the same few times over and over (every
 * deliverable drafted on one day passes the same stages), and each answer asks the zone data two to four
 * times. Bounded, so a run over thousands of specs does not keep every answer.
 */
const known = new Map<string, number>();
const KNOWN_AT_MOST = 20_000;

function remembered(kind: 'i' | 'w', zone: string, at: number, work: (at: number, zone: string) => number): number {
  const key = `${kind}${at} ${zone}`;
  let answer = known.get(key);
  if (answer === undefined) {
    if (known.size >= KNOWN_AT_MOST) known.clear();
    answer = work(at, zone);
    known.set(key, answer);
  }
  return answer;
}

export const exactClock: Clock = {
  exact: true,
  instant(wall, zone) {
    const at = remembered('i', zone, wall, toInstant);
    return { lo: at, hi: at };
  },
  wallAt(instant, zone) {
    const wall = remembered('w', zone, instant, toWall);
    return { lo: wall, hi: wall };
  },
  format(instant, zone) {
    return `${formatWall(toWall(instant, zone))} ${zone}`;
  },
};
