/** `alignkit lint`: find specs, lint each, report, pick the exit code. */
import { resolve } from 'node:path';
import { colorLevel } from '../cli/color.js';
import { EXIT, UsageError } from '../cli/errors.js';
import type { Io } from '../cli/io.js';
import type { FileResult } from '../core/finding.js';
import { lintSource } from '../core/lint.js';
import { discoverSpecs } from '../io/discover.js';
import { readSpecBytes, writeOutputFile } from '../io/files.js';
import { FORMAT_NAMES, REPORTERS } from '../reporters/index.js';
import type { LintReport } from '../reporters/types.js';

export interface LintOptions {
  paths: string[];
  format: string[];
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  stdinFilename?: string;
  force: boolean;
  version: string;
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

async function lintStdin(options: LintOptions, io: Io): Promise<FileResult> {
  const bytes = await io.readStdin();
  return lintSource(options.stdinFilename ?? '<stdin>', bytes);
}

export async function runLint(options: LintOptions, io: Io): Promise<number> {
  const outputs = parseOutputs(options.format, options.outputFile);
  const usesStdin = options.paths.includes('-');
  if (usesStdin && options.paths.length > 1) throw new UsageError('"-" (standard input) cannot be combined with other paths');
  if (options.stdinFilename !== undefined && !usesStdin) throw new UsageError('--stdin-filename only applies when the path is "-"');

  const results: FileResult[] = [];
  if (usesStdin) {
    results.push(await lintStdin(options, io));
  } else {
    const files = await discoverSpecs(options.paths.length > 0 ? options.paths : ['.'], io.cwd);
    for (const file of files) {
      const { bytes, size } = readSpecBytes(file.path, file.shown);
      results.push(await lintSource(file.shown, bytes, { size }));
    }
  }

  const shown = options.quiet
    ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error'), warningCount: 0 }))
    : results;
  const report: LintReport = {
    results: shown,
    errorCount: shown.reduce((n, r) => n + r.errorCount, 0),
    warningCount: shown.reduce((n, r) => n + r.warningCount, 0),
    maxWarnings: options.maxWarnings,
  };

  for (const output of outputs) {
    const stream = output.file === undefined ? io.stdout : undefined;
    const color = stream ? colorLevel(options.color, io.env, stream) : 0;
    const text = REPORTERS[output.format]!(report, { color, version: options.version });
    if (stream) stream.write(text);
    else await writeOutputFile(resolve(io.cwd, output.file!), text, { force: options.force, shown: output.file! });
  }

  const tooManyWarnings = options.maxWarnings >= 0 && report.warningCount > options.maxWarnings;
  return report.errorCount > 0 || tooManyWarnings ? EXIT.findings : EXIT.clean;
}
