/**
 * The source of schemas/followup.schema.json (run `npm run generate`): what was
 * said and agreed at a check-in or a difficult conversation, so the follow-up
 * document can restate it. Observations follow situation-behaviour-impact;
 * needs and requests follow observation-need-request.
 */
import * as V from '../core/spec/vocabulary.js';
import { definitions } from './definitions.js';
import { idField, list, num, obj, oneOfEnum, partyRef, partyRefs, ref, str, text, texts, type Schema } from './helpers.js';

export const FOLLOWUP_SCHEMA_ID = 'https://alignkit.dev/schemas/followup.schema.json';

export const kpiActual = obj(
  {
    title: 'KPI actual',
    description: "The measured value of one of the campaign's KPIs on a given day.",
    examples: [{ kpi: 'views-total', value: 840000, as_of: '2027-03-19', source: 'TikTok and Instagram insights export' }],
  },
  {
    kpi: ref('id', { title: 'KPI', description: 'The KPI measured (a KPI id from the campaign spec).', examples: ['views-total'] }),
    value: num({ title: 'Value', description: "The measured value, in the KPI's unit.", examples: [840000] }),
    as_of: ref('date', { title: 'As of', description: 'The day the value was taken.', examples: ['2027-03-19'] }),
    source: str({ title: 'Source', description: 'Where the number comes from, so anyone can check it.', examples: ['TikTok and Instagram insights export'] }),
  },
  ['kpi', 'value', 'as_of', 'source'],
);

const observation = obj(
  {
    title: 'Observation',
    description: 'Feedback framed as situation, behaviour and impact: what happened, not what someone is.',
    examples: [{ situation: "Jon's reel draft on 2027-02-19", behaviour: 'The promo code was shown for one second', impact: 'Viewers cannot note the code, so code sales cannot be attributed' }],
  },
  {
    about: partyRef('About', 'The party the observation concerns, if any', 'jon-reyes'),
    situation: text('Situation', 'When and where it happened.', "Jon's reel draft on 2027-02-19"),
    behaviour: text('Behaviour', 'What was done or said, as a camera would have recorded it.', 'The promo code was shown for one second'),
    impact: text('Impact', 'What it caused for the campaign.', 'Viewers cannot note the code'),
  },
  ['situation', 'behaviour', 'impact'],
);

const need = obj(
  {
    title: 'Need and request',
    description: 'What a party needs and the concrete request that would meet it.',
    examples: [{ party: 'maya-chen', need: 'Predictable feedback', request: 'All review comments in one message per round' }],
  },
  {
    party: partyRef('Party', 'Who has the need', 'maya-chen'),
    need: text('Need', 'What the party needs, without blame.', 'Predictable feedback'),
    request: text('Request', 'A concrete, doable request that meets the need.', 'All review comments in one message per round'),
  },
  ['party', 'need', 'request'],
);

const decision = obj(
  {
    title: 'Decision',
    description: 'A decision taken in the meeting, with who took it.',
    examples: [{ decision: "Shift USD 5,000 of Spark budget to Maya's street video", by: 'ines-alvarez' }],
  },
  {
    decision: text('Decision', 'What was decided, in one sentence.', "Shift USD 5,000 of Spark budget to Maya's street video"),
    by: partyRef('By', 'Who took the decision', 'ines-alvarez'),
  },
  ['decision', 'by'],
);

const actionItem = obj(
  {
    title: 'Action item',
    description: 'Something someone will do, with one owner and a due date.',
    examples: [{ id: 'a-1', action: 'Send the revised code overlay', owner: 'jon-reyes', due: '2027-03-22T17:00 America/Toronto' }],
  },
  {
    id: idField('action item', 'a-1'),
    action: text('Action', 'What will be done.', 'Send the revised code overlay'),
    owner: partyRef('Owner', 'The one person who will do it', 'jon-reyes'),
    due: ref('zonedDateTime', { title: 'Due', description: 'When it is due, with the time zone.', examples: ['2027-03-22T17:00 America/Toronto'] }),
  },
  ['id', 'action', 'owner', 'due'],
);

