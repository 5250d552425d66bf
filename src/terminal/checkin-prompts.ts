/**
 * The check-in asked on a terminal: the same fields as a check-in answers file
 * (README "Check-ins"), in the order of the meeting. Parties and KPIs are
 * chosen from the spec. The answers are saved after every question, so Ctrl-C
 * leaves a file `--answers` can finish from.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import followupSchema from '../../schemas/followup.schema.json' with { type: 'json' };
import { addDays } from '../core/interview/draft.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { isCalendarDate, isZonedDateTime, zonedDateTimeProblem } from '../core/validate/formats.js';

type Answers = Record<string, unknown>;

const AREAS = (followupSchema as unknown as { properties: { changes_requested: { items: { properties: { area: { enum: string[] } } } } } }).properties.changes_requested.items.properties.area.enum;

const required = (what: string) => (text: string) => text.trim().length > 0 || `Write the ${what}.`;
const date = (text: string) => isCalendarDate(text.trim()) || 'Write a date that exists, as YYYY-MM-DD.';
const dateTime = (text: string) => (isZonedDateTime(text.trim()) ? true : (zonedDateTimeProblem(text.trim()) ?? 'Write a time with its zone, like 2027-03-26T17:00 America/New_York.'));
const number = (text: string) => (text.trim() !== '' && Number.isFinite(Number(text))) || 'Write a number.';

export async function askCheckin(spec: CampaignSpec, today: string, save: (answers: Answers) => Promise<void>, say: (text: string) => void): Promise<Answers> {
  const answers: Answers = {};
  const set = async (key: string, value: unknown) => {
    answers[key] = value;
    await save(answers);
  };
  const push = async (key: string, entry: Answers) => {
    answers[key] = [...((answers[key] as Answers[] | undefined) ?? []), entry];
    await save(answers);
  };
  const parties = spec.parties.map((p) => ({ value: p.id, name: `${p.name} (${p.role.replace(/_/g, ' ')}, ${p.organisation})` }));
  const pickParty = (message: string) => select({ message, choices: parties, pageSize: 12 });
  const zone = spec.campaign.timezone;

  say('Check-in: who met, where the numbers stand, what was decided and who does what by when.');
  const day = (await input({ message: 'Date of the check-in (YYYY-MM-DD)', default: today, validate: date })).trim();
  await set('date', day);
  await set('title', (await input({ message: 'Title', default: 'Check-in', validate: required('title') })).trim());
  await set('attendees', await checkbox({ message: 'Who attended?', choices: parties, pageSize: 12, validate: (c) => c.length > 0 || 'Pick at least one.' }));
  const summary = (await input({ message: 'Summary in one or two sentences (Enter to skip)' })).trim();
  if (summary) await set('summary', summary);

  say('KPI actuals: the number as of a date, and where it comes from.');
  for (const kpi of spec.kpis) {
    if (!(await confirm({ message: `Record an actual for "${kpi.name}" (target ${kpi.target} ${kpi.unit})?`, default: true }))) continue;
    const value = Number(await input({ message: `${kpi.name}: value`, validate: number }));
    const asOf = (await input({ message: 'As of (YYYY-MM-DD)', default: addDays(day, -1), validate: date })).trim();
    const source = (await input({ message: 'Source (report, export, tool)', validate: required('source') })).trim();
    await push('kpi_actuals', { kpi: kpi.id, value, as_of: asOf, source });
  }

  say('Observations, as situation, behaviour and impact: what happened, not what someone is.');
  while (await confirm({ message: `Add ${answers.observations ? 'another' : 'an'} observation?`, default: false })) {
    const situation = (await input({ message: 'Situation (when and where)', validate: required('situation') })).trim();
    const behaviour = (await input({ message: 'Behaviour (what was done or said)', validate: required('behaviour') })).trim();
    const impact = (await input({ message: 'Impact (what it caused)', validate: required('impact') })).trim();
    await push('observations', { situation, behaviour, impact });
  }

  say('Decisions: each with the one person who made it.');
  await set('decisions', answers.decisions ?? []);
  while (await confirm({ message: `Add ${(answers.decisions as Answers[]).length > 0 ? 'another' : 'a'} decision?`, default: (answers.decisions as Answers[]).length === 0 })) {
    const decision = (await input({ message: 'Decision', validate: required('decision') })).trim();
    await push('decisions', { decision, by: await pickParty('Decided by') });
  }

  say('Action items: one owner and a due time each.');
  await set('action_items', answers.action_items ?? []);
  while (await confirm({ message: `Add ${(answers.action_items as Answers[]).length > 0 ? 'another' : 'an'} action item?`, default: (answers.action_items as Answers[]).length === 0 })) {
    const n = (answers.action_items as Answers[]).length + 1;
    const action = (await input({ message: 'Action', validate: required('action') })).trim();
    const owner = await pickParty('Owner');
    const due = (await input({ message: 'Due (YYYY-MM-DDTHH:MM Zone)', default: `${addDays(day, 3)}T17:00 ${zone}`, validate: dateTime })).trim();
    await push('action_items', { id: `a-${n}`, action, owner, due });
  }

  say('Changes to the agreement: those to signed terms need a new sign-off before they apply.');
  while (await confirm({ message: `Was ${answers.changes_requested ? 'another' : 'a'} change to the agreement requested?`, default: false })) {
    const area = await select({ message: 'Area', choices: AREAS.map((a) => ({ value: a, name: a.replace(/_/g, ' ') })), pageSize: 12 });
    const change = (await input({ message: 'Change, stated exactly', validate: required('change') })).trim();
    const by = await pickParty('Requested by');
    const reason = (await input({ message: 'Reason (Enter to skip)' })).trim();
    await push('changes_requested', { area, change, requested_by: by, ...(reason ? { reason } : {}) });
  }

  if (await confirm({ message: 'Is the next check-in agreed?', default: true })) {
    await set('next_check_in', (await input({ message: 'Next check-in (YYYY-MM-DDTHH:MM Zone)', default: `${addDays(day, 7)}T12:00 ${zone}`, validate: dateTime })).trim());
  }
  return answers;
}
