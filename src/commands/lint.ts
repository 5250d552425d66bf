/** `alignkit lint`: find specs, lint each, report, pick the exit code. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { colorLevel } from '../terminal/color.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { DEFAULT_CONFIG, activeRules, configWaivers, type Config, type GlobMatcher } from '../core/config.js';
import { compareStrings, toFileResult, type FileResult, type Finding } from '../core/finding.js';
import { RULES } from '../core/rules/index.js';
import type { SignoffContext } from '../core/rules/types.js';
import { ledgerNameFor } from '../core/spec/file-names.js';
import { lintAndParse, lintSource, type LintOptions } from '../core/lint.js';
import { allRuleMeta } from '../core/rules/meta.js';
import { isCalendarDate } from '../core/validate/formats.js';
import { findConfig, findRepositoryRoot } from '../io/config-find.js';
import { discoverSpecs } from '../io/discover.js';
import { displayPath } from '../io/display-path.js';
import { findIgnoreFile, ignoreMatcher, readIgnoreFile, type IgnoreSource } from '../io/ignores.js';
import { readSpecBytes, writeFileWhole } from '../io/files.js';
import { FORMAT_NAMES, REPORTERS } from '../reporters/index.js';
import type { LintReport } from '../reporters/types.js';

export interface LintCommandOptions {
  paths: string[];
  format: string[];
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  stdinFilename?: string;
  force: boolean;
  version: string;
  /** --config: a configuration file instead of the nearest .alignkit.yaml. */
  config?: string;
  /** --today: the date date-relative rules compare with (YYYY-MM-DD). */
  today?: string;
  /** --sarif-root: the directory SARIF URIs are relative to; default: the repository root, else the current directory. */
  sarifRoot?: string;
  /** --sarif-include-suppressed: keep waived findings in SARIF (as `suppressions`). */
  sarifIncludeSuppressed?: boolean;
  /** --no-ignore: lint files that `ignores:` or `.alignkitignore` would skip. */
  noIgnore?: boolean;
  /** --print-config <file>: print the configuration that applies to this spec instead of linting. */
  printConfig?: string;
}

interface Output {
  format: string;
  /** undefined: standard output */
  file?: string;
}

/** `--format json:report.json` writes that format to a file; `--output-file` applies to the first bare one. */
export function parseOutputs(formats: string[], outputFile: string | undefined): Output[] {
  const outputs = formats.map((spec): Output => {
    const colon = spec.indexOf(':');
    const format = colon < 0 ? spec : spec.slice(0, colon);
    const file = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!REPORTERS[format]) throw new UsageError(`unknown format "${format}"; choose one of: ${FORMAT_NAMES.join(', ')}`);
    if (file === '') throw new UsageError(`--format ${spec}: give a file name after the colon`);
    return { format, file };
  });
  if (outputFile !== undefined) {
    const bare = outputs.find((o) => o.file === undefined);
    if (!bare) throw new UsageError('--output-file needs a --format without its own file');
    bare.file = outputFile;
  }
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) throw new UsageError('only one --format can write to standard output; give the others a file (json:report.json)');
  return outputs;
}

export interface Setup {
  config: Config;
  configDir: string;
  matches: GlobMatcher;
  configFindings: FileResult[];
  today: string;
}

export async function setUp(options: Pick<LintCommandOptions, 'config' | 'today'>, io: Io): Promise<Setup> {
  const today = options.today ?? io.today();
  if (!isCalendarDate(today)) throw new UsageError(`--today "${today}" is not a date; write YYYY-MM-DD`);
  const path = options.config !== undefined ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  if (path === undefined) return { config: DEFAULT_CONFIG, configDir: io.cwd, matches: () => false, configFindings: [], today };
  const { loadConfig } = await import('../io/config-load.js');
  const shown = options.config ?? displayPath(io.cwd, path);
  const loaded = await loadConfig(path, shown, today);
  return {
    config: loaded.config,
    configDir: loaded.dir,
    matches: loaded.matches,
    configFindings: loaded.findings.length > 0 ? [toFileResult(shown, loaded.findings)] : [],
    today,
  };
}

/** The ignore patterns of a run: the configuration's `ignores:`, then the nearest `.alignkitignore`. */
export function ignoreSources(setup: Setup, cwd: string): IgnoreSource[] {
  const sources: IgnoreSource[] = [];
  const fromConfig = setup.config.file.ignores ?? [];
  if (fromConfig.length > 0) sources.push({ shown: `${setup.config.source}: ignores`, dir: setup.configDir, patterns: fromConfig.map((pattern) => ({ pattern, line: 1 })) });
  const file = findIgnoreFile(cwd);
  if (file !== undefined) sources.push(readIgnoreFile(file, displayPath(cwd, file)));
  return sources;
}

/**
 * What applies to one spec, as `--print-config` shows it: where the
 * configuration came from, every rule's severity after presets and overrides,
 * the waivers and whether an ignore pattern skips it. Stable key order.
 */
