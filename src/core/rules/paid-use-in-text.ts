import { readablePath } from '../spec/pointer.js';
import { PROVENANCE_KEY } from '../spec/provenance.js';
import { hit, quoteList } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';
import type { PAID_MECHANISMS } from '../spec/vocabulary.js';

type PaidMechanism = (typeof PAID_MECHANISMS)[number];

/**
 * Words that describe paid use of a creator's content, each with the mechanism
 * it names when it names one. "Paid partnership" alone is Instagram's disclosure
 * label and "paid promotion" YouTube's, so neither counts; "boost" counts only
 * with the content it boosts ("boost the video"), not as "boost awareness".
 */
const PAID_WORDS: readonly { pattern: string; mechanism?: PaidMechanism; label: string }[] = [
  { pattern: 'spark (?:ads?|codes?|ad codes?|authori[sz]ations?)', mechanism: 'spark_ads', label: 'Spark Ads' },
  { pattern: 'youtube partnership ads?', mechanism: 'youtube_partnership_ads', label: 'YouTube partnership ads' },
  { pattern: 'partnership ads?|branded content ads?', mechanism: 'partnership_ads', label: 'partnership ads' },
  { pattern: 'thought leader ads?', mechanism: 'thought_leader_ads', label: 'Thought Leader Ads' },
  { pattern: '(?:white|allow)[- ]?list(?:ing|ed)?', mechanism: 'whitelisting', label: 'whitelisting' },
  { pattern: 'dark posts?', label: 'dark posts' },
  {
    pattern:
      'boost(?:s|ed|ing)? (?:(?:the|their|her|his|this|that|these|those|each|every|all|top|best|a|an|one|two|three) )?(?:(?:best|top|winning|strongest) )?(?:posts?|videos?|content|reels?|tiktoks?|stories|it|them|creatives?)|boosted (?:posts?|videos?|content|reels?)',
    label: 'boosting',
  },
  { pattern: 'paid (?:media|amplification|social|ads?|distribution|flights?)|ad spend|media spend', label: 'paid media' },
];

const PAID = new RegExp(`(?:^|[^\\w-])(?:${PAID_WORDS.map((w) => `(${w.pattern})`).join('|')})(?![\\w-])`, 'gi');
const NEGATION = /\b(?:no|not|never|without|nor|excluding|except|n't|none)\b|n't\b/i;
const SENTENCE_END = /[.;!?\n]/;
const PERIOD = /\b(\d{1,4})[- ]?(days?|weeks?|months?)\b/i;

/** The sentence around a match: where a negation or a period stated with it is looked for. */
function sentenceAround(text: string, start: number, end: number): { before: string; sentence: string } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to += 1;
  return { before: text.slice(from, start), sentence: text.slice(from, to) };
}

/** Negated by one of the five words before it in its sentence ("no boosting", "will not be boosted"). */
const negated = (before: string) => NEGATION.test(before.split(/\s+/).slice(-6).join(' '));

function daysOf(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  return u.startsWith('day') ? amount : u.startsWith('week') ? amount * 7 : amount * 30;
}

export const paidUseInText: Rule = {
  id: 'paid-use-in-text',
  severity: 'error',
  category: 'rights-and-money',
  description:
    'Free text that describes paid use of the content (boosting, Spark Ads, partnership ads, whitelisting, dark posts) matches what usage_rights.paid grants: some paid use at all, the mechanism it names, and no longer period.',
  rationale:
    'Paid use is granted in usage_rights.paid, but teams write it where they think: "we\'ll boost the best video for 90 days" in a brief\'s notes, "Spark codes within 48 h" in the dos. The creator signs the rights, the media buyer reads the notes, and the two disagree in week three. Each such statement is read against the grant: no paid use granted, a mechanism outside the granted ones, or a period longer than the granted days is an error at the text. Negated statements ("no boosting", "will not be whitelisted") and the platforms\' disclosure tools ("Paid partnership" label, YouTube\'s "paid promotion" box) are not paid use.',
  docs: {
    bad: `usage_rights:
  organic: { channels: [tiktok], days: 180 }      # no paid use granted
deliverables:
  - id: maya-tiktok
    brief_notes: We will boost the best video for 30 days.`,
    good: `usage_rights:
  organic: { channels: [tiktok], days: 180 }
  paid: { mechanisms: [spark_ads], days: 30, start: go_live, territories: [US] }
deliverables:
  - id: maya-tiktok
    brief_notes: We will boost the best video with Spark Ads for 30 days.`,
  },
  check(spec) {
    const paid = spec.usage_rights.paid;
    const hits: RuleHit[] = [];
    for (const field of textFields(spec)) {
      if (field.section === PROVENANCE_KEY) continue;
      const problems: string[] = [];
      for (const m of field.text.matchAll(PAID)) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        const word = PAID_WORDS[group - 1]!;
        const said = m[group]!;
        const start = m.index + m[0].indexOf(said);
        const { before, sentence } = sentenceAround(field.text, start, start + said.length);
        if (negated(before)) continue;
        if (!paid) {
          problems.push(`"${said}" describes paid use, but the agreement grants none (usage_rights has no paid grant)`);
          continue;
        }
        if (word.mechanism && !paid.mechanisms.includes(word.mechanism)) {
          problems.push(`"${said}" names ${word.label}, but the usage rights grant only ${quoteList(paid.mechanisms)}`);
        }
        const period = PERIOD.exec(sentence);
        if (period && daysOf(Number(period[1]), period[2]!) > paid.days) {
          problems.push(`"${said}" for ${period[0]} is longer than the ${paid.days} days of paid use granted`);
        }
      }
      if (problems.length > 0) {
        hits.push(
          hit(field.pointer, `In ${readablePath(field.pointer, spec)}: ${[...new Set(problems)].join('; ')}.`, {
            hint: 'Grant it in usage_rights.paid (mechanisms, days, territories), or change the text to what is granted.',
          }),
        );
      }
    }
    return hits;
  },
};
