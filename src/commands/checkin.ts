/**
 * `alignkit checkin`: record a check-in as a `kind: FollowUp` file next to the
 * spec, from an answers file, then render the follow-up document with KPI
 * pace and what earlier follow-ups left overdue. A check-in never touches the
 * spec or the sign-off ledger; requested changes to the agreement are listed
 * as needing a new sign-off.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { displayPath } from '../io/display-path.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { checkFollowUp } from '../core/followup.js';
import { changesAgreement, overdueActions } from '../core/followup-history.js';
import { languageOption } from './lang-option.js';
import { planDocuments, renderPlanned, safeFileSegment } from '../core/render/render.js';
import { followUpNameFor } from '../core/spec/file-names.js';
import { isCalendarDate } from '../core/validate/formats.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { writeFilesWhole, type FileToWrite } from '../io/files.js';
import { followUpHistory, incidentHistory } from '../io/followups.js';
import { planOutputDir } from '../io/output-dir.js';
import { passGate, reportFindings } from './gate.js';
import { askIntoDraft, fromAnswersOrAsked, onAnswers, readAnswers, recordText, refuseStandardOutput } from './record-answers.js';
import { engineFor } from './render.js';

export interface CheckinOptions {
  spec: string;
  answers?: string;
  date?: string;
  out?: string;
  docs?: string;
  /** --lang: the follow-up document's language (default English). */
  lang?: string;
  render: boolean;
  force: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
  /** Whether standard input is a terminal a person could answer questions on. */
  interactive: boolean;
}

export async function runCheckin(options: CheckinOptions, io: Io): Promise<number> {
  refuseStandardOutput(options);
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new UsageError(`--date "${options.date}" is not a date; write YYYY-MM-DD`);
  // An unknown --lang is refused before any question is asked.
  languageOption(options.lang);
  if (options.answers === undefined && !options.interactive) {
    throw new UsageError('no terminal to ask questions on; pass --answers <file> with the check-in written down (see README "Check-ins")');
  }
  const usable = await passGate({ ...options, force: true }, io, { verb: 'record a check-in for', refused: () => '', signoffRules: false });
  if (typeof usable === 'number') return usable;
  const { spec } = usable;
  return fromAnswersOrAsked(
    options,
    io,
    () => askOnTerminal(options, io, spec),
    (given) => recordCheckin(given, io, spec),
  );
}

/** Asks the check-in on the terminal into a draft answers file; returns its path (or 130 on Ctrl-C, the draft kept). */
async function askOnTerminal(options: CheckinOptions, io: Io, spec: CampaignSpec): Promise<string | number> {
  const { askCheckin } = await import('../terminal/checkin-prompts.js');
  return askIntoDraft(
    io,
    { name: `checkin-${safeFileSegment(spec.campaign.id)}`, heading: `Check-in answers for ${options.spec}`, resume: (shown) => `alignkit checkin ${options.spec} --answers ${shown}` },
    (save) => askCheckin(spec, options.date ?? options.today ?? io.today(), save, (text) => io.stdout.write(`${text}\n`)),
  );
}

async function recordCheckin(options: CheckinOptions & { answers: string }, io: Io, spec: CampaignSpec): Promise<number> {
  // 1. The answers, read with positions.
  const answers = readAnswers(io.cwd, options.answers, 'decisions:, action_items:, …; see README "Check-ins"', 'FollowUp');
  const given = answers.given;
  if (options.date !== undefined && given.date !== undefined && given.date !== options.date) {
    throw new UsageError(`--date ${options.date} and the date in ${options.answers} (${String(given.date)}) differ; give one`);
  }
  const date = typeof given.date === 'string' ? given.date : (options.date ?? options.today ?? io.today());

  // 2. The follow-up, checked like `render --followup` checks one; findings point into the answers file.
  const { text, offset } = recordText(answers, `alignkit checkin ${options.spec} --answers ${options.answers}`, [
    ['apiVersion', 'apiVersion: alignkit/v1'],
    ['kind', 'kind: FollowUp'],
    ['campaign', `campaign: ${spec.campaign.id}`],
    ['date', `date: "${date}"`],
    ['type', 'type: check_in'],
  ]);
  const checked = checkFollowUp(options.answers, new TextEncoder().encode(text), spec);
  if (!checked.followup) {
    reportFindings(io, options, [onAnswers(checked.result, offset)]);
    io.stderr.write(`alignkit: the check-in in ${options.answers} is not recorded: fix the problems above\n`);
    // The answers are the input of this command, not a spec under review: problems in them are an input error.
    return EXIT.usage;
  }
  const followup = checked.followup;

  // 3. Write the follow-up next to the spec (never over someone's file without --force), then the document.
  const specPath = resolve(io.cwd, options.spec);
  const target = resolve(io.cwd, options.out ?? join(dirname(options.spec), followUpNameFor(basename(options.spec), date)));
  const targetShown = displayPath(io.cwd, target);
  const history = followUpHistory(dirname(specPath), spec, io.cwd, target);
  if (target !== specPath && dirname(target) !== dirname(specPath)) history.followups.push(...followUpHistory(dirname(target), spec, io.cwd, target).followups);

  const written: string[] = [];
  let rendered: { fileName: string; content: string } | undefined;
  if (options.render) {
    const { engine } = await engineFor(io, { templates: undefined });
    const [planned] = planDocuments(spec, { documents: ['followup'], followup, lang: languageOption(options.lang) });
    rendered = {
      fileName: planned!.fileName,
      content: renderPlanned(
        engine,
        spec,
        planned!,
        { source: options.spec, findings: [], history: history.followups, incidents: (await incidentHistory(dirname(specPath), spec, io.cwd)).records },
        followup,
      ),
    };
  }
  if (!options.force && existsSync(target)) throw new UsageError(`${targetShown} already exists; pass --force to replace it`);
  const files: FileToWrite[] = [{ path: target, content: text, shown: targetShown }];
  if (rendered) {
    const dir = options.docs ?? `out/${safeFileSegment(spec.campaign.id)}`;
    files.push(...planOutputDir(resolve(io.cwd, dir), displayPath(io.cwd, resolve(io.cwd, dir)), [rendered], options.force));
  }
  // The follow-up and its document land together or not at all.
  writeFilesWhole(files);
  written.push(...files.map((f) => f.shown));
  for (const path of written) io.stdout.write(`wrote ${path}\n`);

  // 4. What it means for the agreement and for earlier promises.
  const overdue = overdueActions(followup, history.followups);
  if (overdue.length > 0)
    io.stdout.write(`${overdue.length} action item${overdue.length === 1 ? ' is' : 's are'} overdue from earlier follow-ups: ${overdue.map((a) => `${a.from}/${a.id} (${a.owner})`).join(', ')}\n`);
  const material = (followup.changes_requested ?? []).filter((c) => changesAgreement(c.area));
  if (material.length > 0) {
    io.stdout.write(
      `${material.length} requested change${material.length === 1 ? ' touches' : 's touch'} the signed agreement and need${material.length === 1 ? 's' : ''} a new sign-off before ${material.length === 1 ? 'it applies' : 'they apply'}: update ${options.spec}, review with \`alignkit diff --since-signoff ${options.spec}\`, then every signatory runs \`alignkit sign\`. Until then the signed terms stand.\n`,
    );
  } else {
    io.stdout.write('No change to the agreement was requested: existing sign-offs stand.\n');
  }
  for (const skipped of history.skipped)
    io.stderr.write(`alignkit: warning: ${skipped} looks like a follow-up but could not be read; it was not used for overdue items (run alignkit render --followup ${skipped})\n`);
  return EXIT.clean;
}
