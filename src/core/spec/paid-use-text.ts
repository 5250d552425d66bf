/**
 * Statements in free text that describe paid use of a creator's content, read
 * by rule paid-use-in-text (against what usage_rights.paid grants) and by
 * kickoff (which drops the preset's when the team grants no paid use).
 */
import type { PAID_MECHANISMS } from './vocabulary.js';

export type PaidMechanism = (typeof PAID_MECHANISMS)[number];

export interface PaidUseStatement {
  /** The words as written ("boost the best video"). */
  said: string;
  /** The mechanism they name, when they name one. */
  mechanism?: PaidMechanism;
  label: string;
  /** The sentence they are in (a period stated with them is read there). */
  sentence: string;
  /** Where the sentence starts and ends in the text. */
  sentenceStart: number;
  sentenceEnd: number;
}

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
export const PERIOD = /\b(\d{1,4})[- ]?(days?|weeks?|months?)\b/i;

/** The sentence around a match: where a negation or a period stated with it is looked for. */
function sentenceAround(text: string, start: number, end: number): { before: string; sentence: string; from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to += 1;
  return { before: text.slice(from, start), sentence: text.slice(from, to), from, to };
}

/** Negated by one of the five words before it in its sentence ("no boosting", "will not be boosted"). */
const negated = (before: string) => NEGATION.test(before.split(/\s+/).slice(-6).join(' '));

export function daysOf(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  return u.startsWith('day') ? amount : u.startsWith('week') ? amount * 7 : amount * 30;
}

/** Words one of PAID_WORDS starts with: a text with none of them (nearly every text) is not read further. */
const MAY_STATE_PAID_USE = /spark|partnership|branded content|thought leader|white|allow|dark post|boost|paid|ad spend|media spend/i;

/** Every statement of paid use in a text, negated ones ("no boosting") left out. */
export function paidUseStatements(text: string): PaidUseStatement[] {
  const found: PaidUseStatement[] = [];
  if (!MAY_STATE_PAID_USE.test(text)) return found;
  for (const m of text.matchAll(PAID)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const word = PAID_WORDS[group - 1]!;
    const said = m[group]!;
    const start = m.index + m[0].indexOf(said);
    const { before, sentence, from, to } = sentenceAround(text, start, start + said.length);
    if (negated(before)) continue;
    found.push({ said, ...(word.mechanism ? { mechanism: word.mechanism } : {}), label: word.label, sentence, sentenceStart: from, sentenceEnd: to });
  }
  return found;
}
