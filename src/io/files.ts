/**
 * Reading inputs and writing outputs; the only place commands touch file contents.
 *
 * Reads are bounded and refuse anything that is not a regular file: a FIFO
 * would hang the run, `/dev/zero` would grow without end. Writes are whole or
 * nothing: a temporary file next to the target, every byte written (a short
 * write on a full disk is an error, not a truncated file), flushed, its size
 * checked, then renamed over the target. Until the rename the old file is
 * untouched, so a full disk or an I/O error keeps what was there. A target
 * that is not a regular file (/dev/null, /dev/stderr, a pipe) is written
 * into, never renamed over: replacing /dev/null with a file breaks the machine.
 */
// Named imports: a namespace import (`import * as fs`) is copied export by export when the program starts, which
// loads Node's fs/dir module on every run (0.66 ms in a profile of a lint on Node 26).
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_SPEC_BYTES } from '../core/spec/source.js';
import { UsageError } from '../errors.js';
import { englishNumber } from '../core/number-text.js';

/** Node's own calls, which every write makes unless a test gives others. */
const NODE_CALLS = { openSync, writeSync, fsyncSync, fstatSync, fchmodSync, closeSync, renameSync, unlinkSync, statSync, realpathSync };

/** The calls the writer makes, so a test can make one of them fail as a full or broken disk would. */
export type WriteCalls = typeof NODE_CALLS;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EFBIG: 'file too large for the file system',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EEXIST: 'a file is in the way',
};

/** A system error as a few words a person can act on: "no space left on the device (ENOSPC)". */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code]) return `${REASONS[code]} (${code})`;
  return (error as Error | undefined)?.message ?? String(error);
}

function describe(error: NodeJS.ErrnoException, path: string): string {
  return `${path}: ${describeSystemError(error)}`;
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file, but never more than `limit` plus one byte: a 10 GB
 * file is reported as too large (by the caller, from `size`) without being
 * loaded. Opened non-blocking so that a FIFO is refused instead of waiting
 * for a writer; a link is followed and what it points at must be a file too.
 */
export function readRegularFile(path: string, shown = path, limit = MAX_SPEC_BYTES, what = ''): { bytes: Buffer; size: number } {
  const prefix = what ? `${what} ` : '';
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(`cannot read ${prefix}${describe(error as NodeJS.ErrnoException, shown)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`cannot read ${prefix}${shown}: it is ${kindOf(stat)}, not a regular file`);
    const size = stat.size;
    // Not zero-filled: only the bytes read are handed out.
    // A file that reports size 0 (a /proc file) may still hold bytes: read up to the limit.
    const buffer = Buffer.allocUnsafe(Math.min(size || limit + 1, limit + 1));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: buffer.subarray(0, read), size: Math.max(size, read) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${prefix}${describe(error as NodeJS.ErrnoException, shown)}`);
  } finally {
    closeSync(fd);
  }
}

/** A spec, follow-up or answers file: at most the spec size limit (the caller reports a larger size). */
export function readSpecBytes(path: string, shown = path): { bytes: Uint8Array; size: number } {
  return readRegularFile(path, shown, MAX_SPEC_BYTES);
}

