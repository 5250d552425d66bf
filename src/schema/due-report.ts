/**
 * The source of schemas/due-report.schema.json (run `npm run generate`): what
 * `alignkit due --format json` prints, so that a scheduled job reading it can
 * validate what it gets and know which fields it may rely on.
 */
import type { Schema } from './helpers.js';

export const DUE_REPORT_SCHEMA_ID = 'https://alignkit.dev/schemas/due-report.schema.json';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

const item: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['campaign', 'file', 'what', 'owner', 'to', 'deadline', 'date', 'status', 'days', 'source'],
  properties: {
    campaign: { type: 'string', description: 'The campaign id in its spec.' },
    file: { type: 'string', description: 'The spec it comes from, as given on the command line.' },
    what: { type: 'string', description: 'The commitment, in words: "First draft due: maya-tiktok".' },
    owner: { type: 'string', description: 'The id of the party who owes it.' },
    to: { type: 'string', description: "The name of the person it is owed to (the campaign owner); empty for the campaign owner's own items." },
    deadline: { type: 'string', description: 'The deadline on the owner\'s clock ("2027-02-19 17:00 America/Los_Angeles"), or a date for whole-day items.' },
    date: { ...date, description: "The owner's calendar date of the deadline." },
    status: { enum: ['overdue', 'due'], description: 'Overdue: the deadline passed at most `since` days ago. Due: it falls within the next `within` days.' },
    days: { type: 'integer', minimum: 0, description: 'Days late (overdue) or days left (due); 0 is today.' },
    source: { type: 'string', description: 'The calendar event it comes from (its UID in `alignkit calendar`), or the follow-up action item ("2027-03-19/a-2").' },
  },
};

const items: Schema = { type: 'array', items: { $ref: '#/definitions/item' } };

export const dueReportSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: DUE_REPORT_SCHEMA_ID,
  title: 'alignkit due report',
  description: 'What `alignkit due --format json` prints: every commitment due or overdue across the specs read, listed once and again per party and per campaign.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'today', 'within', 'since', 'files', 'overdue', 'items', 'byParty', 'byCampaign'],
  properties: {
    version: { const: 1, description: 'The version of this format; a change that removes or renames a field raises it.' },
    today: { ...date, description: 'The day the report was made for (`--today`, or the local date).' },
    within: { type: 'integer', minimum: 1, description: 'Days ahead that count as due (`--within`), today included.' },
    since: { type: 'integer', minimum: 0, description: 'Days back that a passed deadline stays listed as overdue (`--since`).' },
    files: { type: 'array', items: { type: 'string' }, description: 'The specs read, sorted.' },
    overdue: { type: 'integer', minimum: 0, description: 'How many items are overdue (the command exits 1 when this is more than 0).' },
    items: { ...items, description: 'Every item, overdue first, then by date.' },
    byParty: {
      type: 'array',
      description: 'The same items per party who owes them.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['party', 'name', 'items'],
        properties: { party: { type: 'string' }, name: { type: 'string' }, items },
      },
    },
    byCampaign: {
      type: 'array',
      description: 'The same items per campaign.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['campaign', 'items'],
        properties: { campaign: { type: 'string' }, items },
      },
    },
  },
  definitions: { item },
};
