import type { CampaignSpec, Money } from '../spec/model.js';
import { readablePath } from '../spec/pointer.js';
import { amountText, hit } from './helpers.js';
import { textFields, type TextField } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

const CODES = 'USD|EUR|GBP|CAD|AUD|NZD|SGD|INR|CHF|SEK|NOK|DKK|JPY|MXN|BRL|ZAR|AED|PLN';
const SYMBOLS: Readonly<Record<string, readonly string[]>> = { $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'MXN'], '€': ['EUR'], '£': ['GBP'], '¥': ['JPY'], '₹': ['INR'] };
/** A currency sign or code; the amount is read next to it (after a sign or code, or before it). */
const CURRENCY = new RegExp(`([$€£¥₹])|\\b(${CODES})\\b`, 'g');
/** "1,500", "1.500", "1 500", "1500.50", "1.500,50", "12k", right after a currency. */
const AMOUNT_AFTER = /\s?(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?!\d)\s?([kK]\b)?/y;
/** The same, right before a currency ("1.500 €", "2,000 GBP"). */
const AMOUNT_BEFORE = /(?<![\d.,])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s?([kK])?\s?$/;
const SENTENCE = /[^.;!?\n]+(?:[.;!?](?=\d)[^.;!?\n]*)*/g;
/** A cheap first look: most texts have no currency sign or three-capital code, and need no closer reading. */
// The signs are written as escapes: one character outside Latin-1 in a regular expression literal reaches the bundle as
// is (esbuild escapes strings, not patterns) and makes V8 hold the whole 800 KB program as two-byte text, 5 ms on every lint.
const CURRENCY_HINT = /[$\u20ac\u00a3\u00a5\u20b9]|[A-Z]{3}/;
/** Stems of every topic's words: a text with none of them needs no regular expression at all. */
const TOPIC_STEMS = ['round', 'fee', 'cancel', 'bonus', 'renew', 'extend', 'exclusiv', 'spend', 'budget', 'usage', 'retainer', 'flat rate', 'payment', 'instalment', 'installment', 'paid ', 'earn'];

/** What a sentence says an amount is for, most specific first; the structured amounts it must be one of. */
const TOPICS: readonly { name: string; words: RegExp; amounts: (spec: CampaignSpec, creator?: string) => { path: string; money: Money }[] }[] = [
  {
    name: 'an extra revision round',
    words: /\b(?:extra|additional|further|another|third|fourth) (?:revision |review )?rounds?\b|\bper (?:extra |additional )?(?:revision )?round\b/i,
    amounts: (spec) => (spec.approvals.extra_round_fee ? [{ path: 'approvals.extra_round_fee', money: spec.approvals.extra_round_fee }] : []),
  },
  {
    name: 'the kill fee',
    words: /\bkill fee\b|\bcancel(?:s|led|ling|lation)\b/i,
    amounts: (spec, creator) =>
      feesOf(spec, creator).flatMap((c) =>
        [
          { pct: c.kill_fee.before_production_pct, when: 'before production' },
          { pct: c.kill_fee.after_production_pct, when: 'after production' },
        ].map(({ pct, when }) => ({ path: `compensation (${c.creator}).kill_fee (${pct} % ${when})`, money: share(c.amount, pct) })),
      ),
  },
  {
    name: 'a bonus',
    words: /\bbonus(?:es)?\b/i,
    amounts: (spec, creator) =>
      feesOf(spec, creator).flatMap((c) =>
        (c.bonuses ?? []).flatMap((b) => [
          { path: `compensation (${c.creator}).bonuses (${b.kpi})`, money: b.amount },
          { path: `compensation (${c.creator}).bonuses (${b.kpi}).cap`, money: b.cap },
        ]),
      ),
  },
  {
    name: 'renewing the rights',
    words: /\brenew(?:al|ing|s)?\b|\bextend(?:ing|s)? the (?:usage )?rights\b/i,
    amounts: (spec) => (spec.usage_rights.renewal_fee ? [{ path: 'usage_rights.renewal_fee', money: spec.usage_rights.renewal_fee }] : []),
  },
  {
    name: 'exclusivity',
    words: /\bexclusiv(?:e|ity)\b/i,
    amounts: (spec, creator) => (spec.exclusivity ?? []).filter((e) => e.fee && (!creator || e.creators.includes(creator))).map((e) => ({ path: 'exclusivity.fee', money: e.fee! })),
  },
  {
    name: 'ad spend',
    words: /\b(?:ad|media|paid|boost(?:ing)?) (?:spend|budget)\b|\bspend cap\b/i,
    amounts: (spec) => [
      ...(spec.usage_rights.paid?.spend_cap ? [{ path: 'usage_rights.paid.spend_cap', money: spec.usage_rights.paid.spend_cap }] : []),
      ...(spec.paid_media_plan ?? []).flatMap((f) => (f.budget ? [{ path: `paid_media_plan (${f.id}).budget`, money: f.budget }] : [])),
    ],
  },
  {
    name: 'paid usage',
    words: /\b(?:paid )?usage (?:fee|rights fee)\b|\b(?:whitelisting|licensing) fee\b/i,
    amounts: (spec) => (spec.usage_rights.paid?.fee ? [{ path: 'usage_rights.paid.fee', money: spec.usage_rights.paid.fee }] : []),
  },
  {
    name: 'the budget',
    words: /\b(?:total |campaign |overall )?budget\b/i,
    amounts: (spec) => (spec.campaign.budget ? [{ path: 'campaign.budget', money: spec.campaign.budget }] : []),
  },
  {
    name: "the creator's fee",
    words:
      /\b(?:(?<!(?:kill|usage|exclusivity|renewal|licensing|whitelisting|rights|round) )fees?|retainer|flat rate|payments?|instalments?|installments?|paid (?:in|on|at|within|after)|(?:is|are|gets?|will be) paid|earns?)\b/i,
    amounts: (spec, creator) =>
      feesOf(spec, creator).flatMap((c) => [
        { path: `compensation (${c.creator}).amount`, money: c.amount },
        ...c.schedule.map((s, i) => ({ path: `compensation (${c.creator}).schedule[${i}] (${s.pct} %)`, money: share(c.amount, s.pct) })),
      ]),
  },
];

