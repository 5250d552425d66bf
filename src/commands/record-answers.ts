/**
 * Answers files that become records next to a spec (check-ins, wrap reports,
 * incidents): read with positions, then written with a header alignkit fills
 * in (the written-by line, apiVersion, kind, campaign, …) followed by the
 * answers exactly as written, comments included. Findings on the record map
 * back to the answers file's lines.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { displayPath } from '../io/display-path.js';
import type { Finding, FileResult } from '../core/finding.js';
import { decodeSource } from '../core/spec/source.js';
import { parseYaml } from '../core/spec/yaml-document.js';
import { type DocumentKind, otherKindProblem } from '../core/validate/document-kinds.js';
import { EXIT, UsageError, isPromptInterrupt } from '../errors.js';
import { draftPath, removeDraft } from '../io/drafts.js';
import { makeFolders, readSpecBytes, writeFileWhole, writeFilesWhole, type FileToWrite } from '../io/files.js';
import { planOutputDir } from '../io/output-dir.js';
import type { Io } from '../io/process-io.js';

export interface Answers {
  text: string;
  given: Record<string, unknown>;
}

/**
 * Reads an answers file: a block-style YAML mapping, or a usage error naming file:line:col. Another alignkit
 * document handed over as answers (a campaign spec, a follow-up) is refused at its `kind`.
 */
export function readAnswers(cwd: string, shown: string, what: string, becomes: DocumentKind): Answers {
  const decoded = decodeSource(readSpecBytes(resolve(cwd, shown), shown).bytes);
  if (!decoded.ok) throw new UsageError(`${shown}:${decoded.line}:${decoded.column}: the file ${decoded.message}`);
  const parsed = parseYaml(decoded.text);
  const first = parsed.problems[0];
  if (first) throw new UsageError(`${shown}:${first.line}:${first.column}: ${first.message}`);
  const answers = parsed.data;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers) || /^\s*(#.*\n\s*)*[{[]/.test(decoded.text)) {
    throw new UsageError(`${shown}: the answers must be a YAML mapping in block style (${what})`);
  }
  const other = otherKindProblem(answers, becomes);
  if (other) {
    const at = parsed.locate(other.pointer, other.target);
    throw new UsageError(`${shown}:${at.line}:${at.column}: ${other.message.replace(/^This/, 'this')}; give the answers file (${what})`);
  }
  return { text: decoded.text, given: answers as Record<string, unknown> };
}

/** The record's text: `fill` entries the answers leave out are written first, in order. */
export function recordText(answers: Answers, writtenBy: string, fill: [key: string, line: string][]): { text: string; offset: number } {
  const header = [`# Written by \`${writtenBy}\`.`, ...fill.filter(([key]) => answers.given[key] === undefined).map(([, line]) => line)];
  const body = answers.text.replace(/\r\n?/g, '\n');
  return { text: `${header.join('\n')}\n${body.endsWith('\n') ? body : `${body}\n`}`, offset: header.length };
}

/** Findings on a record, moved back onto the answers file; a finding in the filled-in header points at the first line. */
export function onAnswers(result: FileResult, offset: number): FileResult {
  const shifted: Finding[] = result.findings.map((f) =>
    f.line > offset ? { ...f, line: f.line - offset, endLine: Math.max(f.endLine - offset, 1) } : { ...f, line: 1, column: 1, endLine: 1, endColumn: 1 },
  );
  return { ...result, findings: shifted };
}

/**
 * Asks on the terminal and keeps the answers, after every one, in a draft
 * answers file; returns its path, or 130 on Ctrl-C with the draft kept and the
 * command that finishes from it.
 */
export async function askIntoDraft(
  io: Io,
  draft: { name: string; heading: string; resume: (shown: string) => string },
  ask: (save: (answers: Record<string, unknown>) => Promise<void>) => Promise<unknown>,
): Promise<string | number> {
  const { stringify } = await import('yaml');
  const path = draftPath(io.cwd, draft.name);
  const shown = displayPath(io.cwd, path);
  const save = async (answers: Record<string, unknown>) => {
    makeFolders(dirname(path));
    writeFileWhole(path, `# ${draft.heading}, saved as they were given.\n${stringify(answers, { lineWidth: 0 })}`, shown);
  };
  try {
    await ask(save);
  } catch (error) {
    if (isPromptInterrupt(error)) {
      io.stderr.write(`\nalignkit: interrupted. The answers so far are in ${shown}; finish them there and run: ${draft.resume(shown)}\n`);
      return EXIT.interrupted;
    }
    throw error;
  }
  return path;
}

/**
 * `--out -` and `--docs -` of checkin, wrap and incident: elsewhere "-" is
 * standard output, but a record is a file the next commands read (due, wrap,
 * render), and documents go to a directory. Refused before any question.
 */
export function refuseStandardOutput(options: { out?: string; docs?: string }): void {
  if (options.out === '-') throw new UsageError('the record is a file the next commands read; give --out a file name, or leave it out for the one next to the spec');
  if (options.docs === '-') throw new UsageError('--docs is the directory the document goes to; give a directory, or leave it out for out/<campaign-id>');
}

/**
 * Writes a record next to the spec and, if rendered, its document into the
 * output directory: together or not at all, and never over an existing file
 * without --force. Prints what it wrote.
 */
export function writeRecord(io: Io, record: { path: string; text: string; force: boolean; taken?: string }, document?: { dir: string; fileName: string; content: string }): void {
  const shown = displayPath(io.cwd, record.path);
  if (!record.force && existsSync(record.path)) throw new UsageError(`${shown} already exists; pass --force to replace it${record.taken ?? ''}`);
  const files: FileToWrite[] = [{ path: record.path, content: record.text, shown }];
  if (document) {
    const dir = resolve(io.cwd, document.dir);
    files.push(...planOutputDir(dir, displayPath(io.cwd, dir), [{ fileName: document.fileName, content: document.content }], record.force));
  }
  writeFilesWhole(files);
  for (const f of files) io.stdout.write(`wrote ${f.shown}\n`);
}

/**
 * Records from the answers file given, or from answers asked on the terminal
 * into a draft, which is removed once the record is written.
 */
export async function fromAnswersOrAsked<O extends { answers?: string }>(
  options: O,
  io: Io,
  ask: () => Promise<string | number>,
  record: (options: O & { answers: string }) => Promise<number>,
): Promise<number> {
  if (options.answers !== undefined) return record(options as O & { answers: string });
  const asked = await ask();
  if (typeof asked === 'number') return asked;
  const code = await record({ ...options, answers: relative(io.cwd, asked) || asked });
  if (code === EXIT.clean) removeDraft(asked);
  return code;
}