async function printedConfig(setup: Setup, options: LintCommandOptions, io: Io): Promise<string> {
  const absolute = resolve(io.cwd, options.printConfig!);
  const { rules, waivers } = optionsFor(setup, absolute);
  const severities = new Map((rules ?? []).map((r) => [r.rule.id, r.severity]));
  const ignoredBy = options.noIgnore ? undefined : (await ignoreMatcher(ignoreSources(setup, io.cwd)))(absolute);
  const printed = {
    file: displayPath(io.cwd, absolute),
    configFile: setup.config.source === '' ? null : setup.config.source,
    extends: setup.config.file.extends ?? 'recommended',
    ignored: ignoredBy ?? null,
    rules: Object.fromEntries(
      RULES.map((r) => r.id)
        .sort(compareStrings)
        .map((id) => [id, severities.get(id) ?? 'off']),
    ),
    waivers: (waivers ?? []).map((w) => ({ rule: w.rule, ...(w.pointer !== undefined ? { pointer: w.pointer } : {}), reason: w.reason, ...(w.until ? { until: w.until } : {}), source: w.source })),
    today: setup.today,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/** A typo such as `-o spring.campaign.yaml` must not replace the spec with its own report. */
function refuseReportsOverInputs(outputs: readonly { file?: string }[], inputs: readonly string[], cwd: string): void {
  const specs = new Set(inputs.map((p) => resolve(cwd, p)));
  for (const { file } of outputs) {
    if (file !== undefined && specs.has(resolve(cwd, file))) throw new UsageError(`refusing to write the report to ${file}: it is one of the specs being linted`);
  }
}

/** Options that do not depend on the file (no overrides, no waivers for some files): worked out once per setup. */
const sameForEveryFile = new WeakMap<Setup, LintOptions>();

export function optionsFor(setup: Setup, absolutePath: string): LintOptions {
  const { overrides = [], waivers = [] } = setup.config.file;
  const perFile = overrides.length > 0 || waivers.some((w) => w.files !== undefined);
  if (!perFile) {
    let shared = sameForEveryFile.get(setup);
    if (!shared) sameForEveryFile.set(setup, (shared = optionsForPath(setup, '')));
    return shared;
  }
  return optionsForPath(setup, relative(setup.configDir, absolutePath).split(/[\\/]/).join('/'));
}

function optionsForPath(setup: Setup, specPath: string): LintOptions {
  return {
    rules: activeRules(setup.config, specPath, setup.matches),
    waivers: configWaivers(setup.config, specPath, setup.matches),
    today: setup.today,
  };
}

/**
 * The sign-off ledger next to a spec, for the sign-off rules. Only a spec that
 * has one pays for reading it and for the hashing code.
 */
async function signoffFor(specPath: string, cwd: string, names: DirectoryNames): Promise<{ shown: string; findings: Finding[]; context?: SignoffContext } | undefined> {
  if (!names.has(dirname(specPath), ledgerNameFor(basename(specPath)))) return undefined;
  const [{ ledgerFileFor, readLedger }, { agreementHash }] = await Promise.all([import('../io/ledger.js'), import('../core/signoff/agreement.js')]);
  let file: ReturnType<typeof readLedger>;
  try {
    file = readLedger(specPath, cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const shown = ledgerFileFor(specPath, cwd).shown;
    return { shown, findings: [{ ruleId: 'signoff-ledger', severity: 'error', file: shown, pointer: '', line: 1, column: 1, endLine: 1, endColumn: 1, message: error.message }] };
  }
  const ledger = file.parsed?.ledger;
  return {
    shown: file.shown,
    findings: file.parsed?.findings ?? [],
    ...(ledger ? { context: { ledger, hashOf: (spec) => agreementHash(spec) } } : {}),
  };
}

/**
 * Whether a directory holds a file name. A directory with several of the specs
 * being linted is read once (one call instead of one per spec); for the others
 * the file itself is looked up.
 */
class DirectoryNames {
  readonly #specsIn = new Map<string, number>();
  readonly #names = new Map<string, Set<string> | undefined>();

  constructor(specPaths: readonly string[]) {
    for (const path of specPaths) this.#specsIn.set(dirname(path), (this.#specsIn.get(dirname(path)) ?? 0) + 1);
  }

  has(dir: string, name: string): boolean {
    if ((this.#specsIn.get(dir) ?? 0) < 2) return existsSync(join(dir, name));
    if (!this.#names.has(dir)) {
      let names: Set<string> | undefined;
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = undefined; // unreadable as a directory: look the file up instead
      }
      this.#names.set(dir, names);
    }
    const names = this.#names.get(dir);
    return names ? names.has(name) : existsSync(join(dir, name));
  }
}

export interface LintedSpecFile {
  result: FileResult;
  /** The parsed data, when the YAML could be read. */
  data?: unknown;
  /** Findings about the sign-off ledger file itself (hand edits), when it has any. */
  ledger?: FileResult;
}

/**
 * Lints one spec file as `alignkit lint` does: its configuration, and the
 * sign-off rules when a ledger sits next to it. Every command that reads a
 * spec goes through here, so a spec that fails `lint` fails them too.
 * `signoffRules: false` is for the commands that deal with sign-off
 * themselves (sign, status, checkin): a stale signature must not stop a new one.
 */
export async function lintSpecFile(setup: Setup, absolutePath: string, shown: string, cwd: string, options: { names?: DirectoryNames; signoffRules?: boolean } = {}): Promise<LintedSpecFile> {
  const { bytes, size } = readSpecBytes(absolutePath, shown);
  const signoff = options.signoffRules === false ? undefined : await signoffFor(absolutePath, cwd, options.names ?? new DirectoryNames([absolutePath]));
  const { result, data } = await lintAndParse(shown, bytes, { ...optionsFor(setup, absolutePath), size, ...(signoff?.context ? { signoff: signoff.context } : {}) });
  return { result, ...(data !== undefined ? { data } : {}), ...(signoff && signoff.findings.length > 0 ? { ledger: toFileResult(signoff.shown, signoff.findings) } : {}) };
}

/** The default format: stylish, or GitHub annotations inside GitHub Actions. */
export function defaultFormat(env: Record<string, string | undefined>): string {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const outputs = parseOutputs(options.format.length > 0 ? options.format : [defaultFormat(io.env)], options.outputFile);
  const usesStdin = options.paths.includes('-');
  if (usesStdin && options.paths.length > 1) throw new UsageError('"-" (standard input) cannot be combined with other paths');
  if (options.stdinFilename !== undefined && !usesStdin) throw new UsageError('--stdin-filename only applies when the path is "-"');

  const setup = await setUp(options, io);
  if (options.printConfig !== undefined) {
    if (options.paths.length > 0) throw new UsageError('--print-config takes one spec and no other paths');
    io.stdout.write(await printedConfig(setup, options, io));
    return EXIT.clean;
  }
  const results: FileResult[] = [...setup.configFindings];
  if (usesStdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const bytes = await io.readStdin();
    results.push(await lintSource(name, bytes, optionsFor(setup, resolve(io.cwd, options.stdinFilename ?? 'stdin.campaign.yaml'))));
  } else {
    const { files, ignoredExplicitly } = await discoverSpecs(
      options.paths.length > 0 ? options.paths : ['.'],
      io.cwd,
      options.noIgnore ? undefined : await ignoreMatcher(ignoreSources(setup, io.cwd)),
    );
    for (const skipped of ignoredExplicitly) io.stderr.write(`alignkit: ${skipped.shown} is ignored by ${skipped.reason}; --no-ignore lints it\n`);
    refuseReportsOverInputs(
      outputs,
      files.map((f) => f.path),
      io.cwd,
    );
    const names = new DirectoryNames(files.map((f) => f.path));
    for (const file of files) {
      const linted = await lintSpecFile(setup, file.path, file.shown, io.cwd, { names });
      results.push(linted.result);
      if (linted.ledger) results.push(linted.ledger);
    }
  }

  const shown = options.quiet
    ? results.map((r) => ({
        ...r,
        findings: r.findings.filter((f) => f.severity === 'error'),
        warningCount: 0,
        suppressedCount: r.findings.filter((f) => f.severity === 'error' && f.suppressions).length,
      }))
    : results;
  const report: LintReport = {
    results: shown,
    errorCount: shown.reduce((n, r) => n + r.errorCount, 0),
    warningCount: shown.reduce((n, r) => n + r.warningCount, 0),
    suppressedCount: shown.reduce((n, r) => n + r.suppressedCount, 0),
    maxWarnings: options.maxWarnings,
  };
  const wantsSarif = outputs.some((o) => o.format === 'sarif');
  const rules = wantsSarif ? allRuleMeta() : [];
  const sarif = wantsSarif
    ? { cwd: io.cwd, root: options.sarifRoot === undefined ? (findRepositoryRoot(io.cwd) ?? io.cwd) : resolve(io.cwd, options.sarifRoot), includeSuppressed: options.sarifIncludeSuppressed ?? false }
    : undefined;

  for (const output of outputs) {
    const stream = output.file === undefined ? io.stdout : undefined;
    const color = stream ? colorLevel(options.color, io.env, stream) : 0;
    const text = REPORTERS[output.format]!(report, { color, version: options.version, rules, ...(sarif ? { sarif } : {}) });
    if (stream) stream.write(text);
    // A report is an output, replaced on every run as ESLint and Spectral do.
    else writeFileWhole(resolve(io.cwd, output.file!), text, output.file!);
  }

  const tooManyWarnings = options.maxWarnings >= 0 && report.warningCount > options.maxWarnings;
  return report.errorCount > 0 || tooManyWarnings ? EXIT.findings : EXIT.clean;
}
