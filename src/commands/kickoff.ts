/**
 * `alignkit kickoff`: the kickoff meeting as an interview that writes a campaign
 * spec, from a terminal or from an answers file; `--edit` changes one value of
 * an existing spec and nothing else.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { displayPath } from '../io/display-path.js';
import { Chalk } from 'chalk';
import { colorLevel } from '../terminal/color.js';
import { EXIT, UsageError, isPromptInterrupt } from '../errors.js';
import type { Io } from '../io/process-io.js';
import type { Finding, FileResult } from '../core/finding.js';
import { answersAsker } from '../core/interview/answers.js';
import { getAt, hasAt, isUnsafeKey, type Spec } from '../core/interview/draft.js';
import { isRecord } from '../core/spec/plain-data.js';
import { EditError, editScalar, pathOf, removeTopLevelEntries } from '../core/interview/edit.js';
import { Interview, questionForPath, type Asker, type InterviewState } from '../core/interview/interview.js';
import { DEFAULT_PRESET, PRESET_NAMES, isPreset, presetSpec, startingSpec } from '../core/interview/presets.js';
import { STEP_COUNT, SUMMARY_STEP } from '../core/interview/script.js';
import { inSchemaOrder, specToYaml } from '../core/interview/spec-yaml.js';
import { UNUSABLE_RULE_IDS, lintSource } from '../core/lint.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { parseYaml } from '../core/spec/yaml-document.js';
import { encodePointer } from '../core/spec/pointer.js';
import { PROVENANCE_KEY, assumedMapping, assumedTerms, describeTerm, provenanceOf, termsOf } from '../core/spec/provenance.js';
import { schemaProblems } from '../core/validate/campaign-schema.js';
import { didYouMean } from '../core/validate/schema.js';
import { findRepositoryRoot } from '../io/config-find.js';
import { writeOutputFile } from '../io/files.js';
import { alignkitCommand, installedSchemaPath } from '../io/installation.js';
import { draftPath, listDrafts, readDraft, removeDraft, writeDraft } from '../io/drafts.js';
import { sanitize } from '../reporters/sanitize.js';
import { reportFindings } from './gate.js';
import { at, byteOrderMark, readYamlFile, type YamlFile } from './yaml-file.js';
import { optionsFor, setUp } from './lint.js';

export interface KickoffOptions {
  spec?: string;
  out?: string;
  preset?: string;
  answers?: string;
  defaults: boolean;
  /** true for "the only draft", a string for a named one. */
  resume?: boolean | string;
  edit?: string;
  /** Ask every question, not only the essentials (terminal runs). */
  full?: boolean;
  force: boolean;
  /** Offer to render the documents at the end (interactive runs only). */
  render: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

function interactiveRefusal(io: Io): string | undefined {
  if (io.env.CI) return 'CI is set';
  if (io.stdinIsTTY !== true) return 'standard input is not a terminal';
  return undefined;
}

function styles(io: Io, color: boolean | undefined) {
  const c = new Chalk({ level: colorLevel(color, io.env, io.stdout) });
  return { dim: (text: string) => c.dim(text), bold: (text: string) => c.bold(text) };
}

// ---- answers file -----------------------------------------------------------------

interface AnswersFile extends YamlFile {
  data: Spec;
}

function readAnswers(io: Io, file: string): AnswersFile {
  const read = readYamlFile(io, file);
  const data = read.data ?? {};
  if (!isRecord(data)) throw new UsageError(`${file}:1:1: an answers file is a mapping of spec fields (a partial campaign spec); see README "Kickoff"`);
  const unsafe = findUnsafeKey(data, []);
  if (unsafe) throw new UsageError(`${at(read, encodePointer(unsafe), 'key')}: the key "${String(unsafe[unsafe.length - 1])}" is not allowed`);
  return { ...read, data };
}

