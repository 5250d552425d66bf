import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

/** The pre-mortem risks every influencer campaign has, and words that show a risk covers one. */
export const STANDARD_RISKS: readonly { name: string; words: RegExp }[] = [
  { name: 'a creator cannot deliver', words: /\b(?:no[- ]show|cannot deliver|can't deliver|drops? out|ill(?:ness)?|unavailable|pulls? out|replace(?:ment)?|backup creator)\b/i },
  { name: 'the timeline slips', words: /\b(?:late|delay\w*|slip\w*|miss(?:es|ed)? (?:the )?(?:deadline|date|draft)|timeline|behind schedule|overdue)\b/i },
  { name: 'under-performance', words: /\b(?:under-?perform\w*|below target|miss(?:es|ed)? (?:the )?(?:target|kpi)|low (?:views|reach|engagement)|performance|below \d+|below (?:plan|forecast))\b/i },
  { name: 'negative audience feedback', words: /\b(?:negative|backlash|criticism|comments?|sentiment|pile-?on)\b/i },
  { name: 'a brand-safety incident', words: /\b(?:brand[- ]safety|scandal|controvers\w*|misconduct|offensive|crisis|incident)\b/i },
];

export const standardRisksCovered: Rule = {
  id: 'standard-risks-covered',
  severity: 'warning',
  category: 'contingency',
  description: 'The pre-mortem covers the standard risks: a creator cannot deliver, the timeline slips, under-performance, negative feedback, a brand-safety incident.',
  rationale: 'These five happen in most campaigns. Deciding the trigger, owner and fallback for each at kickoff turns a week-two crisis into a planned step.',
  docs: {
    bad: `contingency:
  risks:
    - { id: late, description: A draft is late, trigger: Draft 24 h late, owner: leo-park, mitigation: Move go-live two days }`,
    good: `contingency:
  risks:
    - { id: no-show, description: A creator cannot deliver (illness, a family emergency) }
    - { id: late, description: The timeline slips past a draft deadline }
    - { id: flop, description: Posts under-perform the KPI targets }
    - { id: backlash, description: Negative comments pile up under a post }
    - { id: scandal, description: A brand-safety incident involving a creator }`,
  },
  check(spec) {
    const texts = spec.contingency.risks.map((r) => `${r.id} ${r.description} ${r.trigger} ${r.mitigation}`);
    const missing = STANDARD_RISKS.filter((s) => !texts.some((t) => s.words.test(t))).map((s) => s.name);
    if (missing.length === 0) return [];
    return [
      hit(at('contingency', 'risks'), `The pre-mortem does not cover: ${missing.join('; ')}.`, {
        hint: 'Add a risk for each, with its trigger, owner and mitigation.',
      }),
    ];
  },
};
