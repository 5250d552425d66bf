/**
 * `alignkit incident`: rate an incident with the spec's severity matrix from
 * its reach, reputation and relationship, write it as a `kind: Incident`
 * record next to the spec (where the next follow-up and the wrap report find
 * it), and render the response plan: who to call in order with their local
 * time now, deadlines, pause steps, the holding statement and the
 * joint-response checklist.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { checkIncident } from '../core/incident.js';
import { instantOf, planIncident } from '../core/incident-plan.js';
import { planDocuments, renderPlanned, safeFileSegment } from '../core/render/render.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { specStem } from '../core/spec/file-names.js';
import { isZonedDateTime, zonedDateTimeProblem } from '../core/validate/formats.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { passGate, reportFindings } from './gate.js';
import { askIntoDraft, fromAnswersOrAsked, onAnswers, readAnswers, recordText, refuseStandardOutput, writeRecord } from './record-answers.js';
import { engineFor } from './render.js';

export interface IncidentOptions {
  spec: string;
  answers?: string;
  now?: string;
  out?: string;
  docs?: string;
  render: boolean;
  force: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
  interactive: boolean;
}

export function incidentNameFor(specName: string, date: string, id: string): string {
  return `${specStem(specName)}.${date}.${safeFileSegment(id)}.incident.yaml`;
}

export async function runIncident(options: IncidentOptions, io: Io): Promise<number> {
  refuseStandardOutput(options);
  if (options.now !== undefined && !isZonedDateTime(options.now))
    throw new UsageError(`--now "${options.now}": ${zonedDateTimeProblem(options.now) ?? 'write a time with its zone, like 2027-03-15T22:05 America/New_York'}`);
  if (options.answers === undefined && !options.interactive) {
    throw new UsageError('no terminal to ask questions on; pass --answers <file> with the incident written down (see README "Incidents")');
  }
  const usable = await passGate({ ...options, force: true }, io, { verb: 'plan an incident response for', refused: () => '', signoffRules: false });
  if (typeof usable === 'number') return usable;
  const { spec } = usable;
  return fromAnswersOrAsked(
    options,
    io,
    () => askOnTerminal(options, io, spec),
    (given) => recordIncident(given, io, spec),
  );
}

async function askOnTerminal(options: IncidentOptions, io: Io, spec: CampaignSpec): Promise<string | number> {
  const { askIncident } = await import('../terminal/incident-prompts.js');
  const zone = spec.campaign.timezone;
  const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(io.now())
    .replace(' ', 'T');
  return askIntoDraft(
    io,
    { name: `incident-${safeFileSegment(spec.campaign.id)}`, heading: `Incident answers for ${options.spec}`, resume: (shown) => `alignkit incident ${options.spec} --answers ${shown}` },
    (save) => askIncident(spec, `${wall} ${zone}`, save, (text) => io.stdout.write(`${text}\n`)),
  );
}

async function recordIncident(options: IncidentOptions & { answers: string }, io: Io, spec: CampaignSpec): Promise<number> {
  const answers = readAnswers(io.cwd, options.answers, 'title:, detected:, reach:, reputation:, relationship:, …; see docs/incident.md', 'Incident');
  const { text, offset } = recordText(answers, `alignkit incident ${options.spec} --answers ${options.answers}`, [
    ['apiVersion', 'apiVersion: alignkit/v1'],
    ['kind', 'kind: Incident'],
    ['campaign', `campaign: ${spec.campaign.id}`],
    ['status', 'status: open'],
  ]);
  const checked = checkIncident(options.answers, new TextEncoder().encode(text), spec);
  if (!checked.record) {
    reportFindings(io, options, [onAnswers(checked.result, offset)]);
    io.stderr.write(`alignkit: the incident in ${options.answers} is not recorded: fix the problems above\n`);
    // The answers are the input of this command, not a spec under review: problems in them are an input error.
    return EXIT.usage;
  }
  const incident = checked.record;
  // Local times are shown at --now; without it, at the moment it was noticed, so the same answers give the same plan.
  const now = options.now !== undefined ? instantOf(options.now) : instantOf(incident.detected);
  if (now < instantOf(incident.detected)) throw new UsageError(`--now ${options.now} is before the incident was detected (${incident.detected})`);

  const target = resolve(io.cwd, options.out ?? join(dirname(options.spec), incidentNameFor(basename(options.spec), incident.detected.slice(0, 10), incident.id)));
  let document: { dir: string; fileName: string; content: string } | undefined;
  if (options.render) {
    const { engine } = await engineFor(io, { templates: undefined });
    const [planned] = planDocuments(spec, { documents: ['incident'], incident });
    const content = renderPlanned(engine, spec, planned!, { source: options.spec, findings: [] }, { kind: 'incident', incident, now });
    document = { dir: options.docs ?? `out/${safeFileSegment(spec.campaign.id)}`, fileName: planned!.fileName, content };
  }
  writeRecord(io, { path: target, text, force: options.force, taken: ', or give the incident another id' }, document);
  const plan = planIncident(spec, incident, now);
  const first = plan.calls[0];
  io.stdout.write(
    `${plan.severity}${plan.severity !== plan.reading ? ` (set by hand; the matrix reading is ${plan.reading})` : ''}: acknowledge within ${plan.row.acknowledge_within_min} min, act within ${plan.row.action_within_h} h.${first ? ` Call ${first.party.name} first${first.party.contact.phone ? ` (${first.party.contact.phone})` : ''}.` : ''}\n`,
  );
  return EXIT.clean;
}