function findUnsafeKey(node: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) {
      const found = findUnsafeKey(v, [...path, i]);
      if (found) return found;
    }
  } else if (isRecord(node)) {
    for (const key of Object.keys(node)) {
      if (isUnsafeKey(key)) return [...path, key];
      const found = findUnsafeKey(node[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

// ---- writing ----------------------------------------------------------------------

/**
 * This installation's schema, for the editor modeline. A project's own
 * installation (inside the spec's repository) is referred to relatively, so
 * the modeline works for everyone who clones it and runs npm install; a global
 * or npx installation by its absolute path, which survives copying the spec
 * elsewhere on this machine (`alignkit schema --path` prints it).
 */
function schemaRefFor(outPath: string): string {
  const schema = installedSchemaPath('campaign');
  if (schema === undefined) return 'https://alignkit.dev/schemas/campaign.schema.json';
  const specRepository = findRepositoryRoot(dirname(outPath));
  const inSameRepository = specRepository !== undefined && findRepositoryRoot(dirname(schema)) === specRepository;
  return inSameRepository ? relative(dirname(outPath), schema).split(/[\\/]/).join('/') : schema.split(/[\\/]/).join('/');
}

/**
 * The values the team stated: every answer typed on the terminal (Enter on a
 * suggestion the person saw counts), every value an answers file gives, and
 * nothing a scripted run took from the preset or derived on its own.
 */
function statedPointers(state: InterviewState, defaulted: ReadonlySet<string>, answers: Spec | undefined): string[] {
  const answeredValues = Object.keys(state.answered).filter((key) => !key.includes('#') && !defaulted.has(key));
  return [...answeredValues, ...(answers ? termsOf(answers).map(([pointer]) => pointer) : [])];
}

/** The spec as written: its terms, then the list of those nobody stated. */
function withProvenance(state: InterviewState, stated: readonly string[]): Spec {
  const { [PROVENANCE_KEY]: _previous, ...spec } = state.spec;
  // In the order the file lists the terms, so the list reads top to bottom with the spec.
  const assumed = assumedMapping(inSchemaOrder(spec), stated);
  return Object.keys(assumed).length > 0 ? { ...spec, [PROVENANCE_KEY]: assumed } : spec;
}

function specText(state: InterviewState, outPath: string, stated: readonly string[]): string {
  return specToYaml(withProvenance(state, stated), {
    schemaRef: schemaRefFor(outPath),
    heading: `Written by alignkit kickoff from the ${state.preset} preset. Check it with: alignkit lint ${basename(outPath)}`,
  });
}

async function lintText(options: KickoffOptions, io: Io, shown: string, absolute: string, text: string): Promise<FileResult[]> {
  const setup = await setUp(options, io);
  const result = await lintSource(shown, new TextEncoder().encode(text), optionsFor(setup, absolute));
  return [...setup.configFindings, result];
}

const countOf = (results: FileResult[], key: 'errorCount' | 'warningCount') => results.reduce((n, r) => n + r[key], 0);

function findingsOf(results: FileResult[]): Finding[] {
  return results.flatMap((r) => r.findings.filter((f) => !f.suppressions));
}

const ASSUMED_RULE = 'assumptions-confirmed';

/** Findings a question can settle: assumed terms are settled with `confirm`, after the spec is written. */
function settledByQuestions(results: FileResult[]): Finding[] {
  return findingsOf(results).filter((f) => f.ruleId !== ASSUMED_RULE);
}

/** The results without the assumed-terms findings, which kickoff sums up in one line instead. */
function withoutAssumed(results: FileResult[]): FileResult[] {
  return results.map((r) => {
    const gone = r.findings.filter((f) => f.ruleId === ASSUMED_RULE && !f.suppressions);
    return {
      ...r,
      findings: r.findings.filter((f) => f.ruleId !== ASSUMED_RULE),
      errorCount: r.errorCount - gone.filter((f) => f.severity === 'error').length,
      warningCount: r.warningCount - gone.filter((f) => f.severity === 'warning').length,
    };
  });
}

// ---- the interview ----------------------------------------------------------------

export async function runKickoff(options: KickoffOptions, io: Io): Promise<number> {
  if (options.edit !== undefined) return runEdit(options, io);
  if (options.spec !== undefined) throw new UsageError(`kickoff takes no spec argument except with --edit <pointer> <spec>; to choose where the spec goes, use --out ${options.spec}`);
  // Elsewhere "-" is standard output, but kickoff's report, and later confirm and render, need the spec as a file.
  if (options.out === '-') throw new UsageError('kickoff writes the spec to a file that confirm, render and sign then read; give --out a file name, e.g. --out spring.campaign.yaml');
  const scripted = options.answers !== undefined || options.defaults;
  if (!scripted) {
    const why = interactiveRefusal(io);
    if (why)
      throw new UsageError(
        `kickoff asks its questions on a terminal, and ${why}. Give the answers in a file with --answers <file> (see README "Kickoff"), or take the preset as it is with --defaults`,
      );
  }
  const today = options.today ?? io.today();
  const setup = await setUp({ today, ...(options.config ? { config: options.config } : {}) }, io);

  let state: InterviewState;
  let draftFile: string | undefined;
  let out = options.out;
  if (options.resume !== undefined && options.resume !== false) {
    if (options.preset !== undefined) throw new UsageError('--resume continues a draft with the preset it started from; leave out --preset');
    draftFile = resumeTarget(io, options.resume);
    const draft = readDraft(draftFile, displayPath(io.cwd, draftFile));
    if (!isPreset(draft.state.preset)) throw new UsageError(`${displayPath(io.cwd, draftFile)}: unknown preset "${draft.state.preset}"`);
    state = draft.state;
    out ??= draft.out;
  } else {
    const preset = options.preset ?? DEFAULT_PRESET;
    if (!isPreset(preset)) {
      const guess = didYouMean(preset, PRESET_NAMES);
      throw new UsageError(`--preset "${preset}" is not a preset${guess ? `; did you mean "${guess}"?` : ''} Presets: ${PRESET_NAMES.join(', ')}`);
    }
    // A person at a terminal gets the essentials and a read-back; a file answers every question it likes.
    state = { preset, spec: startingSpec(preset, setup.today), answered: {}, ...(scripted || options.full ? {} : { depth: 'essentials' as const }) };
  }
  if (out !== undefined && !options.force && existsSync(resolve(io.cwd, out))) {
    throw new UsageError(`${out} already exists; pass --force to replace it, or choose another --out`);
  }

  const answers = options.answers !== undefined ? readAnswers(io, options.answers) : undefined;
  const style = styles(io, options.color);
  const asker: Asker = answers ? answersAsker(answers.data, options.defaults) : scripted ? answersAsker({}, true) : await terminal(io, style);

  // Drafts are named by campaign id, and follow the id when it is answered.
  // A scripted run has its answers in a file already: only a person's answers need a draft.
  const save = async (s: InterviewState) => {
    if (scripted && options.resume === undefined) return;
    const name = draftNameFor(s);
    const target = draftPath(io.cwd, name);
    writeDraft(target, { state: s, ...(out ? { out } : {}) }, displayPath(io.cwd, target), alignkitCommand(io.cwd));
    if (draftFile && draftFile !== target) removeDraft(draftFile);
    draftFile = target;
  };
  const interview = new Interview(state, asker, save, presetSpec(state.preset));
  if (!scripted) {
    const depth = state.depth === 'essentials' ? 'the essentials, then a read-back of the rest (--full asks everything)' : 'every question';
    io.stdout.write(`${style.bold('alignkit kickoff')} (${state.preset} preset): ${STEP_COUNT} steps, ${depth}. Enter keeps the suggested answer; Ctrl-C saves the draft and stops.\n`);
  }
  try {
    await interview.run();
    if (!scripted && state.depth === 'essentials' && state.sections === undefined) {
      state.sections = await readBack(io, style, withProvenance(state, statedPointers(state, new Set(), undefined)));
      await save(state);
      if (state.sections.length > 0) await interview.run();
    }
  } catch (error) {
    if (isPromptInterrupt(error)) return interrupted(io, draftFile);
    throw error;
  }

  if (answers) {
    // What the file says wrongly comes before what it leaves out: a file of the wrong kind (wrap answers) is
    // all unknown fields, not a kickoff that answers nothing.
    const { overlayAnswers } = await import('../core/interview/answers.js');
    overlayAnswers(state.spec, answers.data);
    const refused = misplacedAnswers(io, answers, state.spec);
    if (refused !== undefined) return refused;
    const result = checkAnswers(io, answers, asker as ReturnType<typeof answersAsker>, options.defaults);
    if (result !== undefined) return result;
  }

  const campaignId = String(getAt(state.spec, ['campaign', 'id']));
  const outShown = out ?? `${campaignId}.campaign.yaml`;
  const outPath = resolve(io.cwd, outShown);
  const defaulted = 'defaulted' in asker ? (asker as ReturnType<typeof answersAsker>).defaulted : new Set<string>();
  const stated = () => statedPointers(state, defaulted, answers?.data);
  let text = specText(state, outPath, stated());
  let results = await lintText(options, io, outShown, outPath, text);

  if (!scripted) {
    io.stdout.write(`\n${style.bold(`Step ${STEP_COUNT} of ${STEP_COUNT}: ${SUMMARY_STEP.title}`)}\n${style.dim(SUMMARY_STEP.why)}\n`);
    try {
      for (;;) {
        await printReadBack(io, outShown, text, results);
        const findings = settledByQuestions(results);
        if (findings.length > 0) reportWithQuestions(io, options, withoutAssumed(results), interview, outShown);
        const target = await chooseNext(findings, interview, state.spec);
        if (target === 'write') break;
        if (target === 'stop') return stopped(io, draftFile);
        if (target.startsWith('section:')) {
          interview.goThrough(target.slice('section:'.length));
          await interview.run();
        } else await interview.revisit(target);
        text = specText(state, outPath, stated());
        results = await lintText(options, io, outShown, outPath, text);
      }
    } catch (error) {
      if (isPromptInterrupt(error)) return interrupted(io, draftFile);
      throw error;
    }
  }

  if (!options.force && existsSync(outPath)) {
    io.stderr.write(
      `alignkit: ${outShown} already exists; nothing was overwritten. Pass --force to replace it, or --out <file>${draftFile ? `; your answers are kept in ${displayPath(io.cwd, draftFile)}` : ''}\n`,
    );
    return EXIT.usage;
  }
  writeOutputFile(outPath, text, { force: options.force, shown: outShown });
  if (draftFile) removeDraft(draftFile);

  // Under `strict` assumed values are errors, and the exit code says so as lint's would.
  const errors = countOf(results, 'errorCount');
  const others = withoutAssumed(results);
  const otherErrors = countOf(others, 'errorCount');
  const otherWarnings = countOf(others, 'warningCount');
  if (scripted && settledByQuestions(results).length > 0) reportWithQuestions(io, options, others, interview, outShown);
  const assumed = Object.keys(assumedMapping(state.spec, stated())).length;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict =
    otherErrors === 0 && otherWarnings === 0
      ? assumed === 0
        ? 'lints clean'
        : 'no findings besides the assumed values'
      : `${count(otherErrors, 'error')} and ${count(otherWarnings, 'warning')} to settle${assumed === 0 ? '' : ', besides the assumed values'}`;
  io.stdout.write(`Wrote ${outShown}: ${verdict}.\n`);
  for (const notice of interview.notices) io.stdout.write(`${notice}\n`);
  if (assumed > 0) {
    io.stdout.write(
      `${assumed} ${assumed === 1 ? 'value was' : 'values were'} assumed (kept from the preset or derived), not stated; they are listed under "${PROVENANCE_KEY}:" at the end of the file. Go through them with the team: ${alignkitCommand(io.cwd)} confirm ${outShown}\n`,
    );
  }
  if (!scripted && options.render) {
    const { confirm } = await import('@inquirer/prompts');
    let render = false;
    try {
      render = await confirm({ message: 'Render the brief and agreement documents now?', default: errors === 0 });
    } catch (error) {
      if (!isPromptInterrupt(error)) throw error;
    }
    if (render) {
      const { runRender } = await import('./render.js');
      const code = await runRender(
        {
          spec: outShown,
          doc: 'all',
          force: errors > 0,
          listTemplates: false,
          today: setup.today,
          version: options.version,
          ...(options.config ? { config: options.config } : {}),
          ...(options.color !== undefined ? { color: options.color } : {}),
        },
        io,
      );
      if (code !== EXIT.clean) return code;
    }
  } else {
    const alignkit = alignkitCommand(io.cwd);
    // render refuses a spec with errors, so the next step is to settle them.
    io.stdout.write(errors > 0 ? `Next: settle the errors (${alignkit} lint ${outShown}), then ${alignkit} render ${outShown}\n` : `Next: ${alignkit} render ${outShown}\n`);
  }
  return errors > 0 ? EXIT.findings : EXIT.clean;
}

/**
 * The essentials asked, the read-back: every other section's terms as the preset has them, on one screen,
 * and the sections the team wants to go through now. The rest stay as written, listed as assumed.
 */
async function readBack(io: Io, style: ReturnType<typeof styles>, spec: Spec): Promise<string[]> {
  const terms = assumedTerms(spec);
  const bySection = new Map<string, string[]>();
  for (const term of terms) bySection.set(term.section, [...(bySection.get(term.section) ?? []), describeTerm(term, spec)]);
  if (bySection.size === 0) return [];
  const shown = 8;
  const lines = [
    `\n${style.bold('Read-back: what the preset says that nobody has stated yet')}`,
    style.dim('Kept as written, each stays listed as assumed until the team confirms it (alignkit confirm) or changes it.'),
  ];
  for (const [section, list] of bySection) {
    lines.push(`  ${style.bold(section)} (${list.length})`);
    for (const line of list.slice(0, shown)) lines.push(`    ${sanitize(line)}`);
    if (list.length > shown) lines.push(style.dim(`    and ${list.length - shown} more`));
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  const { checkbox } = await import('@inquirer/prompts');
  return checkbox({
    message: 'Go through any of these sections now? (tick with space; Enter with none ticked keeps them all as assumed)',
    choices: [...bySection].map(([section, list]) => ({ value: section, name: `${section} (${list.length})` })),
    pageSize: 16,
  });
}

async function terminal(io: Io, style: ReturnType<typeof styles>): Promise<Asker> {
  const { terminalAsker } = await import('../terminal/kickoff-prompts.js');
  return terminalAsker(io, style);
}

function draftNameFor(state: InterviewState): string {
  const id = getAt(state.spec, ['campaign', 'id']);
  return typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : `new-${state.preset}`;
}

function resumeTarget(io: Io, resume: boolean | string): string {
  if (typeof resume === 'string') {
    const path = draftPath(io.cwd, resume);
    if (!existsSync(path)) throw new UsageError(`no kickoff draft named "${resume}" in .alignkit/drafts${listing(io)}`);
    return path;
  }
  const drafts = listDrafts(io.cwd);
  if (drafts.length === 0) throw new UsageError('there is no kickoff draft to resume in .alignkit/drafts');
  if (drafts.length > 1) throw new UsageError(`there are ${drafts.length} kickoff drafts; name one: ${drafts.map((d) => `--resume ${d}`).join(', ')}`);
  return draftPath(io.cwd, drafts[0]!);
}

function listing(io: Io): string {
  const drafts = listDrafts(io.cwd);
  return drafts.length > 0 ? `; drafts: ${drafts.join(', ')}` : '';
}

function resumeHint(io: Io, draftFile: string): string {
  const name = basename(draftFile, '.yaml');
  return `${alignkitCommand(io.cwd)} kickoff --resume${listDrafts(io.cwd).length > 1 ? ` ${name}` : ''}`;
}

function interrupted(io: Io, draftFile: string | undefined): number {
  io.stderr.write('\n');
  io.stderr.write(
    draftFile
      ? `alignkit: interrupted. Your answers are saved in ${displayPath(io.cwd, draftFile)}; continue with: ${resumeHint(io, draftFile)}\n`
      : 'alignkit: interrupted before the first answer; nothing to save.\n',
  );
  return EXIT.interrupted;
}

function stopped(io: Io, draftFile: string | undefined): number {
  io.stdout.write(draftFile ? `Stopped. Your answers are saved in ${displayPath(io.cwd, draftFile)}; continue with: ${resumeHint(io, draftFile)}\n` : 'Stopped.\n');
  return EXIT.findings;
}

/** Questions the answers file leaves open, when --defaults may not fill them. */
function checkAnswers(io: Io, answers: AnswersFile, asker: ReturnType<typeof answersAsker>, defaults: boolean): number | undefined {
  if (!defaults && asker.missing.length > 0) {
    const shown = asker.missing.slice(0, 10).join(', ');
    io.stderr.write(
      `alignkit: ${answers.shown} answers ${asker.missing.length === 1 ? 'all but one question' : `all but ${asker.missing.length} questions`}: ${shown}${asker.missing.length > 10 ? ', …' : ''}.\n` +
        "Add them to the file, or pass --defaults to keep the preset's values for them.\n",
    );
    return EXIT.usage;
  }
  return undefined;
}

/**
 * What the schema refuses in values no question asked (a misspelt field, a
 * wrong type), reported in the answers file where it was written.
 */
function misplacedAnswers(io: Io, answers: AnswersFile, spec: Spec): number | undefined {
  const problems = schemaProblems(spec).filter((p) => {
    const path = pathOf(p.pointer, answers.data);
    return path.length > 0 && hasAt(answers.data, path);
  });
  if (problems.length === 0) return undefined;
  // A file none of whose fields is a section of a spec (wrap answers, a follow-up) is named as such, once.
  const unknownSections = new Set(problems.filter((p) => p.target === 'key' && /^\/[^/]+$/.test(p.pointer)).map((p) => p.pointer.slice(1)));
  const fields = Object.keys(answers.data);
  if (fields.length > 0 && fields.every((field) => unknownSections.has(field))) {
    const listed = fields.slice(0, 4).join(', ');
    throw new UsageError(
      `${answers.shown}: none of its fields (${sanitize(listed)}${fields.length > 4 ? ', …' : ''}) is a section of a campaign spec; kickoff --answers takes a partial campaign spec (see README "Kickoff")`,
    );
  }
  for (const problem of problems) {
    io.stderr.write(`${at(answers, problem.pointer, problem.target)}: ${sanitize(problem.message)}${problem.hint ? ` (${sanitize(problem.hint)})` : ''}\n`);
  }
  io.stderr.write(`alignkit: ${problems.length === 1 ? 'one answer' : `${problems.length} answers`} in ${answers.shown} refused; nothing was written\n`);
  return EXIT.usage;
}

function printSummary(io: Io, spec: Spec): void {
  const c = spec.campaign as Record<string, unknown>;
  const window = c.window as Record<string, string>;
  const count = (key: string) => (Array.isArray(spec[key]) ? (spec[key] as unknown[]).length : 0);
  const creators = (spec.parties as Record<string, unknown>[]).filter((p) => p.role === 'creator').length;
  io.stdout.write(
    [
      `  ${String(c.name)} (${String(c.id)}): ${String(c.product)}, ${(c.markets as string[]).join(', ')}, ${window.start} to ${window.end} (${String(c.timezone)})`,
      `  ${count('parties')} parties (${creators} creators), ${count('deliverables')} deliverables, ${count('kpis')} KPIs, ${(getAt(spec, ['approvals', 'stages']) as unknown[]).length} approval stages, ${(getAt(spec, ['contingency', 'risks']) as unknown[]).length} risks`,
      '',
    ].join('\n'),
  );
}

function reportWithQuestions(io: Io, options: KickoffOptions, results: FileResult[], interview: Interview, outShown?: string): void {
  reportFindings(io, options, results);
  const seen = new Set<string>();
  const lines: string[] = [];
  const unasked: string[] = [];
  for (const finding of findingsOf(results)) {
    const q = interview.questionFor(finding.pointer);
    if (!q) {
      // No question sets the field: say how to change it once the spec is written.
      if (finding.pointer !== '' && !unasked.includes(finding.pointer)) unasked.push(finding.pointer);
      continue;
    }
    if (seen.has(q.pointer)) continue;
    seen.add(q.pointer);
    lines.push(`  step ${q.step} (${q.stepTitle}): ${q.label}  ${q.pointer}`);
  }
  if (lines.length > 0) io.stderr.write(`Questions to revisit:\n${lines.join('\n')}\n`);
  if (unasked.length > 0) {
    const spec = outShown ?? '<spec>';
    io.stderr.write(`No question sets these; change them in the file, or with:\n${unasked.map((p) => `  ${alignkitCommand(io.cwd)} kickoff --edit ${p} ${spec}`).join('\n')}\n`);
  }
}

/**
 * The read-back: the agreement as the parties will read it, in the agreement document's own words, with
 * the terms nobody stated under "Not yet confirmed". A spec that does not pass the schema yet cannot be
 * put in words; then the two-line summary stands in.
 */
async function printReadBack(io: Io, outShown: string, text: string, results: FileResult[]): Promise<void> {
  const data = parseYaml(text).data as Spec;
  const unusable = results.some((r) => r.findings.some((f) => UNUSABLE_RULE_IDS.has(f.ruleId)));
  if (unusable) return printSummary(io, data);
  const [{ createEngine }, { planDocuments, renderPlanned }] = await Promise.all([import('../core/render/engine.js'), import('../core/render/render.js')]);
  const spec = data as unknown as CampaignSpec;
  const [agreement] = planDocuments(spec, { documents: ['agreement'] });
  const findings = results.flatMap((r) => r.findings.filter((f) => !f.suppressions));
  io.stdout.write(`${sanitize(renderPlanned(createEngine(), spec, agreement!, { source: outShown, findings }))}\n`);
}

/** What next at the read-back: fix what lint found, go through a section, write, or stop. */
async function chooseNext(findings: Finding[], interview: Interview, spec: Spec): Promise<string> {
  const { select } = await import('@inquirer/prompts');
  const choices: { value: string; name: string }[] = [];
  if (findings.length === 0) choices.push({ value: 'write', name: 'Write the spec' });
  const seen = new Set<string>();
  for (const finding of findings) {
    const q = interview.questionFor(finding.pointer);
    if (!q || seen.has(q.pointer)) continue;
    seen.add(q.pointer);
    choices.push({ value: q.pointer, name: `Revisit "${q.label}" (step ${q.step}): ${finding.message.slice(0, 70)}` });
  }
  if (findings.length > 0) choices.push({ value: 'write', name: 'Write the spec as it is; I will settle the rest in the file' });
  for (const section of Object.keys(spec).filter((k) => !['apiVersion', 'kind', PROVENANCE_KEY].includes(k))) {
    choices.push({ value: `section:${section}`, name: `Go through ${section} again, question by question` });
  }
  choices.push({ value: 'stop', name: 'Stop here and keep the draft' });
  return select({ message: findings.length > 0 ? 'Lint found problems. What next?' : 'That is the agreement. Write it?', choices, pageSize: 12 });
}

// ---- --edit -----------------------------------------------------------------------

async function runEdit(options: KickoffOptions, io: Io): Promise<number> {
  const pointer = options.edit!;
  if (options.spec === undefined) throw new UsageError('--edit needs the spec to change: alignkit kickoff --edit <json-pointer> <spec>');
  if (!pointer.startsWith('/')) throw new UsageError(`--edit "${pointer}" is not a JSON pointer; write it like /deliverables/0/draft_due`);
  for (const flag of ['preset', 'out', 'resume'] as const) {
    if (options[flag] !== undefined && options[flag] !== false) throw new UsageError(`--edit changes a spec in place; --${flag} does not apply`);
  }
  const specPath = resolve(io.cwd, options.spec);
  const file = readYamlFile(io, options.spec);
  const data = file.data as Spec;
  const bom = byteOrderMark(io, options.spec);
  const text = file.text;
  if (!isRecord(data)) throw new UsageError(`${options.spec}:1:1: not a campaign spec (a YAML mapping)`);
  const path = pathOf(pointer, data);
  if (!hasAt(data, path)) throw new UsageError(`${options.spec}: ${pointer} is not in the file; --edit changes a value that is there`);

  const { question, step } = (() => {
    try {
      return questionForPath(path);
    } catch {
      throw new UsageError(`${pointer} is not a field of the campaign schema`);
    }
  })();
  const interview = new Interview({ preset: DEFAULT_PRESET, spec: data, answered: {} }, { ask: async () => undefined }, async () => {}, data);
  const ask = interview.valueAsk(question, path, step);
  let value: unknown;
  if (options.answers !== undefined) {
    const answers = readAnswers(io, options.answers);
    if (!hasAt(answers.data, path)) throw new UsageError(`${options.answers} has no value at ${pointer}`);
    value = getAt(answers.data, path);
    const verdict = ask.validate(value);
    if (verdict !== true) throw new UsageError(`${at(answers, pointer)}: ${verdict}`);
  } else {
    const why = interactiveRefusal(io);
    if (why) throw new UsageError(`--edit asks for the new value on a terminal, and ${why}. Give it in a file with --answers <file> holding that one field`);
    const asker = await terminal(io, styles(io, options.color));
    try {
      value = await asker.ask(ask);
    } catch (error) {
      if (isPromptInterrupt(error)) {
        io.stderr.write(`\nalignkit: interrupted; ${options.spec} is unchanged.\n`);
        return EXIT.interrupted;
      }
      throw error;
    }
  }
  if (Array.isArray(value)) throw new UsageError(`${pointer} takes a list; --edit changes one value, e.g. ${pointer}/0`);
  if (value === null || typeof value === 'object') {
    const first = Object.keys(value ?? {})[0];
    throw new UsageError(`${pointer} is a group of fields; --edit changes one value, e.g. ${pointer}/${first ?? '<field>'}`);
  }
  // The same value, already stated: nothing to write (and no need to edit the file to find that out).
  if (getAt(data, path) === value && !Object.hasOwn(provenanceOf(data), pointer)) {
    io.stdout.write(`${options.spec}: ${pointer} is already ${sanitize(JSON.stringify(value))}; nothing changed.\n`);
    return EXIT.clean;
  }
  let edited: string;
  try {
    edited = editScalar(text, pointer, value as string | number | boolean);
    // A value someone typed is stated, even when it is the one that was assumed.
    if (Object.hasOwn(provenanceOf(data), pointer)) edited = removeTopLevelEntries(edited, PROVENANCE_KEY, new Set([pointer]));
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(`${options.spec}: ${error.message}`);
    throw error;
  }
  if (edited === text) {
    io.stdout.write(`${options.spec}: ${pointer} is already ${sanitize(JSON.stringify(value))}; nothing changed.\n`);
    return EXIT.clean;
  }
  writeOutputFile(specPath, `${bom}${edited}`, { force: true, shown: options.spec });
  const stated = Object.hasOwn(provenanceOf(data), pointer) ? ' and stated (its entry under assumed: is gone)' : '';
  io.stdout.write(`${sanitize(options.spec)}: ${sanitize(pointer)} is now ${sanitize(JSON.stringify(value))}${stated}; every other line is unchanged.\n`);
  // Exactly what `alignkit lint` says of the file, sign-off ledger included: a changed term makes signatures stale.
  const { runLint } = await import('./lint.js');
  return runLint(
    {
      paths: [options.spec],
      format: [],
      quiet: false,
      maxWarnings: -1,
      force: false,
      version: options.version,
      ...(options.config ? { config: options.config } : {}),
      ...(options.today ? { today: options.today } : {}),
      ...(options.color !== undefined ? { color: options.color } : {}),
    },
    io,
  );
}