/** A small text input (configuration, template, draft, ledger) read whole, refused beyond `limit` bytes. */
export function readTextInput(path: string, shown: string, what: string, limit = MAX_SPEC_BYTES): Buffer {
  const { bytes, size } = readRegularFile(path, shown, limit, what);
  if (size > limit) throw new UsageError(`${shown}: the ${what} is ${englishNumber(size)} bytes, more than the ${englishNumber(limit)} bytes alignkit reads`);
  return bytes;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `mkdir -p`, without Node's `recursive: true`: on Node 20-24 that spins for
 * ever where a folder exists but cannot hold children, as under /proc (the
 * kernel answers ENOENT, Node makes the parent again, and again). Each missing
 * folder is made once, from the top; the first failure is thrown.
 */
export function makeFolders(path: string, mode?: number): void {
  const missing: string[] = [];
  for (let dir = resolve(path); !existsSync(dir); dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, mode === undefined ? undefined : { mode });
    } catch (error) {
      // Made meanwhile by another run, or a link that leads nowhere: the next folder down says which.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Whether a path (after its links) is a device or a pipe, such as /dev/stdout or /dev/null: written into, never replaced. */
export function isDeviceOrPipe(path: string, calls: Pick<WriteCalls, 'statSync'> = NODE_CALLS): boolean {
  try {
    const stat = calls.statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

function writeFailure(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
  /** As named in messages. */
  shown: string;
}

interface Prepared {
  file: FileToWrite;
  target: string;
  /** Undefined for a target written in place (a device or a pipe). */
  temporary: string | undefined;
  existed: boolean;
  bytes: Uint8Array;
}

function removeQuietly(path: string | undefined, calls: WriteCalls): void {
  if (path === undefined) return;
  try {
    calls.unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}

/** Writes the content to a temporary file next to the target: every byte, flushed, size checked. */
function prepare(file: FileToWrite, calls: WriteCalls): Prepared {
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
  // A device or a pipe (/dev/null, /dev/stdout) has no content to keep whole: it gets the bytes, where it is named,
  // when the files are renamed into place. Asked before resolving links: /dev/stdout leads to no path for a pipe.
  if (isDeviceOrPipe(file.path, calls)) return { file, target: file.path, temporary: undefined, existed: true, bytes };
  let target = file.path;
  try {
    target = calls.realpathSync(file.path);
  } catch {
    // Not there yet: written where asked.
  }
  let mode: number | undefined;
  try {
    mode = calls.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${temporarySuffix()}.tmp`);
  let fd: number | undefined;
  try {
    fd = calls.openSync(temporary, 'wx', mode ?? 0o666);
    if (mode !== undefined) calls.fchmodSync(fd, mode);
    writeEveryByte(fd, bytes, calls, 'file');
    calls.fsyncSync(fd);
    const size = calls.fstatSync(fd).size;
    if (size !== bytes.length) throw writeFailure('EIO', `${size} of ${bytes.length} bytes reached the disk`);
    calls.closeSync(fd);
    fd = undefined;
    return { file, target, temporary, existed: mode !== undefined, bytes };
  } catch (error) {
    if (fd !== undefined) {
      try {
        calls.closeSync(fd);
      } catch {
        // The descriptor is gone either way.
      }
    }
    removeQuietly(temporary, calls);
    throw error;
  }
}

function failed(file: FileToWrite, existed: boolean, error: unknown, others: number): UsageError {
  const kept = others > 0 ? 'no file was changed' : existed ? 'the file was left as it was' : 'nothing was written';
  return new UsageError(`cannot write ${file.shown}: ${describeSystemError(error)}; ${kept}`);
}

/**
 * Writes several files as one change: every content goes to a temporary file
 * first, and only when all of them are complete on disk are they renamed into
 * place. A full disk part-way leaves every file as it was (exit 2, the file
 * named); documents of one render never mix two versions.
 */
export function writeFilesWhole(files: readonly FileToWrite[], calls: WriteCalls = NODE_CALLS): void {
  const prepared: Prepared[] = [];
  for (const file of files) {
    try {
      prepared.push(prepare(file, calls));
    } catch (error) {
      for (const p of prepared) removeQuietly(p.temporary, calls);
      let existed = false;
      try {
        existed = calls.statSync(file.path).isFile();
      } catch {
        existed = false;
      }
      throw failed(file, existed, error, files.length - 1);
    }
  }
  for (const [i, p] of prepared.entries()) {
    try {
      if (p.temporary === undefined) writeInPlace(p.target, p.bytes, calls);
      else calls.renameSync(p.temporary, p.target);
    } catch (error) {
      for (const rest of prepared.slice(i)) removeQuietly(rest.temporary, calls);
      // A rename that fails after others succeeded is rare (the disk has the bytes already); say which files changed.
      const done = prepared.slice(0, i).map((d) => d.file.shown);
      if (done.length === 0) throw failed(p.file, p.existed, error, files.length - 1);
      throw new UsageError(`cannot write ${p.file.shown}: ${describeSystemError(error)}; ${done.join(', ')} ${done.length === 1 ? 'was' : 'were'} already replaced`);
    }
  }
  for (const dir of new Set(prepared.filter((p) => p.temporary !== undefined).map((p) => dirname(p.target)))) syncDirectory(dir);
}

/** Into a device or a pipe, from its current position: no temporary file, no offsets (a pipe has none). */
function writeInPlace(target: string, bytes: Uint8Array, calls: WriteCalls): void {
  const fd = calls.openSync(target, 'w');
  try {
    writeEveryByte(fd, bytes, calls, 'device');
  } finally {
    calls.closeSync(fd);
  }
}

/** Every byte, or an error: a write that takes nothing is a full disk, not a finished one. A file is written at offsets, a device or a pipe where it stands. */
function writeEveryByte(fd: number, bytes: Uint8Array, calls: WriteCalls, into: 'file' | 'device'): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = into === 'file' ? calls.writeSync(fd, bytes, offset, bytes.length - offset, offset) : calls.writeSync(fd, bytes, offset, bytes.length - offset);
    if (!(n > 0)) throw into === 'file' ? writeFailure('ENOSPC', 'the disk took no more bytes') : writeFailure('EIO', 'the device took no more bytes');
    offset += n;
  }
}

/**
 * Replaces `path` with `content`, whole or not at all, or throws a
 * UsageError (exit 2) that names the file and says the old content is kept.
 * A link is replaced where it points, so a spec kept behind a link stays there.
 */
export function writeFileWhole(path: string, content: string | Uint8Array, shown = path, calls: WriteCalls = NODE_CALLS): void {
  writeFilesWhole([{ path, content, shown }], calls);
}

/** Makes the rename itself durable; a file system that cannot sync a directory loses nothing by it. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the content is already complete under its name.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a file a person asked for; refuses to replace an existing one unless `force`. */
export function writeOutputFile(path: string, content: string, options: { force: boolean; shown?: string }): void {
  const shown = options.shown ?? path;
  if (!options.force && exists(path)) throw new UsageError(`${shown} already exists; pass --force to replace it`);
  writeFileWhole(path, content, shown);
}

/**
 * A suffix no other write of this process uses. Uniqueness within the process
 * is enough (the pid is in the name, and the file is opened with `wx`), so
 * node:crypto, a few milliseconds of every lint's start-up, is not loaded for it.
 */
let writes = 0;
function temporarySuffix(): string {
  writes += 1;
  return `${writes.toString(36)}${Math.floor(Math.random() * 0x1000000).toString(16)}`;
}
