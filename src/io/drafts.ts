/**
 * Kickoff drafts: `.alignkit/drafts/<name>.yaml`, rewritten atomically after
 * every answer so an interrupted interview (Ctrl-C, a closed laptop, a killed
 * process) loses nothing.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { UsageError } from '../errors.js';
import { makeFolders, readTextInput, writeFileWhole } from './files.js';
import type { InterviewState } from '../core/interview/interview.js';
import { isRecord } from '../core/spec/plain-data.js';

export const DRAFT_DIR = join('.alignkit', 'drafts');
const FORMAT = 1;

export interface DraftFile {
  state: InterviewState;
  /** The spec file the interview will write, when --out was given. */
  out?: string;
}

export function draftDir(cwd: string): string {
  return join(cwd, DRAFT_DIR);
}

/** The names of the drafts waiting to be resumed, sorted. */
export function listDrafts(cwd: string): string[] {
  try {
    return readdirSync(draftDir(cwd))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

export function draftPath(cwd: string, name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UsageError(`"${name}" is not a draft name (drafts are named by campaign id)`);
  return join(draftDir(cwd), `${name}.yaml`);
}

export function writeDraft(path: string, draft: DraftFile, shown?: string, command = 'alignkit'): void {
  makeFolders(join(path, '..'));
  const text = [
    `# An unfinished alignkit kickoff. Continue it with: ${command} kickoff --resume`,
    stringify(
      {
        alignkit_draft: FORMAT,
        preset: draft.state.preset,
        ...(draft.out ? { out: draft.out } : {}),
        ...(draft.state.depth ? { depth: draft.state.depth } : {}),
        ...(draft.state.sections ? { sections: draft.state.sections } : {}),
        ...(draft.state.notices ? { notices: draft.state.notices } : {}),
        answered: draft.state.answered,
        spec: draft.state.spec,
      },
      { lineWidth: 0 },
    ),
  ].join('\n');
  writeFileWhole(path, text, shown ?? path);
}

export function readDraft(path: string, shown: string): DraftFile {
  let text: string;
  try {
    if (lstatSync(path).isSymbolicLink()) throw new UsageError(`${shown} is a symbolic link; drafts must be plain files`);
    text = readTextInput(path, shown, 'draft').toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the draft ${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    const { line, col } = error!.linePos?.[0] ?? { line: 1, col: 1 };
    throw new UsageError(`${shown}:${line}:${col}: the draft is not valid YAML (${error!.message.split('\n')[0]})`);
  }
  const data: unknown = doc.toJS();
  if (!isRecord(data) || data.alignkit_draft !== FORMAT || typeof data.preset !== 'string' || !isRecord(data.answered) || !isRecord(data.spec)) {
    throw new UsageError(`${shown}: not an alignkit kickoff draft (format ${FORMAT})`);
  }
  return {
    state: {
      preset: data.preset,
      answered: data.answered,
      spec: data.spec,
      ...(data.depth === 'essentials' || data.depth === 'full' ? { depth: data.depth } : {}),
      ...(Array.isArray(data.sections) ? { sections: data.sections.map(String) } : {}),
      ...(isRecord(data.notices) ? { notices: Object.fromEntries(Object.entries(data.notices).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) } : {}),
    },
    ...(typeof data.out === 'string' ? { out: data.out } : {}),
  };
}

export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}
