/** Reading inputs and writing outputs; the only place commands touch the file system. */
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { MAX_SPEC_BYTES } from '../core/spec/source.js';
import { UsageError } from '../cli/errors.js';

function describe(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a directory`;
    default:
      return `${path}: ${error.message}`;
  }
}

/**
 * Reads a spec, but never more than the size limit plus one byte: a 10 GB file
 * is reported as too large without being loaded.
 */
export function readSpecBytes(path: string, shown = path): { bytes: Uint8Array; size: number } {
  try {
    const fd = openSync(path, 'r');
    try {
      const limit = MAX_SPEC_BYTES + 1;
      const size = fstatSync(fd).size;
      // Not zero-filled: only the bytes read are handed out.
      const buffer = Buffer.allocUnsafe(Math.min(size || limit, limit));
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return { bytes: buffer.subarray(0, read), size: Math.max(size, read) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`cannot read ${describe(error as NodeJS.ErrnoException, shown)}`);
  }
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
 * Writes a whole file or nothing: a temporary file in the same directory, then a
 * rename. Refuses to replace an existing file unless `force`.
 */
export async function writeOutputFile(path: string, content: string, options: { force: boolean; shown?: string }): Promise<void> {
  const shown = options.shown ?? path;
  if (!options.force && exists(path)) throw new UsageError(`${shown} already exists; pass --force to replace it`);
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    throw new UsageError(`cannot write ${describe(error as NodeJS.ErrnoException, shown)}`);
  }
}
