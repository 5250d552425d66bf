/**
 * `alignkit wrap`: record the campaign's measured end as a `kind: WrapReport`
 * file next to the spec, from an answers file, and render the wrap document:
 * KPIs against target, delivered against planned, cost per result, incidents
 * and the renewal outcome the agreed criteria point to. Like a check-in, a
 * wrap never touches the spec or its sign-off ledger.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { planDocuments, renderPlanned, safeFileSegment } from '../core/render/render.js';
import { specStem } from '../core/spec/file-names.js';
import { isCalendarDate } from '../core/validate/formats.js';
import { checkWrap, evaluateWrap } from '../core/wrap.js';
import { EXIT, UsageError } from '../errors.js';
import { followUpHistory, incidentHistory } from '../io/followups.js';
import type { Io } from '../io/process-io.js';
import { passGate, reportFindings } from './gate.js';
import { onAnswers, readAnswers, recordText, refuseStandardOutput, writeRecord } from './record-answers.js';
import { engineFor } from './render.js';

export interface WrapOptions {
  spec: string;
  answers?: string;
  date?: string;
  out?: string;
  docs?: string;
  render: boolean;
  force: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

export function wrapNameFor(specName: string): string {
  return `${specStem(specName)}.wrap.yaml`;
}

export async function runWrap(options: WrapOptions, io: Io): Promise<number> {
  refuseStandardOutput(options);
  if (options.answers === undefined) throw new UsageError('give the wrap written down: alignkit wrap <spec> --answers actuals.yaml (see README "Wrap report" and docs/wrap.md)');
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new UsageError(`--date "${options.date}" is not a date; write YYYY-MM-DD`);
  const usable = await passGate({ ...options, force: true }, io, { verb: 'wrap up', refused: () => '', signoffRules: false });
  if (typeof usable === 'number') return usable;
  const { spec } = usable;

  // 1. The answers, with the fields alignkit fills in.
  const answers = readAnswers(io.cwd, options.answers, 'kpi_actuals:, delivered:, costs:, learnings:, …; see docs/wrap.md', 'WrapReport');
  const given = answers.given;
  if (options.date !== undefined && given.date !== undefined && given.date !== options.date) {
    throw new UsageError(`--date ${options.date} and the date in ${options.answers} (${String(given.date)}) differ; give one`);
  }
  const date = typeof given.date === 'string' ? given.date : (options.date ?? options.today ?? io.today());
  if (date < spec.campaign.window.end && !options.force) {
    throw new UsageError(
      `${options.answers}: the wrap is dated ${date}, before the campaign ends on ${spec.campaign.window.end}; the figures are not final. Pass --force for an interim wrap (the document is marked provisional)`,
    );
  }
  const { text, offset } = recordText(answers, `alignkit wrap ${options.spec} --answers ${options.answers}`, [
    ['apiVersion', 'apiVersion: alignkit/v1'],
    ['kind', 'kind: WrapReport'],
    ['campaign', `campaign: ${spec.campaign.id}`],
    ['date', `date: "${date}"`],
  ]);

  // 2. Checked against the spec; findings point into the answers file.
  const checked = checkWrap(options.answers, new TextEncoder().encode(text), spec);
  if (!checked.record) {
    reportFindings(io, options, [onAnswers(checked.result, offset)]);
    io.stderr.write(`alignkit: the wrap report in ${options.answers} is not recorded: fix the problems above\n`);
    // The answers are the input of this command, not a spec under review: problems in them are an input error.
    return EXIT.usage;
  }
  const wrap = checked.record;

  // 3. What it means, with the follow-ups and incidents kept next to the spec.
  const specDir = dirname(resolve(io.cwd, options.spec));
  const followups = followUpHistory(specDir, spec, io.cwd);
  const incidents = await incidentHistory(specDir, spec, io.cwd);
  const outcome = evaluateWrap(spec, wrap, { followups: followups.followups, incidents: incidents.records });

  const target = resolve(io.cwd, options.out ?? join(dirname(options.spec), wrapNameFor(basename(options.spec))));
  let document: { dir: string; fileName: string; content: string } | undefined;
  if (options.render) {
    const { engine } = await engineFor(io, { templates: undefined });
    const [planned] = planDocuments(spec, { documents: ['wrap'], wrap });
    const content = renderPlanned(engine, spec, planned!, { source: options.spec, findings: [] }, { kind: 'wrap', wrap, outcome });
    document = { dir: options.docs ?? `out/${safeFileSegment(spec.campaign.id)}`, fileName: planned!.fileName, content };
  }
  writeRecord(io, { path: target, text, force: options.force }, document);

  const renewal = outcome.renewal;
  const decided = renewal.decidedBy ? (renewal.decidedBy.kpi ? `KPI ${renewal.decidedBy.kpi.id}` : `"${renewal.decidedBy.criterion}"`) : '';
  const line = {
    renew: 'The agreed criteria point to: renew (every criterion met).',
    adjust: `The agreed criteria point to: adjust (${decided} missed).`,
    end: `The agreed criteria point to: end (${decided} missed, and missing it ends the partnership).`,
    parties_decide: `The agreed criteria point to: adjust or end, the parties decide (${decided} missed; the spec agreed no consequence).`,
    undecided:
      renewal.criteria.length === 0
        ? 'The spec agreed no renewal criteria: the wrap cannot point to an outcome.'
        : `No outcome yet: ${decided} has not been judged (add it to criteria: in ${options.answers}).`,
  }[renewal.outcome];
  io.stdout.write(`${line}\n`);
  for (const skipped of [...followups.skipped, ...incidents.skipped]) io.stderr.write(`alignkit: warning: ${skipped} could not be read; it is not in the wrap report\n`);
  return EXIT.clean;
}
