/**
 * `alignkit due`: across a folder of campaigns, what is due or overdue, per
 * party. Exit 1 when something is overdue, for a scheduled CI job.
 */
import { loadHolidaysFor } from '../core/time/holiday-registry.js';
import { dirname } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { campaignEvents } from '../core/calendar/events.js';
import { dueItems, sortDue, type DueItem, type DueOptions } from '../core/due.js';
import { lintSource } from '../core/lint.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { fastParse } from '../core/spec/fast-parse.js';
import { decodeSource } from '../core/spec/source.js';
import { isValidCampaign } from '../core/validate/fast-check.js';
import { didYouMean } from '../core/validate/schema.js';
import { isCalendarDate } from '../core/validate/formats.js';
import { discoverSpecs } from '../io/discover.js';
import { readSpecBytes } from '../io/files.js';
import { followUpHistory } from '../io/followups.js';
import { sanitize } from '../reporters/sanitize.js';

export interface DueCommandOptions {
  paths: string[];
  today?: string;
  within: string;
  since: string;
  party?: string;
  format: string;
  by?: string;
}

const FORMATS = ['text', 'json', 'github', 'ics'] as const;

function days(flag: string, value: string): number {
  const match = /^(\d{1,4})d?$/.exec(value.trim());
  if (!match) throw new UsageError(`--${flag} "${value}" is not a number of days; write it like 7d or 14`);
  return Number(match[1]);
}

/** A spec as `due` reads it: the fast path, and lint's first finding when it is not a usable campaign. */
async function readSpec(path: string, shown: string): Promise<{ spec: CampaignSpec } | { problem: string }> {
  const { bytes, size } = readSpecBytes(path, shown);
  const decoded = decodeSource(bytes, size);
  if (decoded.ok) {
    const fast = await fastParse(decoded.text);
    if (fast.ok && isValidCampaign(fast.data)) {
      // Review windows count the approvers' working time, holidays included when a party names them.
      await loadHolidaysFor(fast.data as CampaignSpec);
      return { spec: fast.data as CampaignSpec };
    }
  }
  const first = (await lintSource(shown, bytes)).findings.find((f) => f.severity === 'error');
  return { problem: first ? `${shown}:${first.line}:${first.column}: ${first.message}` : `${shown}: not a usable campaign spec` };
}

export async function runDue(options: DueCommandOptions, io: Io): Promise<number> {
  const by = options.by ?? 'party';
  if (by !== 'party' && by !== 'campaign') throw new UsageError(`--by "${by}" is not a grouping; choose party or campaign`);
  if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`--format "${options.format}" is not a format; choose ${FORMATS.join(', ')}`);
  const today = options.today ?? io.today();
  if (!isCalendarDate(today)) throw new UsageError(`--today "${today}" is not a date; write it like 2027-03-04`);
  const due: DueOptions = { today, within: days('within', options.within), since: days('since', options.since), ...(options.party ? { party: options.party } : {}) };
  const { files } = await discoverSpecs(options.paths.length > 0 ? options.paths : ['.'], io.cwd);

  const items: DueItem[] = [];
  const read: string[] = [];
  const problems: string[] = [];
  const parties = new Set<string>();
  const events = [];
  const firstFileOf = new Map<string, string>();
  for (const file of files) {
    const loaded = await readSpec(file.path, file.shown);
    if ('problem' in loaded) {
      problems.push(loaded.problem);
      continue;
    }
    // A copy of a spec (spring.campaign.yaml and spring-v2.campaign.yaml) would list every deadline twice, and
    // give its calendar events the same UIDs as the original's.
    const first = firstFileOf.get(loaded.spec.campaign.id);
    if (first !== undefined) {
      problems.push(`${file.shown}: campaign ${loaded.spec.campaign.id} is already read from ${first}; a campaign needs one spec, or its deadlines count twice`);
      continue;
    }
    firstFileOf.set(loaded.spec.campaign.id, file.shown);
    read.push(file.shown);
    for (const p of loaded.spec.parties) parties.add(p.id);
    const followups = followUpHistory(dirname(file.path), loaded.spec, io.cwd).followups.filter((f) => f.campaign === loaded.spec.campaign.id);
    const found = dueItems(loaded.spec, file.shown, followups, due);
    items.push(...found);
    if (options.format === 'ics') {
      const sources = new Set(found.map((i) => i.source));
      events.push(...campaignEvents(loaded.spec).filter((e) => sources.has(e.uid)));
    }
  }
  if (options.party !== undefined && !parties.has(options.party)) {
    const guess = didYouMean(options.party, [...parties]);
    throw new UsageError(`--party "${options.party}" is not a party in any of the ${read.length} specs${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  for (const problem of problems) io.stderr.write(`alignkit: skipped ${sanitize(problem)}\n`);

  const report = { items: sortDue(items), options: due, files: read, by: by as 'party' | 'campaign' };
  if (options.format === 'ics') {
    const { toIcs } = await import('../core/calendar/ics.js');
    io.stdout.write(toIcs(events, { name: `Due${options.party ? `: ${options.party}` : ''}`, stamp: today }));
  } else {
    const { dueGithub, dueJson, dueText } = await import('../reporters/due.js');
    io.stdout.write(options.format === 'json' ? dueJson(report) : options.format === 'github' ? dueGithub(report) : dueText(report));
  }
  if (problems.length > 0) return EXIT.usage;
  return report.items.some((i) => i.status === 'overdue') ? EXIT.findings : EXIT.clean;
}
