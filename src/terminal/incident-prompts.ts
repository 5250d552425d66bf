/**
 * An incident reported on a terminal: the same fields as an incident answers
 * file (docs/incident.md), fastest first, because someone is waiting. The
 * answers are saved after every question, so Ctrl-C leaves a file
 * `--answers` can finish from.
 */
import { checkbox, input, select } from '@inquirer/prompts';
import type { CampaignSpec } from '../core/spec/model.js';
import { INCIDENT_REACH, INCIDENT_RELATIONSHIP, INCIDENT_REPUTATION } from '../core/spec/vocabulary.js';
import { REACH, RELATIONSHIP, REPUTATION } from '../core/render/labels.js';
import { isZonedDateTime, zonedDateTimeProblem } from '../core/validate/formats.js';

type Answers = Record<string, unknown>;

const required = (what: string) => (text: string) => text.trim().length > 0 || `Write the ${what}.`;
const dateTime = (text: string) => (isZonedDateTime(text.trim()) ? true : (zonedDateTimeProblem(text.trim()) ?? 'Write a time with its zone, like 2027-03-15T21:40 America/New_York.'));
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'incident';

export async function askIncident(spec: CampaignSpec, detectedDefault: string, save: (answers: Answers) => Promise<void>, say: (text: string) => void): Promise<Answers> {
  const answers: Answers = {};
  const set = async (key: string, value: unknown) => {
    answers[key] = value;
    await save(answers);
  };
  const parties = spec.parties.map((p) => ({ value: p.id, name: `${p.name} (${p.role.replace(/_/g, ' ')}, ${p.organisation})` }));
  const creators = spec.parties.filter((p) => p.role === 'creator').map((p) => ({ value: p.id, name: p.name }));

  say('Incident: what happened, how far it reaches, and who is involved. The response plan follows from the spec.');
  const title = (await input({ message: 'What happened, in a few words', validate: required('title') })).trim();
  await set('title', title);
  await set('id', slug(title));
  await set('detected', (await input({ message: 'When was it noticed (with time zone)', default: detectedDefault, validate: dateTime })).trim());
  await set('reported_by', await select({ message: 'Who noticed it?', choices: parties, pageSize: 12 }));
  await set('reach', await select({ message: 'Reach: how far has it spread?', choices: INCIDENT_REACH.map((v) => ({ value: v, name: REACH[v] })) }));
  await set('reputation', await select({ message: 'Reputation: what does it do to the brand?', choices: INCIDENT_REPUTATION.map((v) => ({ value: v, name: REPUTATION[v] })) }));
  await set('relationship', await select({ message: 'Relationship: what does it do to the partnership?', choices: INCIDENT_RELATIONSHIP.map((v) => ({ value: v, name: RELATIONSHIP[v] })) }));
  if (creators.length > 0) {
    const involved = await checkbox({ message: 'Creators involved (none: Enter)', choices: creators, pageSize: 12 });
    if (involved.length > 0) await set('creators', involved);
  }
  const deliverables = await checkbox({ message: 'Content concerned (none: Enter)', choices: spec.deliverables.map((d) => ({ value: d.id, name: d.id })), pageSize: 12 });
  if (deliverables.length > 0) await set('deliverables', deliverables);
  await set('description', (await input({ message: 'What happened, as a camera would have recorded it', validate: required('description') })).trim());
  await set('status', 'open');
  return answers;
}
