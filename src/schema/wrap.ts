/**
 * The source of schemas/wrap.schema.json (run `npm run generate`): the
 * campaign's measured end, written once it is over. `alignkit wrap` reads it
 * against the spec: final KPIs against target, delivered against planned,
 * cost per result, compliance incidents, and the renewal decision the spec's
 * criteria point to.
 */
import * as V from '../core/spec/vocabulary.js';
import { definitions } from './definitions.js';
import { kpiActual } from './followup.js';
import { int, list, money, obj, oneOfEnum, partyRef, ref, str, text, texts, bool, type Schema } from './helpers.js';

export const WRAP_SCHEMA_ID = 'https://alignkit.dev/schemas/wrap.schema.json';

const delivery = obj(
  {
    title: 'Delivery',
    description: 'Where one planned deliverable ended up: posted when, how many pieces, where.',
    examples: [{ deliverable: 'maya-tiktok', status: 'delivered', posted: '2027-03-12T18:20 America/Los_Angeles', url: 'https://www.tiktok.com/@mayamakes/video/1' }],
  },
  {
    deliverable: ref('id', { title: 'Deliverable', description: 'The deliverable (a deliverable id from the campaign spec).', examples: ['maya-tiktok'] }),
    status: oneOfEnum({ title: 'Status', description: 'delivered (every piece), partly_delivered (give `pieces`) or not_delivered.', examples: ['delivered'] }, V.DELIVERY_STATUSES),
    posted: ref('zonedDateTime', {
      title: 'Posted',
      description:
        "When it went live, with the time zone, compared with the planned go-live: for several pieces in one go-live window, the first; for a recurring deliverable, its last occurrence, against that occurrence's go-live.",
      examples: ['2027-03-12T18:20 America/Los_Angeles'],
    }),
    posted_each: list(
      {
        title: 'Posted, each occurrence',
        description:
          'For a recurring deliverable: when each occurrence went live, first to last, so the report can say which months were late. `posted` may then be left out: it is the last of these.',
        examples: [['2027-03-15T18:05 Europe/London', '2027-04-19T21:40 Europe/London']],
      },
      ref('zonedDateTime', { title: 'Posted', description: 'When one occurrence went live, with the time zone.', examples: ['2027-03-15T18:05 Europe/London'] }),
      { minItems: 1 },
    ),
    pieces: int({ title: 'Pieces', description: 'How many pieces went live, for a partly delivered deliverable.', examples: [2] }, { minimum: 0 }),
    url: str({ title: 'Link', description: 'Where the content can be seen.', examples: ['https://www.tiktok.com/@mayamakes/video/1'] }),
    note: text('Note', 'Why it was late, partial or not delivered.', 'Moved one day after the shipping delay'),
  },
  ['deliverable', 'status'],
);

const cost = obj(
  {
    title: 'Cost',
    description: 'What one part of the campaign finally cost, in the campaign currency.',
    examples: [{ item: 'paid_media', amount: { amount: 31200, currency: 'USD' }, note: 'Spark and partnership ads, from Ads Manager' }],
  },
  {
    item: oneOfEnum({ title: 'Item', description: 'What the money went on.', examples: ['paid_media'] }, V.COST_ITEMS),
    amount: money('Amount', 'What it cost, in the campaign currency.', { amount: 31200, currency: 'USD' }),
    note: text('Note', 'Where the figure comes from, or what it covers.', 'From Ads Manager, 2027-04-19'),
  },
  ['item', 'amount'],
);

const complianceIncident = obj(
  {
    title: 'Compliance incident',
    description: 'A disclosure, claim or rule breach found during the campaign, and how it was put right.',
    examples: [{ date: '2027-03-14', deliverable: 'jon-reel', description: 'Paid-partnership label missing for 6 hours', resolution: 'Label added; Jon briefed again' }],
  },
  {
    date: ref('date', { title: 'Date', description: 'The day it was found.', examples: ['2027-03-14'] }),
    deliverable: ref('id', { title: 'Deliverable', description: 'The deliverable concerned, if any (a deliverable id).', examples: ['jon-reel'] }),
    description: text('Description', 'What was wrong.', 'Paid-partnership label missing for 6 hours'),
    resolution: text('Resolution', 'How it was put right.', 'Label added; Jon briefed again'),
  },
  ['date', 'description', 'resolution'],
);

