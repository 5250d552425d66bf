/**
 * `alignkit checkin`: record a check-in as a `kind: FollowUp` file next to the
 * spec, from an answers file, then render the follow-up document with KPI
 * pace and what earlier follow-ups left overdue. A check-in never touches the
 * spec or the sign-off ledger; requested changes to the agreement are listed
 * as needing a new sign-off.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { EXIT, UsageError, isPromptInterrupt } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { checkFollowUp } from '../core/followup.js';
import { changesAgreement, overdueActions } from '../core/followup-history.js';
import { planDocuments, renderPlanned, safeFileSegment } from '../core/render/render.js';
import { followUpNameFor } from '../core/spec/file-names.js';
import { decodeSource } from '../core/spec/source.js';
import { parseYaml } from '../core/spec/yaml-document.js';
import { isCalendarDate } from '../core/validate/formats.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { draftPath, removeDraft } from '../io/drafts.js';
import { readSpecBytes, writeFileWhole, writeFilesWhole, type FileToWrite } from '../io/files.js';
import { followUpHistory } from '../io/followups.js';
import { planOutputDir } from '../io/output-dir.js';
import { passGate, reportFindings } from './gate.js';
import { engineFor } from './render.js';

export interface CheckinOptions {
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
  /** Whether standard input is a terminal a person could answer questions on. */
  interactive: boolean;
}

/**
 * The follow-up file: a header alignkit fills in (version, campaign, date,
 * type) followed by the answers exactly as written, comments included. The
 * number of header lines is returned so findings map back to the answers.
 */
function followUpText(answersText: string, answers: Record<string, unknown>, fill: { campaign: string; date: string }, specShown: string, answersShown: string): { text: string; offset: number } {
  const header = [
    `# Written by \`alignkit checkin ${specShown} --answers ${answersShown}\`.`,
    ...(answers.apiVersion === undefined ? ['apiVersion: alignkit/v1'] : []),
    ...(answers.kind === undefined ? ['kind: FollowUp'] : []),
    ...(answers.campaign === undefined ? [`campaign: ${fill.campaign}`] : []),
    ...(answers.date === undefined ? [`date: "${fill.date}"`] : []),
    ...(answers.type === undefined ? ['type: check_in'] : []),
  ];
  const body = answersText.replace(/\r\n?/g, '\n');
  return { text: `${header.join('\n')}\n${body.endsWith('\n') ? body : `${body}\n`}`, offset: header.length };
}

export async function runCheckin(options: CheckinOptions, io: Io): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new UsageError(`--date "${options.date}" is not a date; write YYYY-MM-DD`);
  if (options.answers === undefined && !options.interactive) {
    throw new UsageError('no terminal to ask questions on; pass --answers <file> with the check-in written down (see README "Check-ins")');
  }
  const usable = await passGate({ ...options, force: true }, io, { verb: 'record a check-in for', refused: () => '', signoffRules: false });
  if (typeof usable === 'number') return usable;
  const { spec } = usable;
  let draft: string | undefined;
  if (options.answers === undefined) {
    const asked = await askOnTerminal(options, io, spec);
    if (typeof asked === 'number') return asked;
    draft = asked;
    options = { ...options, answers: relative(io.cwd, asked) || asked };
  }
  const code = await recordCheckin(options as CheckinOptions & { answers: string }, io, spec);
  if (draft && code === EXIT.clean) removeDraft(draft);
  return code;
}

/**
 * Asks the check-in on the terminal and keeps the answers, after every one, in
 * a draft answers file; returns its path (or 130 on Ctrl-C, the draft kept).
 */
async function askOnTerminal(options: CheckinOptions, io: Io, spec: CampaignSpec): Promise<string | number> {
  const [{ askCheckin }, { stringify }] = await Promise.all([import('../terminal/checkin-prompts.js'), import('yaml')]);
  const path = draftPath(io.cwd, `checkin-${safeFileSegment(spec.campaign.id)}`);
  const shown = relative(io.cwd, path) || path;
  const save = async (answers: Record<string, unknown>) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileWhole(path, `# Check-in answers for ${options.spec}, saved as they were given.\n${stringify(answers, { lineWidth: 0 })}`, shown);
  };
  try {
    await askCheckin(spec, options.date ?? options.today ?? io.today(), save, (text) => io.stdout.write(`${text}\n`));
  } catch (error) {
    if (isPromptInterrupt(error)) {
      io.stderr.write(`\nalignkit: interrupted. The answers so far are in ${shown}; finish them there and run: alignkit checkin ${options.spec} --answers ${shown}\n`);
      return EXIT.interrupted;
    }
    throw error;
  }
  return path;
}

