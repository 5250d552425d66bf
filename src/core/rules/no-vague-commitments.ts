import { readablePath } from '../spec/pointer.js';
import { hit } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';
import { findVague } from './vague-phrases.js';

/** Sections whose text is a commitment someone is paid or judged on. */
export const COMMITMENT_SECTIONS: ReadonlySet<string> = new Set(['deliverables', 'kpis', 'usage_rights', 'compensation', 'approvals', 'exclusivity', 'paid_media_plan']);

export const noVagueCommitments: Rule = {
  id: 'no-vague-commitments',
  severity: 'error',
  category: 'quantified',
  description: 'Text in deliverables, KPIs, approvals, rights and payment terms is quantified: no "ASAP", "reasonable", "as needed".',
  rationale: 'Vague words in what someone is paid for, judged on or licensed to do are where disputes start. In these sections a vague phrase is an error, not a style note.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    brief_notes: Feature the product prominently; deliver ASAP`,
    good: `deliverables:
  - id: maya-tiktok
    brief_notes: Product on screen by 0:03 and for at least 5 s in total`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const f of textFields(spec)) {
      if (!COMMITMENT_SECTIONS.has(f.section)) continue;
      const vague = findVague(f.text);
      if (vague) hits.push(hit(f.pointer, `"${vague.match}" in ${readablePath(f.pointer, spec)} is a commitment nobody can check.`, { hint: `Say instead: ${vague.replacement}.` }));
    }
    return hits;
  },
};
