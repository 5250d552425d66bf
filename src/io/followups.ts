/** Earlier follow-ups of a campaign: the *.followup.yaml files in a directory, for what they left overdue. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFollowUp } from '../core/followup.js';
import type { AlignkitFollowUp as FollowUp } from '../generated/followup.types.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { readSpecBytes } from './files.js';

export interface FollowUpHistory {
  followups: FollowUp[];
  /** Files that look like follow-ups but could not be used, as shown. */
  skipped: string[];
}

/** Every usable follow-up of the spec's campaign in `dir`, except the file at `exclude`. */
export function followUpHistory(dir: string, spec: CampaignSpec, cwd: string, exclude?: string): FollowUpHistory {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.followup\.ya?ml$/i.test(n)).sort();
  } catch {
    return { followups: [], skipped: [] };
  }
  const out: FollowUpHistory = { followups: [], skipped: [] };
  for (const name of names) {
    const path = join(dir, name);
    if (path === exclude) continue;
    const shown = relative(cwd, path) || path;
    try {
      const checked = checkFollowUp(shown, readSpecBytes(path, shown).bytes, spec);
      if (checked.followup) out.followups.push(checked.followup);
      else if (!checked.result.findings.some((f) => f.pointer === '/campaign')) out.skipped.push(shown);
    } catch {
      out.skipped.push(shown);
    }
  }
  return out;
}
