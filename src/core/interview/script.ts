/**
 * The kickoff interview as data, in the order of a real kickoff meeting. Each
 * question names a field of the campaign schema; the schema supplies its type,
 * choices, help text and validation. Only the order, the short "why this
 * matters" lines and the conditions live here.
 */
import type { Path, Spec } from './draft.js';

const AGE_RESTRICTED = ['alcohol', 'gambling', 'nicotine'];
const FINANCIAL = ['financial_promotion', 'crypto'];

type Item = Record<string, unknown>;

export interface FieldQuestion {
  kind: 'field';
  /** The field: absolute, or relative to the item of the group it is in. */
  path: Path;
  /** The question, when the schema title alone would be unclear ("Minimum" → "Shortest length (s)"). */
  label?: string;
  why: string;
  /** Asked only when this holds (a regulated category, a KPI with a window, …). */
  when?: (spec: Spec, item: Item | undefined) => boolean;
  /** Party choices are limited to these roles. */
  roles?: readonly string[];
  /** A list of parties whose order matters (an escalation path): asked one at a time. */
  ordered?: boolean;
}

/** Yes/no for an optional block: off removes it, on brings back the preset's block. */
export interface ToggleQuestion {
  kind: 'toggle';
  path: Path;
  label: string;
  why: string;
}

export interface GroupQuestion {
  kind: 'group';
  path: Path;
  /** One entry, in words: "deliverable". */
  noun: string;
  why: string;
  fields: readonly FieldQuestion[];
  /** Entries can be removed and added (parties, deliverables, …), or only filled in (the RACI rows). */
  fixed?: boolean;
  when?: (spec: Spec) => boolean;
}

export type Question = FieldQuestion | ToggleQuestion | GroupQuestion;

export interface Step {
  title: string;
  why: string;
  questions: readonly Question[];
}

const field = (path: Path, why: string, more: Partial<FieldQuestion> = {}): FieldQuestion => ({ kind: 'field', path, why, ...more });

const category = (spec: Spec) => String((spec.campaign as Item | undefined)?.category ?? '');
const has = (item: Item | undefined, key: string) => item !== undefined && item[key] !== undefined;
const nested = (item: Item | undefined, key: string, inner: string) => {
  const value = item?.[key];
  return value !== null && typeof value === 'object' && (value as Item)[inner] !== undefined;
};
const zones = (spec: Spec) => new Set(((spec.parties as Item[] | undefined) ?? []).map((p) => p.timezone)).size;

