import { approverTime, stageClosings } from '../schedule/approval.js';
import type { Deliverable } from '../spec/model.js';
import type { Clock } from '../time/clock.js';
import { workingHoursBetween } from '../time/working-time.js';
import { at, hit, partiesById, plural } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/** Drafts in one person's review at the same time from which the load is worth a look, when nobody said how long a review takes. */
const MANY_AT_ONCE = 6;

interface Window {
  d: Deliverable;
  start: number;
  end: number;
  minutes?: number;
}

/** The largest set of windows open at one instant, and the span they all share (a sweep: 2,000 deliverables stay quick). */
function busiest(windows: readonly Window[]): { open: Window[]; from: number; to: number } | undefined {
  if (windows.length === 0) return undefined;
  // Windows are half-open, [start, end): at one instant an end comes before a start.
  const events = windows
    .flatMap((w) => [
      { at: w.start, step: 1 },
      { at: w.end, step: -1 },
    ])
    .sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let most = 0;
  let when = events[0]!.at;
  for (const e of events) {
    open += e.step;
    if (open > most) {
      most = open;
      when = e.at;
    }
  }
  const set = windows.filter((o) => o.start <= when && when < o.end);
  return { open: set, from: Math.max(...set.map((o) => o.start)), to: Math.min(...set.map((o) => o.end)) };
}

/**
 * Each deliverable's draft is one submission, whatever its count: a monthly deliverable (count: 6) has one
 * draft_due, and its six pieces do not all land on that day.
 */
function draftsAtOnce(load: { open: Window[] } | undefined): number {
  return load ? load.open.length : 0;
}

export const approverWorkload: Rule = {
  id: 'approver-workload',
  severity: 'warning',
  category: 'schedule',
  description: "The drafts that land in one approver's review at the same time fit in the working hours of that window.",
  rationale:
    "A review window is a promise about one draft; a launch lands every creator's drafts on the same approver in the same two days. Eight drafts in a 16-working-hour window at 90 minutes each is 12 hours of reviewing on top of the approver's day, and the windows slip for everyone. With each stage's minutes_per_draft, the rule adds up the review time of the drafts open at the busiest moment and compares it with the approver's working hours in the window they share; without it, it warns from six drafts at once, so the team can say how long a review takes or stagger the drafts. Each deliverable's draft counts once, whatever its count: a monthly deliverable has one draft_due.",
  docs: {
    bad: `approvals:
  stages:
    - name: Brand review
      approver: ines-alvarez
      review_window: { hours: 16, basis: business }
      timezone: America/New_York
      minutes_per_draft: 600     # four drafts at once: 40 hours of review in 16 working hours`,
    good: `approvals:
  stages:
    - name: Brand review
      approver: ines-alvarez
      review_window: { hours: 16, basis: business }
      timezone: America/New_York
      minutes_per_draft: 45`,
  },
  readsOccurrences: true,
  check(spec, context) {
    const hits: RuleHit[] = [];
    // Every deliverable's pass through the stages, once per clock and draft date, shared by all approvers.
    const passes = new Map<Clock, ReturnType<typeof stageClosings>[]>();
    const windowsOf = (clock: Clock, approver: string, bounds: 'wide' | 'exact'): Window[] => {
      let all = passes.get(clock);
      if (!all) {
        const byDraft = new Map<string, ReturnType<typeof stageClosings>>();
        all = spec.deliverables.map((d) => {
          let pass = byDraft.get(d.draft_due);
          if (!pass) byDraft.set(d.draft_due, (pass = stageClosings(clock, spec, d)));
          return pass;
        });
        passes.set(clock, all);
      }
      const windows: Window[] = [];
      spec.deliverables.forEach((d, i) => {
        for (const { stage, opens, closes } of all[i]!) {
          if (stage.approver === approver)
            windows.push({ d, start: opens.lo, end: bounds === 'wide' ? closes.hi : closes.lo, ...(stage.minutes_per_draft ? { minutes: stage.minutes_per_draft } : {}) });
        }
      });
      return windows;
    };
    const drafts = spec.deliverables.length;
    const parties = partiesById(spec);
    const approvers = [...new Set(spec.approvals.stages.map((s) => s.approver))];
    for (const approver of approvers) {
      const stages = spec.approvals.stages.map((stage, index) => ({ stage, index })).filter(({ stage }) => stage.approver === approver);
      // Fewer drafts in the whole campaign than the threshold, and no review time stated: nothing to add up.
      if (drafts < MANY_AT_ONCE && stages.every(({ stage }) => stage.minutes_per_draft === undefined)) continue;
      const timedStages = stages.some(({ stage }) => stage.minutes_per_draft !== undefined);
      // The rough clock's windows are wider than the real ones: if even they never hold enough drafts at once, the real ones do not.
      if (!timedStages && draftsAtOnce(busiest(windowsOf(context.clock, approver, 'wide'))) < MANY_AT_ONCE) continue;
      const clock = context.exactClock();
      const load = busiest(windowsOf(clock, approver, 'exact'));
      if (!load) continue;
      const count = draftsAtOnce(load);
      const first = stages[0]!;
      const zone = first.stage.timezone;
      const { week, isHoliday } = approverTime(spec, approver);
      const wall = (instant: number) => clock.wallAt(instant, zone).lo;
      const available = workingHoursBetween(wall(load.from), wall(load.to), week, isHoliday);
      const timed = load.open.every((w) => w.minutes !== undefined);
      const needed = timed ? load.open.reduce((h, w) => h + w.minutes! / 60, 0) : undefined;
      if (needed !== undefined ? needed <= available : count < MANY_AT_ONCE) continue;
      const name = parties.get(approver)?.name ?? approver;
      const which = load.open.map((w) => w.d.id).join(', ');
      const span = `between ${clock.format(load.from, zone)} and ${clock.format(load.to, zone)}`;
      const hours = (h: number) => plural(Math.round(h * 10) / 10, 'working hour');
      hits.push(
        hit(
          at('approvals', 'stages', first.index, 'approver'),
          needed !== undefined
            ? `${name} has ${plural(count, 'draft')} in review at once (${which}) ${span}: ${Math.round(needed * 10) / 10} hours of reviewing in ${hours(available)}.`
            : `${name} has ${plural(count, 'draft')} in review at once (${which}) ${span}, ${hours(available)}; nobody has said how long a review takes.`,
          {
            hint:
              needed !== undefined
                ? "Stagger the drafts, add a reviewer for part of them, or widen this stage's window."
                : 'State minutes_per_draft for the stage so the hours can be checked, or stagger the drafts.',
          },
        ),
      );
    }
    return hits;
  },
};
