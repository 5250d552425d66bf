/** The records kept next to a spec: its follow-ups (for what they left overdue) and its incidents. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from './display-path.js';
import { checkFollowUp } from '../core/followup.js';
import type { FileResult } from '../core/finding.js';
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';
import type { AlignkitIncident as Incident } from '../generated/incident.types.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { readSpecBytes } from './files.js';

export interface RecordHistory<T> {
  records: T[];
  /** Files that look like records of this kind but could not be used, as shown. */
  skipped: string[];
}

export interface FollowUpHistory {
  followups: FollowUp[];
  skipped: string[];
}

/**
 * Every usable record of the spec's campaign in `dir` whose name matches
 * `pattern`, except the file at `exclude`. Records of another campaign are
 * passed over silently; unreadable ones are listed as skipped.
 */
function recordsIn<T>(dir: string, pattern: RegExp, cwd: string, check: (shown: string, bytes: Uint8Array) => { result: FileResult; record?: T }, exclude?: string): RecordHistory<T> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => pattern.test(n))
      .sort();
  } catch {
    return { records: [], skipped: [] };
  }
  const out: RecordHistory<T> = { records: [], skipped: [] };
  for (const name of names) {
    const path = join(dir, name);
    if (path === exclude) continue;
    const shown = displayPath(cwd, path);
    try {
      const checked = check(shown, readSpecBytes(path, shown).bytes);
      if (checked.record) out.records.push(checked.record);
      else if (!checked.result.findings.some((f) => f.pointer === '/campaign')) out.skipped.push(shown);
    } catch {
      out.skipped.push(shown);
    }
  }
  return out;
}

/** Every usable follow-up of the spec's campaign in `dir`, except the file at `exclude`. */
export function followUpHistory(dir: string, spec: CampaignSpec, cwd: string, exclude?: string): FollowUpHistory {
  const found = recordsIn(
    dir,
    /\.followup\.ya?ml$/i,
    cwd,
    (shown, bytes) => {
      const checked = checkFollowUp(shown, bytes, spec);
      return { result: checked.result, record: checked.followup };
    },
    exclude,
  );
  return { followups: found.records, skipped: found.skipped };
}

/** Every usable incident record of the spec's campaign in `dir`, except the file at `exclude`. */
export async function incidentHistory(dir: string, spec: CampaignSpec, cwd: string, exclude?: string): Promise<RecordHistory<Incident>> {
  const { checkIncident } = await import('../core/incident.js');
  return recordsIn(dir, /\.incident\.ya?ml$/i, cwd, (shown, bytes) => checkIncident(shown, bytes, spec), exclude);
}