export const STEPS: readonly Step[] = [
  {
    title: 'Campaign and parties',
    why: 'Everyone at the table, with the one person who owns the campaign end to end.',
    questions: [
      field(['campaign', 'name'], 'The name everyone will use in email subjects and file names.'),
      field(['campaign', 'id'], 'The id names the spec file and every document rendered from it.', { label: 'Campaign id' }),
      field(['campaign', 'product'], 'Creators brief on one product; name it exactly.'),
      field(['campaign', 'category'], 'Regulated categories (alcohol, finance, gambling, …) bring extra rules.'),
      field(['campaign', 'markets'], 'Markets decide which disclosure laws apply.', { label: 'Markets (ISO country codes, comma-separated)' }),
      field(['campaign', 'languages'], 'Each deliverable is made in one of these languages.', { label: 'Languages (e.g. en-US, comma-separated)' }),
      field(['campaign', 'currency'], 'Every fee, bonus and cap is stated in this currency.'),
      field(['campaign', 'timezone'], 'Deadlines without a time zone are read differently by every party.', { label: 'Campaign time zone (IANA, e.g. America/New_York)' }),
      field(['campaign', 'window', 'start'], "The first day content may go live; the preset's schedule moves with it.", { label: 'Campaign window start (YYYY-MM-DD)' }),
      field(['campaign', 'window', 'end'], 'Go-lives and paid use are checked against the window.', { label: 'Campaign window end (YYYY-MM-DD)' }),
      {
        kind: 'group',
        path: ['parties'],
        noun: 'party',
        why: 'Every person who decides, approves, creates or signs, with who stands in for them.',
        fields: [
          field(['name'], 'Documents and sign-offs name people, not roles.', { label: 'Full name' }),
          field(['role'], 'The role decides which documents and sign-offs concern them.'),
          field(['organisation'], 'Who they act for.'),
          field(['contact', 'email'], 'Where approvals and follow-ups are sent.', { label: 'Email' }),
          field(['contact', 'phone'], 'People on the escalation path must be reachable by phone.', { label: 'Phone (leave as is if none)', when: (_s, p) => nested(p, 'contact', 'phone') }),
          field(['timezone'], "Review windows are counted in the approver's own working hours.", { label: 'Time zone (IANA)' }),
          field(['authority'], 'Who may approve, sign, pause content or speak publicly.'),
          field(['backup'], 'Approvals stall when the only approver is on holiday.', { when: (_s, p) => has(p, 'backup') }),
        ],
      },
      field(['campaign', 'brand'], 'The party that speaks for the brand.', { roles: ['brand'] }),
      field(['campaign', 'owner'], 'One owner end to end: the person who decides when the others disagree.'),
    ],
  },
  {
    title: 'Objective and the primary KPI',
    why: 'What success means, in numbers with a baseline and a source, agreed before anyone films.',
    questions: [
      field(['objectives', 0, 'statement'], 'One primary objective keeps every trade-off decidable.', { label: 'Primary objective' }),
      field(['objectives', 0, 'type'], 'The objective type decides which KPIs fit.', { label: 'Primary objective type' }),
      field(['objectives', 0, 'failure_looks_like'], 'A pre-agreed failure line stops arguments at the wrap report.', { label: 'What failure looks like, in numbers' }),
      {
        kind: 'group',
        path: ['kpis'],
        noun: 'KPI',
        why: 'A KPI without a baseline, a data source and an owner cannot be reported on.',
        fields: [
          field(['name'], 'The name used in reports.', { label: 'KPI name' }),
          field(['id'], 'Bonuses and objectives refer to the KPI by this id.', { label: 'KPI id' }),
          field(['metric'], 'The metric decides the formula and the unit.'),
          field(['basis'], 'Engagement rate by reach and by views differ by a factor of two or more.', { when: (_s, k) => k?.metric === 'engagement_rate' }),
          field(['target'], 'The number that counts as success.'),
          field(['unit'], 'Counts, percentages and percentage points are easy to confuse.'),
          field(['baseline', 'value'], 'A target means little without the number it improves on.', { label: 'Baseline value' }),
          field(['baseline', 'source'], 'Where the baseline comes from, so nobody disputes it later.', { label: 'Baseline source' }),
          field(['data_source'], 'Screenshots and platform exports give different numbers.'),
          field(['window', 'start'], 'The first day counted.', { label: 'Measured from (YYYY-MM-DD)', when: (_s, k) => nested(k, 'window', 'start') }),
          field(['window', 'end'], 'The last day counted.', { label: 'Measured until (YYYY-MM-DD)', when: (_s, k) => nested(k, 'window', 'end') }),
          field(['window', 'days_after_post'], 'Per-post KPIs are counted a fixed number of days after each post.', {
            label: 'Days counted after each post',
            when: (_s, k) => nested(k, 'window', 'days_after_post'),
          }),
          field(['owner'], 'The one person who reports this number.'),
        ],
      },
      field(['objectives', 0, 'kpis'], 'The KPIs that measure the primary objective.', { label: 'KPIs of the primary objective' }),
    ],
  },
  {
    title: 'Deliverables and mandatory elements',
    why: 'Exactly what each creator makes, by when, and what every piece must contain.',
    questions: [
      {
        kind: 'group',
        path: ['deliverables'],
        noun: 'deliverable',
        why: '"Some TikToks" becomes "2 TikToks, 20-45 s, draft due on a date and time, in a time zone".',
        fields: [
          field(['creator'], 'Who makes it.', { roles: ['creator'] }),
          field(['platform'], 'Platform rules decide formats, lengths and disclosure tools.'),
          field(['format'], 'Reel, story and integration differ in effort and price.'),
          field(['id'], 'Mandatory elements and paid media refer to the deliverable by this id.', { label: 'Deliverable id' }),
          field(['count'], 'How many pieces of this format.'),
          field(['duration_s', 'min'], 'Lengths prevent a 10-second video where 45 seconds were expected.', { label: 'Shortest length (s)', when: (_s, d) => has(d, 'duration_s') }),
          field(['duration_s', 'max'], 'The longest allowed length.', { label: 'Longest length (s)', when: (_s, d) => has(d, 'duration_s') }),
          field(['story_frames'], 'Stories are agreed in frames, not seconds.', { when: (_s, d) => has(d, 'story_frames') }),
          field(['language'], 'The language the piece is made in.'),
          field(['markets'], "Which of the campaign's markets this piece is for.", {
            label: 'Markets for this deliverable',
            when: (s, d) => ((s.campaign as Item).markets as unknown[]).length > 1 || has(d, 'markets'),
          }),
          field(['draft_due'], 'The approval chain is counted from this moment.', { label: 'First draft due (YYYY-MM-DDTHH:MM Zone)' }),
          field(['go_live', 'at'], 'The exact publishing time.', { label: 'Go-live (YYYY-MM-DDTHH:MM Zone)', when: (_s, d) => nested(d, 'go_live', 'at') }),
          field(['go_live', 'window_start'], 'The earliest publishing time.', { label: 'Go-live window opens', when: (_s, d) => nested(d, 'go_live', 'window_start') }),
          field(['go_live', 'window_end'], 'The latest publishing time.', { label: 'Go-live window closes', when: (_s, d) => nested(d, 'go_live', 'window_end') }),
          // A recurring deliverable (an ambassador's monthly reel): the first occurrence's dates above, then how often and how many.
          field(['recurrence', 'frequency'], 'A monthly programme is a draft, a review and a go-live every month, each on the calendar.', {
            label: 'Made again every (week or month)',
            when: (_s, d) => has(d, 'recurrence'),
          }),
          field(['recurrence', 'interval'], '"Every two months" is a monthly recurrence with an interval of 2.', {
            label: 'Every how many weeks or months',
            when: (_s, d) => nested(d, 'recurrence', 'interval'),
          }),
          field(['recurrence', 'occurrences'], 'How many times it is made: the count is shared out over them.', { label: 'How many times in all', when: (_s, d) => has(d, 'recurrence') }),
          field(['recurrence', 'day'], 'Later occurrences go live on this day of their month.', {
            label: 'Day of the month each later one goes live',
            when: (_s, d) => nested(d, 'recurrence', 'day'),
          }),
          field(['min_live_days'], 'Content deleted after a week breaks the deal.', { label: 'Days the content stays live' }),
          field(['tracking', 'promo_code'], 'Conversion KPIs need tracking on every piece.', {
            label: 'Promo code',
            // A new entry carries no code of its own (codes are never copied): asked when the others have one.
            when: (s, d) => nested(d, 'tracking', 'promo_code') || (d?.tracking === undefined && ((s.deliverables as Item[] | undefined) ?? []).some((e) => nested(e, 'tracking', 'promo_code'))),
          }),
        ],
      },
      field(['messaging', 'key_messages'], 'Three messages at most: more and none are remembered.', { label: 'Key messages (separate with |)' }),
      {
        kind: 'group',
        path: ['messaging', 'mandatory'],
        noun: 'mandatory element',
        why: 'What every listed piece must contain, checked at review.',
        fields: [field(['type'], 'What kind of element.'), field(['value'], 'The exact words, seconds or link.'), field(['applies_to'], 'Which deliverables must contain it.')],
      },
      field(['messaging', 'dos'], 'Concrete dos save a revision round.', { label: 'Dos (separate with |)' }),
      field(['messaging', 'donts'], "Concrete don'ts prevent a takedown.", { label: "Don'ts (separate with |)" }),
    ],
  },
  {
    title: 'Approvals',
    why: 'Who reviews in which order, how fast, and how many rounds: it must fit before go-live.',
    questions: [
      {
        kind: 'group',
        path: ['approvals', 'stages'],
        noun: 'approval stage',
        why: 'Each stage adds its review window to the schedule.',
        fields: [
          field(['name'], 'What this stage checks.', { label: 'Stage name' }),
          field(['approver'], 'The one person who approves at this stage.'),
          field(['review_window', 'hours'], 'A review window in hours, not "soon".', { label: 'Review window (hours)' }),
          field(['review_window', 'basis'], '48 business hours over a weekend are four calendar days.', { label: 'Counted in' }),
          field(['timezone'], "Business hours are counted in the approver's time zone.", { label: 'Approver time zone', when: (s) => zones(s) > 1 }),
        ],
      },
      field(['approvals', 'revision_rounds'], 'Rounds included in the fee; more cost extra.'),
      field(['approvals', 'creator_turnaround_h'], 'How long the creator has for each revision.', { label: 'Creator turnaround per revision (hours)' }),
      field(['approvals', 'on_missed_review'], 'What happens when a reviewer misses the window decides who carries the delay.'),
    ],
  },
  {
    title: 'Rights, exclusivity and payment',
    why: 'What the brand may do with the content, what the creators may not do, and when money moves.',
    questions: [
      field(['usage_rights', 'organic', 'days'], 'How long the brand may repost the content organically.', { label: 'Organic reposting (days)' }),
      field(['usage_rights', 'organic', 'channels'], 'Where the brand may repost it.', { label: 'Organic reposting channels' }),
      { kind: 'toggle', path: ['usage_rights', 'paid'], label: 'Will the brand run the content as paid ads?', why: 'Paid use needs its own rights, days, territories and fee.' },
      field(['usage_rights', 'paid', 'mechanisms'], 'Spark Ads and partnership ads need separate authorisation.', {
        label: 'Paid mechanisms',
        when: (s) => nested(s.usage_rights as Item, 'paid', 'mechanisms'),
      }),
      field(['usage_rights', 'paid', 'days'], 'Paid use beyond the agreed days is the most common rights dispute.', {
        label: 'Paid use (days)',
        when: (s) => nested(s.usage_rights as Item, 'paid', 'days'),
      }),
      field(['usage_rights', 'paid', 'territories'], 'Where the ads may run.', { label: 'Paid territories (comma-separated)', when: (s) => nested(s.usage_rights as Item, 'paid', 'territories') }),
      field(['usage_rights', 'paid', 'fee', 'amount'], 'Paid usage is paid for separately.', { label: 'Paid usage fee', when: (s) => nested(s.usage_rights as Item, 'paid', 'fee') }),
      field(['usage_rights', 'edits'], 'Whether the brand may cut or re-caption the content.'),
      field(['usage_rights', 'ai_alteration'], "AI changes to a creator's face or voice need explicit consent.", { label: 'May the brand alter the content with AI?' }),
      {
        kind: 'group',
        path: ['exclusivity'],
        noun: 'exclusivity clause',
        why: 'Exclusivity without categories, dates and a fee is unenforceable or unfair.',
        fields: [
          field(['creators'], 'Who is bound.'),
          field(['categories'], 'Which product categories they may not promote.', { label: 'Excluded categories (comma-separated)' }),
          field(['competitors'], 'Named competitors remove doubt.', { label: 'Named competitors (comma-separated)' }),
          field(['from'], 'The first day of exclusivity.', { label: 'Exclusive from (YYYY-MM-DD)' }),
          field(['to'], 'The last day of exclusivity.', { label: 'Exclusive until (YYYY-MM-DD)' }),
          field(['fee', 'amount'], 'Exclusivity is paid for.', { label: 'Exclusivity fee', when: (_s, e) => has(e, 'fee') }),
        ],
      },
      {
        kind: 'group',
        path: ['compensation'],
        noun: 'fee agreement',
        why: 'Fees, payment triggers and the kill fee, per creator.',
        fields: [
          field(['creator'], 'Who is paid.', { roles: ['creator'] }),
          field(['model'], 'Flat fee, retainer, commission or a mix.'),
          field(['amount', 'amount'], 'The total fee, before bonuses.', { label: 'Fee', when: (_s, c) => has(c, 'amount') }),
          field(['kill_fee', 'before_production_pct'], 'What the creator is paid if the brand cancels before filming.', {
            label: 'Kill fee before production (%)',
            when: (_s, c) => has(c, 'kill_fee'),
          }),
          field(['kill_fee', 'after_production_pct'], 'What the creator is paid if the brand cancels after filming.', { label: 'Kill fee after production (%)', when: (_s, c) => has(c, 'kill_fee') }),
        ],
      },
    ],
  },
  {
    title: 'Claims and disclosure',
    why: 'Every claim substantiated and approved; every piece disclosed the way its markets require.',
    questions: [
      {
        kind: 'group',
        path: ['messaging', 'claims'],
        noun: 'product claim',
        why: "An unsubstantiated claim is the creator's liability as much as the brand's.",
        fields: [
          field(['text'], 'The claim, word for word, as creators must say it.', { label: 'Claim (exact wording)' }),
          field(['substantiation'], 'The evidence that proves it.'),
          field(['approved_by'], 'The person who approved the wording.', { roles: ['legal', 'compliance_approver', 'brand'] }),
        ],
      },
      field(['compliance', 'jurisdictions'], 'Whose advertising rules apply.', { label: 'Jurisdictions (comma-separated)' }),
      field(['compliance', 'regulated', 'min_talent_age'], 'UK alcohol and gambling rules bar anyone under 25 from a significant role.', { when: (s) => AGE_RESTRICTED.includes(category(s)) }),
      field(['compliance', 'regulated', 'max_audience_u18_pct'], 'Placements where a quarter of the audience is under 18 are not allowed.', { when: (s) => AGE_RESTRICTED.includes(category(s)) }),
      field(['compliance', 'regulated', 'responsibility_message'], 'The responsibility message every piece must carry.', { when: (s) => ['alcohol', 'gambling'].includes(category(s)) }),
      field(['compliance', 'regulated', 'finprom_approver'], 'Financial promotions need an authorised approver.', { when: (s) => FINANCIAL.includes(category(s)) }),
      field(['compliance', 'regulated', 'risk_warning'], 'The risk warning every piece must carry.', { when: (s) => FINANCIAL.includes(category(s)) }),
      field(['compliance', 'regulated', 'min_audience_lpa_pct'], 'US spirits codes require 73.8 % of the audience to be of legal age.', { when: (s) => category(s) === 'alcohol' }),
      {
        kind: 'group',
        path: ['deliverables'],
        noun: 'deliverable',
        fixed: true,
        why: "Disclosure words and placements per piece, as each market's regulator accepts them.",
        fields: [
          field(['disclosure', 'labels'], 'The exact words: "#ad", "Paid partnership with …".', { label: 'Disclosure labels (comma-separated)' }),
          field(['disclosure', 'placements'], 'Disclosure must be seen before "more", in the platform\'s tool and on screen.', { label: 'Disclosure placements' }),
        ],
      },
    ],
  },
  {
    title: 'Pre-mortem',
    why: 'It is the last day and the campaign failed: why? Each answer becomes a risk with a trigger, an owner and a plan.',
    questions: [
      {
        kind: 'group',
        path: ['contingency', 'risks'],
        noun: 'risk',
        why: 'A risk with a trigger and an owner gets handled; a worry does not.',
        fields: [
          field(['description'], 'It is the last day and the campaign failed: why?', { label: 'What went wrong' }),
          field(['id'], 'A short id for follow-ups.', { label: 'Risk id' }),
          field(['likelihood'], '1 (rare) to 5 (almost certain).', { label: 'Likelihood (1-5)' }),
          field(['impact'], '1 (minor) to 5 (severe).', { label: 'Impact (1-5)' }),
          field(['trigger'], 'The observable sign that the risk is happening.'),
          field(['owner'], 'Who acts when the trigger fires.'),
          field(['mitigation'], 'What they do, concretely.'),
        ],
      },
    ],
  },
  {
    title: 'RACI, cadence and crisis contacts',
    why: 'Who does, decides, is asked and is told; when everyone meets; who is called when it goes wrong.',
    questions: [
      {
        kind: 'group',
        path: ['raci'],
        noun: 'activity',
        fixed: true,
        why: 'Exactly one Accountable per activity, holding the matching authority.',
        fields: [field(['responsible'], 'Who does the work.'), field(['accountable'], 'The one person who decides.')],
      },
      field(['communication', 'escalation_path'], 'Who is called first, second and last when something goes wrong.', { ordered: true, label: 'Escalation path' }),
      field(['communication', 'response_sla_h'], 'How fast routine questions are answered.', { label: 'Response time for routine questions (hours)' }),
      field(['communication', 'check_ins_days_after_first_post'], 'Check-ins 7 to 10 days after the first post catch problems while they can be fixed.', {
        label: 'Check-ins, days after the first post (comma-separated)',
      }),
      {
        kind: 'group',
        path: ['communication', 'cadence'],
        noun: 'recurring meeting',
        why: 'A fixed rhythm replaces "regular updates".',
        fields: [
          field(['name'], 'What the meeting is.', { label: 'Meeting name' }),
          field(['frequency'], 'How often it happens.'),
          field(['day'], 'On which weekday.', { when: (_s, m) => has(m, 'day') }),
          field(['time'], 'At what time (HH:MM).', { label: 'Time (HH:MM)', when: (_s, m) => has(m, 'time') }),
          field(['timezone'], 'In which time zone.', { label: 'Time zone (IANA)', when: (_s, m) => has(m, 'timezone') }),
          field(['attendees'], 'Who attends.'),
        ],
      },
      {
        kind: 'group',
        path: ['contingency', 'severity_matrix'],
        noun: 'severity level',
        fixed: true,
        why: 'How fast each level of incident is acknowledged and acted on, and who is told.',
        fields: [
          field(['acknowledge_within_min'], 'Minutes until someone confirms they are on it.', { label: 'Acknowledge within (minutes)' }),
          field(['action_within_h'], 'Hours until the first action.', { label: 'Act within (hours)' }),
          field(['escalate_to'], 'Who is told at this level.'),
        ],
      },
    ],
  },
];

/** The closing step: no fields, a summary of the spec and its lint findings. */
export const SUMMARY_STEP = { title: 'Summary and confirmation', why: 'Read it back, fix what lint finds, and write the spec.' } as const;

export const STEP_COUNT = STEPS.length + 1;