const actionUpdate = obj(
  {
    title: 'Action update',
    description: 'Where an action item from an earlier follow-up stands; an item past its due date with no `done` or `dropped` update is listed as overdue.',
    examples: [{ followup: '2027-03-19', id: 'a-1', status: 'done' }],
  },
  {
    followup: ref('date', { title: 'Follow-up', description: 'The date of the follow-up that set the action item.', examples: ['2027-03-19'] }),
    id: ref('id', { title: 'Action item', description: 'The id of the action item in that follow-up.', examples: ['a-1'] }),
    status: oneOfEnum({ title: 'Status', description: 'done, dropped (no longer needed), or still open.', examples: ['done'] }, V.ACTION_STATUSES),
    note: text('Note', 'What happened, in one sentence.', 'Sent on 2027-03-19 at 16:10'),
  },
  ['followup', 'id', 'status'],
);

const changeRequest = obj(
  {
    title: 'Change requested',
    description: "A change someone asked for in the agreement; it needs the parties' sign-off before it applies.",
    examples: [{ area: 'deliverables', change: 'Add one TikTok from Maya in week 4', requested_by: 'ines-alvarez', reason: 'Her street video is pacing at 140 %' }],
  },
  {
    area: oneOfEnum({ title: 'Area', description: 'The part of the agreement the change touches.', examples: ['deliverables'] }, V.CHANGE_AREAS),
    change: text('Change', 'The change, in quantified form.', 'Add one TikTok from Maya in week 4'),
    requested_by: partyRef('Requested by', 'Who asked for it', 'ines-alvarez'),
    reason: text('Reason', 'Why it is asked for.', 'Her street video is pacing at 140 %'),
  },
  ['area', 'change', 'requested_by'],
);

export const followupSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: FOLLOWUP_SCHEMA_ID,
  title: 'alignkit follow-up',
  description: 'What was said and agreed at a check-in or a difficult conversation, so everyone gets the same written account.',
  examples: [{ apiVersion: 'alignkit/v1', kind: 'FollowUp' }],
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'campaign', 'date', 'type', 'attendees', 'decisions', 'action_items'],
  properties: {
    apiVersion: { title: 'API version', description: 'The version of the spec format.', examples: ['alignkit/v1'], type: 'string', const: 'alignkit/v1' },
    kind: { title: 'Kind', description: 'What this file describes.', examples: ['FollowUp'], type: 'string', const: 'FollowUp' },
    campaign: ref('id', { title: 'Campaign', description: 'The campaign this follows up on (the campaign id in its spec).', examples: ['nova-buds-pro-launch'] }),
    date: ref('date', { title: 'Date', description: 'The day of the meeting or conversation.', examples: ['2027-03-19'] }),
    type: oneOfEnum({ title: 'Type', description: 'What kind of meeting it was.', examples: ['check_in'] }, V.FOLLOWUP_TYPES),
    title: str({ title: 'Title', description: 'A short title, if the type alone does not say enough.', examples: ['Day-10 check-in'] }),
    attendees: partyRefs('Attendees', 'Who took part', ['ines-alvarez', 'leo-park']),
    summary: text('Summary', 'Two or three sentences on where the campaign stands.', 'Views are ahead of plan; code sales lag.'),
    kpi_actuals: list({ title: 'KPI actuals', description: 'Measured KPI values, compared with target and pace in the document.', examples: [[]] }, kpiActual),
    observations: list({ title: 'Observations', description: 'Feedback as situation, behaviour and impact.', examples: [[]] }, observation),
    needs: list({ title: 'Needs and requests', description: 'What parties need and what they ask for.', examples: [[]] }, need),
    decisions: list({ title: 'Decisions', description: 'Decisions taken, restated so nobody remembers them differently.', examples: [[]] }, decision),
    action_items: list({ title: 'Action items', description: 'Who does what by when.', examples: [[]] }, actionItem),
    action_updates: list({ title: 'Action updates', description: 'Where action items from earlier follow-ups stand.', examples: [[]] }, actionUpdate),
    changes_requested: list({ title: 'Changes requested', description: 'Changes to the agreement that were asked for; each needs a new sign-off.', examples: [[]] }, changeRequest),
    open_questions: texts('Open questions', 'Questions nobody could answer yet, each with who will find out.', ['Can Priya move her video by a week? (Leo asks by Friday)']),
    next_check_in: ref('zonedDateTime', { title: 'Next check-in', description: 'When the parties meet next, with the time zone.', examples: ['2027-03-26T12:00 America/Los_Angeles'] }),
    formal_review: ref('date', { title: 'Formal review', description: 'The date of the formal review or renewal decision, if it moved or was set here.', examples: ['2027-05-20'] }),
  },
  definitions,
};