/** Every topic's words in one pattern, one capture group each: one pattern to compile and one pass per sentence. */
const ANY_TOPIC = new RegExp(TOPICS.map((t) => `(${t.words.source})`).join('|'), 'gi');

function feesOf(spec: CampaignSpec, creator?: string): CampaignSpec['compensation'] {
  return spec.compensation.filter((c) => !creator || c.creator === creator);
}

function share(money: Money, pct: number): Money {
  return { amount: Math.round(money.amount * pct) / 100, currency: money.currency };
}

/** "1,500" / "1.500" / "1 500" (thousands), "1500.50" / "1.500,50" (cents), with "k" for thousands. */
function amountOf(whole: string, cents: string | undefined, k: string | undefined): number {
  const n = Number(whole.replace(/[,.\u00a0 ]/g, '')) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);
  return k ? n * 1000 : n;
}

interface Stated {
  said: string;
  at: number;
  amount: number;
  currencies: readonly string[];
}

function statedAmounts(sentence: string): Stated[] {
  const found: Stated[] = [];
  for (const c of sentence.matchAll(CURRENCY)) {
    const currencies = c[2] ? [c[2]] : SYMBOLS[c[1]!]!;
    AMOUNT_AFTER.lastIndex = c.index + c[0].length;
    const after = AMOUNT_AFTER.exec(sentence);
    if (after) {
      found.push({ said: sentence.slice(c.index, AMOUNT_AFTER.lastIndex).trim(), at: c.index, amount: amountOf(after[1]!, after[2], after[3]), currencies });
      continue;
    }
    const before = AMOUNT_BEFORE.exec(sentence.slice(Math.max(0, c.index - 24), c.index));
    if (before) {
      const at = c.index - before[0].length;
      found.push({ said: sentence.slice(at, c.index + c[0].length).trim(), at, amount: amountOf(before[1]!, before[2], before[3]), currencies });
    }
  }
  return found;
}

/** The topic whose words stand nearest the amount in its sentence ("a fee of USD 14,000 and a bonus": the fee). */
function topicOf(sentence: string, stated: Stated): (typeof TOPICS)[number] | undefined {
  let best: { topic: (typeof TOPICS)[number]; distance: number } | undefined;
  for (const m of sentence.matchAll(ANY_TOPIC)) {
    const topic = TOPICS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;
    const distance = m.index < stated.at ? stated.at - (m.index + m[0].length) : m.index - (stated.at + stated.said.length);
    if (!best || distance < best.distance) best = { topic, distance };
  }
  return best?.topic;
}

/** The creator a text is about: a deliverable's or a compensation entry's; none elsewhere. */
function creatorOf(spec: CampaignSpec, field: TextField): string | undefined {
  // The section is known without the field's path, which is worked out only when asked for (text-fields.ts).
  if (field.section === 'deliverables') return spec.deliverables[field.segments[1] as number]?.creator;
  if (field.section === 'compensation') return spec.compensation[field.segments[1] as number]?.creator;
  return undefined;
}

const money = (m: Money) => amountText(m.amount, m.currency);