async function recordCheckin(options: CheckinOptions & { answers: string }, io: Io, spec: CampaignSpec): Promise<number> {

  // 1. The answers, read with positions.
  const answersPath = resolve(io.cwd, options.answers);
  const decoded = decodeSource(readSpecBytes(answersPath, options.answers).bytes);
  if (!decoded.ok) throw new UsageError(`${options.answers}:${decoded.line}:${decoded.column}: the file ${decoded.message}`);
  const parsed = parseYaml(decoded.text);
  const first = parsed.problems[0];
  if (first) throw new UsageError(`${options.answers}:${first.line}:${first.column}: ${first.message}`);
  const answers = parsed.data;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers) || /^\s*(#.*\n\s*)*[{[]/.test(decoded.text)) {
    throw new UsageError(`${options.answers}: the answers must be a YAML mapping in block style (decisions:, action_items:, …); see README "Check-ins"`);
  }
  const given = answers as Record<string, unknown>;
  if (options.date !== undefined && given.date !== undefined && given.date !== options.date) {
    throw new UsageError(`--date ${options.date} and the date in ${options.answers} (${String(given.date)}) differ; give one`);
  }
  const date = typeof given.date === 'string' ? given.date : (options.date ?? options.today ?? io.today());

  // 2. The follow-up, checked like `render --followup` checks one; findings point into the answers file.
  const { text, offset } = followUpText(decoded.text, given, { campaign: spec.campaign.id, date }, options.spec, options.answers);
  const checked = checkFollowUp(options.answers, new TextEncoder().encode(text), spec);
  if (!checked.followup) {
    const shifted = checked.result.findings.map((f) => (f.line > offset ? { ...f, line: f.line - offset, endLine: Math.max(f.endLine - offset, 1) } : { ...f, line: 1, column: 1, endLine: 1, endColumn: 1 }));
    reportFindings(io, options, [{ ...checked.result, findings: shifted }]);
    io.stderr.write(`alignkit: the check-in in ${options.answers} is not recorded: fix the problems above\n`);
    return EXIT.findings;
  }
  const followup = checked.followup;

  // 3. Write the follow-up next to the spec (never over someone's file without --force), then the document.
  const specPath = resolve(io.cwd, options.spec);
  const target = resolve(io.cwd, options.out ?? join(dirname(options.spec), followUpNameFor(basename(options.spec), date)));
  const targetShown = relative(io.cwd, target) || target;
  const history = followUpHistory(dirname(specPath), spec, io.cwd, target);
  if (target !== specPath && dirname(target) !== dirname(specPath)) history.followups.push(...followUpHistory(dirname(target), spec, io.cwd, target).followups);

  const written: string[] = [];
  let rendered: { fileName: string; content: string } | undefined;
  if (options.render) {
    const { engine } = await engineFor(io, { templates: undefined });
    const [planned] = planDocuments(spec, { documents: ['followup'], followup });
    rendered = { fileName: planned!.fileName, content: renderPlanned(engine, spec, planned!, { source: options.spec, findings: [], history: history.followups }, followup) };
  }
  if (!options.force && existsSync(target)) throw new UsageError(`${targetShown} already exists; pass --force to replace it`);
  const files: FileToWrite[] = [{ path: target, content: text, shown: targetShown }];
  if (rendered) {
    const dir = options.docs ?? `out/${safeFileSegment(spec.campaign.id)}`;
    files.push(...planOutputDir(resolve(io.cwd, dir), relative(io.cwd, resolve(io.cwd, dir)) || '.', [rendered], options.force));
  }
  // The follow-up and its document land together or not at all.
  writeFilesWhole(files);
  written.push(...files.map((f) => f.shown));
  for (const path of written) io.stdout.write(`wrote ${path}\n`);

  // 4. What it means for the agreement and for earlier promises.
  const overdue = overdueActions(followup, history.followups);
  if (overdue.length > 0) io.stdout.write(`${overdue.length} action item${overdue.length === 1 ? ' is' : 's are'} overdue from earlier follow-ups: ${overdue.map((a) => `${a.from}/${a.id} (${a.owner})`).join(', ')}\n`);
  const material = (followup.changes_requested ?? []).filter((c) => changesAgreement(c.area));
  if (material.length > 0) {
    io.stdout.write(
      `${material.length} requested change${material.length === 1 ? ' touches' : 's touch'} the signed agreement and need${material.length === 1 ? 's' : ''} a new sign-off before ${material.length === 1 ? 'it applies' : 'they apply'}: update ${options.spec}, review with \`alignkit diff --since-signoff ${options.spec}\`, then every signatory runs \`alignkit sign\`. Until then the signed terms stand.\n`,
    );
  } else {
    io.stdout.write('No change to the agreement was requested: existing sign-offs stand.\n');
  }
  for (const skipped of history.skipped) io.stderr.write(`alignkit: warning: ${skipped} looks like a follow-up but could not be read; it was not used for overdue items (run alignkit render --followup ${skipped})\n`);
  return EXIT.clean;
}
