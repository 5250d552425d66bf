/**
 * Reading and appending to the sign-off ledger next to a spec. Appending
 * never loses a signature: the file is re-read just before the write and the
 * write is refused if it changed meanwhile; the new text is checked to hold
 * every earlier signature; the write is atomic (temp file + rename).
 */
import { lstatSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from './display-path.js';
import { UsageError } from '../errors.js';
import { readTextInput, writeFileWhole } from './files.js';
import { ledgerNameFor } from '../core/spec/file-names.js';
import { ledgerText, parseLedger, type Ledger, type ParsedLedger } from '../core/signoff/ledger.js';

export interface LedgerFile {
  path: string;
  /** As shown in messages: relative to the working directory. */
  shown: string;
  /** The bytes read, to detect a concurrent change before writing; undefined when there is no ledger yet. */
  text?: string;
  parsed?: ParsedLedger;
}

/** Ledgers are small; anything beyond this is not one alignkit wrote. */
const MAX_LEDGER_BYTES = 20 * 1024 * 1024;

export function ledgerFileFor(specPath: string, cwd: string): Pick<LedgerFile, 'path' | 'shown'> {
  const path = join(dirname(specPath), ledgerNameFor(basename(specPath)));
  return { path, shown: displayPath(cwd, path) };
}

export function readLedger(specPath: string, cwd: string): LedgerFile {
  const file = ledgerFileFor(specPath, cwd);
  let stat: Stats;
  try {
    stat = lstatSync(file.path);
  } catch {
    return file;
  }
  if (stat.isSymbolicLink()) throw new UsageError(`${file.shown} is a symbolic link; alignkit reads and writes the sign-off ledger only as a regular file`);
  if (!stat.isFile()) throw new UsageError(`${file.shown} is not a file`);
  if (stat.size > MAX_LEDGER_BYTES) throw new UsageError(`${file.shown} is ${Math.round(stat.size / 1048576)} MB, larger than a sign-off ledger can be; it was not written by alignkit`);
  const bytes = readTextInput(file.path, file.shown, 'sign-off ledger', MAX_LEDGER_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file.shown} is not UTF-8 text; it was not written by alignkit`);
  }
  return { ...file, text, parsed: parseLedger(file.shown, text) };
}

function sameSignatures(before: Ledger, after: Ledger): boolean {
  return before.signatures.every((s, i) => JSON.stringify(s) === JSON.stringify(after.signatures[i]));
}

/** Writes the ledger with one more signature, keeping every earlier one. */
export function appendToLedger(file: LedgerFile, next: Ledger, specName: string): void {
  const previous = file.parsed?.ledger;
  const text = ledgerText(next, specName);
  const reread = parseLedger(file.shown, text);
  if (!reread.ledger || reread.findings.length > 0 || (previous && !sameSignatures(previous, reread.ledger)) || reread.ledger.signatures.length !== next.signatures.length) {
    throw new Error(`the new ledger text for ${file.shown} does not read back as written`);
  }
  let current: string | undefined;
  try {
    current = readTextInput(file.path, file.shown, 'sign-off ledger', MAX_LEDGER_BYTES).toString('utf8');
  } catch {
    current = undefined;
  }
  if (current !== file.text) throw new UsageError(`${file.shown} changed while signing (someone else signed?); run the command again`);
  writeFileWhole(file.path, text, file.shown);
}
