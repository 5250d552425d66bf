/**
 * Where a zone's UTC offset changes between two instants, to the minute: the
 * calendar writes them as the VTIMEZONE of each zone it uses.
 */

const MINUTE_MS = 60_000;
/** Zones change offset at most a few times a year, never twice in a week: step a week, then bisect. */
const STEP_MS = 7 * 86_400_000;

/** Offsets (minutes east of UTC) of a zone and the instants (epoch ms) where each starts. */
export interface OffsetChanges {
  /** starts[0] is `from`; offsets[i] holds from starts[i] until starts[i + 1]. */
  starts: number[];
  offsets: number[];
}

export function offsetChanges(offsetAt: (ms: number) => number, from: number, to: number): OffsetChanges {
  const row: OffsetChanges = { starts: [from], offsets: [offsetAt(from)] };
  let before = row.offsets[0]!;
  for (let t = from; t < to; t += STEP_MS) {
    const end = Math.min(t + STEP_MS, to);
    const after = offsetAt(end);
    if (after === before) continue;
    let lo = t;
    let hi = end;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / (2 * MINUTE_MS)) * MINUTE_MS;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    row.starts.push(hi);
    row.offsets.push(after);
    before = after;
  }
  return row;
}