const KILL_FEE = /\bkill fees?\b/i;
const PER_CENT = /\bper ?cent\b/i;
const PERCENT = /(?<![\d.,])(\d{1,3})(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)/gi;

/** "30 %" in a sentence about the kill fee, against the kill fee's two shares. */
function killFeeShares(spec: CampaignSpec, sentence: string, creator: string | undefined): string[] {
  if (!KILL_FEE.test(sentence)) return [];
  const entries = feesOf(spec, creator);
  const agreed = new Set(entries.flatMap((c) => [c.kill_fee.before_production_pct, c.kill_fee.after_production_pct]));
  const problems: string[] = [];
  for (const m of sentence.matchAll(PERCENT)) {
    if (agreed.size === 0 || agreed.has(Number(m[1]))) continue;
    const shares = entries.slice(0, 3).map((c) => `compensation (${c.creator}).kill_fee is ${c.kill_fee.before_production_pct} % before production and ${c.kill_fee.after_production_pct} % after`);
    problems.push(`"${m[0]}" for the kill fee, but ${shares.join(', ')}`);
  }
  return problems;
}

export const textMoneyMatches: Rule = {
  id: 'text-money-matches',
  severity: 'error',
  category: 'rights-and-money',
  description:
    'An amount of money a free text gives for a fee, a bonus, a kill fee, an extra round, rights, exclusivity, ad spend or the budget, and a share it gives for the kill fee, is one the structured terms give.',
  rationale:
    "Payments, invoices and the wrap report run on the structured amounts; the creator and their manager read the notes. \"Extra rounds are billed at GBP 250\" in a brief and an extra_round_fee of GBP 350 is two prices, and the cheaper one is the one quoted back at the brand. Each sentence of a free text is read for amounts (GBP 1,500, $1.5k, 1.500 €) and for what they are for (an extra round, the kill fee, a bonus, renewing the rights, exclusivity, ad spend, the budget, the fee); an amount that is none of the structured amounts for that, in that currency, is an error at the text, and so is a percentage in a sentence about the kill fee that is neither of its two shares. In a deliverable's or a compensation entry's text only that creator's amounts count. The decision log is history and is not read.",
  docs: {
    bad: `approvals:
  extra_round_fee: { amount: 500, currency: USD }
deliverables:
  - id: maya-tiktok
    brief_notes: Two revision rounds are included; each extra round is billed at $300.`,
    good: `approvals:
  extra_round_fee: { amount: 500, currency: USD }
deliverables:
  - id: maya-tiktok
    brief_notes: Two revision rounds are included; each extra round is billed at $500.`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const field of textFields(spec)) {
      if (field.section === 'decision_log' || !/\d/.test(field.text)) continue;
      const percent = field.text.includes('%') || (field.text.includes('cent') && PER_CENT.test(field.text));
      if (!percent && !CURRENCY_HINT.test(field.text)) continue;
      const lower = field.text.toLowerCase();
      if (!TOPIC_STEMS.some((stem) => lower.includes(stem))) continue;
      // Only a text that speaks of a fee, a bonus, a round or a budget is read for amounts.
      ANY_TOPIC.lastIndex = 0;
      if (!ANY_TOPIC.test(field.text)) continue;
      ANY_TOPIC.lastIndex = 0;
      const problems: string[] = [];
      let creator: string | undefined | null = null;
      for (const [sentence] of field.text.matchAll(SENTENCE)) {
        if (percent) {
          if (creator === null) creator = creatorOf(spec, field);
          problems.push(...killFeeShares(spec, sentence, creator));
        }
        for (const s of statedAmounts(sentence)) {
          const topic = topicOf(sentence, s);
          if (!topic) continue;
          if (creator === null) creator = creatorOf(spec, field);
          const structured = topic.amounts(spec, creator);
          if (structured.length === 0) continue; // nothing structured to hold it to: other rules ask for the term itself
          const same = structured.some(({ money: m }) => s.currencies.includes(m.currency) && Math.abs(m.amount - s.amount) < 0.5);
          if (same) continue;
          const agreed = [...new Map(structured.map((x) => [money(x.money), x])).values()].slice(0, 3);
          problems.push(`${s.said} for ${topic.name}, but ${agreed.map((x) => `${x.path} is ${money(x.money)}`).join(', ')}`);
        }
      }
      if (problems.length > 0)
        hits.push(
          hit(field.pointer, `${readablePath(field.pointer, spec)} says ${problems.join('; ')}.`, {
            hint: 'Change the text to the agreed amount, or the structured amount to what the team agreed; payments and reports follow the structured one.',
          }),
        );
    }
    return hits;
  },
};