const judgement = obj(
  {
    title: 'Criterion judgement',
    description: "Whether one of the formal review's written criteria was met, and the evidence.",
    examples: [{ criterion: 'Net sentiment positive', met: true, evidence: 'Brandwatch: 61 % positive, 9 % negative, 2027-03-08 to 2027-04-18' }],
  },
  {
    criterion: str({ title: 'Criterion', description: "The criterion, exactly as written in the spec's `communication.formal_review.criteria`.", examples: ['Net sentiment positive'] }),
    met: bool({ title: 'Met', description: 'Whether it was met.', examples: [true] }),
    evidence: text('Evidence', 'What shows it, so anyone can check.', 'Brandwatch: 61 % positive, 9 % negative'),
  },
  ['criterion', 'met', 'evidence'],
);

const decision = obj(
  {
    title: 'Renewal decision',
    description: 'What the parties decided at the formal review, if they already have; compared with what the agreed criteria point to.',
    examples: [{ outcome: 'adjust', by: 'ines-alvarez', note: 'Renew Maya and Priya; replace the reel with a second TikTok' }],
  },
  {
    outcome: oneOfEnum({ title: 'Outcome', description: 'renew, adjust or end.', examples: ['adjust'] }, V.RENEWAL_OUTCOMES),
    by: partyRef('By', 'Who took the decision', 'ines-alvarez'),
    note: text('Note', 'What renewing or adjusting means in practice, or why the parties decided otherwise than the criteria.', 'Renew Maya and Priya; replace the reel with a second TikTok'),
  },
  ['outcome', 'by'],
);

export const wrapSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: WRAP_SCHEMA_ID,
  title: 'alignkit wrap report',
  description: "The campaign's measured end: final KPI actuals and sources, delivered against planned content, costs, compliance incidents, learnings and the renewal decision.",
  examples: [{ apiVersion: 'alignkit/v1', kind: 'WrapReport' }],
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'campaign', 'date', 'kpi_actuals', 'delivered', 'costs', 'learnings'],
  properties: {
    apiVersion: { title: 'API version', description: 'The version of the spec format.', examples: ['alignkit/v1'], type: 'string', const: 'alignkit/v1' },
    kind: { title: 'Kind', description: 'What this file describes.', examples: ['WrapReport'], type: 'string', const: 'WrapReport' },
    campaign: ref('id', { title: 'Campaign', description: 'The campaign this wraps up (the campaign id in its spec).', examples: ['nova-buds-pro-launch'] }),
    date: ref('date', { title: 'Date', description: 'The day the wrap report is written.', examples: ['2027-05-06'] }),
    prepared_by: partyRef('Prepared by', 'Who wrote the report', 'sara-lind'),
    summary: text('Summary', 'Two or three sentences on how the campaign went.', 'Views beat the target; code orders fell short after the reel was late.'),
    kpi_actuals: list({ title: 'KPI actuals', description: 'The final measured value of each KPI, with its source.', examples: [[]] }, kpiActual, { minItems: 1 }),
    delivered: list({ title: 'Delivered', description: 'Where each planned deliverable ended up; every deliverable of the spec is listed once.', examples: [[]] }, delivery, { minItems: 1 }),
    costs: list({ title: 'Costs', description: 'What the campaign finally cost, per item, in the campaign currency.', examples: [[]] }, cost, { minItems: 1 }),
    compliance_incidents: list(
      { title: 'Compliance incidents', description: 'Disclosure, claim or rule breaches during the campaign (incident records next to the spec are listed too).', examples: [[]] },
      complianceIncident,
    ),
    criteria: list({ title: 'Criteria judged', description: 'For each written criterion of the formal review, whether it was met and the evidence.', examples: [[]] }, judgement),
    decision,
    learnings: texts('Learnings', 'What to keep, change or stop next time, one per line.', ['Street-style videos outperformed studio ones 2:1 on views']),
  },
  definitions,
};
