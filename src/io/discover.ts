/** Expands the paths given to `alignkit lint` into a sorted list of spec files. */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { compareStrings } from '../core/finding.js';

export const SPEC_SUFFIXES = ['.campaign.yaml', '.campaign.yml'];
const SKIPPED_DIRECTORIES = new Set(['node_modules']);
const GLOB_CHARS = /[*?[\]{}]/;

export interface SpecFile {
  /** Absolute path, for reading. */
  path: string;
  /** Path relative to the working directory with forward slashes, for reports. */
  shown: string;
}

export const isSpecFileName = (name: string): boolean => SPEC_SUFFIXES.some((s) => name.endsWith(s));

export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

function walk(directory: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read directory ${directory}: ${(error as Error).message}`);
  }
  for (const entry of entries) {
    const full = join(directory, entry.name);
    // Hidden directories hold tool state (.git, .alignkit/drafts), not specs.
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full, out);
    else if (entry.isFile() && isSpecFileName(entry.name)) out.push(full);
  }
}

export async function discoverSpecs(patterns: readonly string[], cwd: string): Promise<SpecFile[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const files: string[] = [];
      walk(absolute, files);
      if (files.length === 0) {
        throw new UsageError(`no campaign specs in ${pattern} (looked for ${SPEC_SUFFIXES.map((s) => `*${s}`).join(', ')})`);
      }
      files.forEach((f) => found.add(f));
    } else if (stat) {
      // A file named explicitly is linted whatever its name.
      found.add(absolute);
    } else if (GLOB_CHARS.test(pattern)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], onlyFiles: true });
      if (matches.length === 0) throw new UsageError(`no files match ${pattern}`);
      matches.forEach((m) => found.add(resolve(m)));
    } else {
      throw new UsageError(`${pattern}: no such file or directory`);
    }
  }
  return [...found]
    .map((path) => ({ path, shown: displayPath(cwd, path) }))
    .sort((a, b) => compareStrings(a.shown, b.shown));
}
