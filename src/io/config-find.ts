/** Finds `.alignkit.yaml` from a directory up to the repository root. Cheap: stat calls only. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CONFIG_NAMES = ['.alignkit.yaml', '.alignkit.yml'];

export function findConfig(startDir: string): string | undefined {
  return findNearest(startDir, CONFIG_NAMES);
}

/** The first of some file names in a directory or its parents, up to the repository root. */
export function findNearest(startDir: string, names: readonly string[]): string | undefined {
  let dir = startDir;
  for (;;) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    // The repository root is as far as a project's configuration reaches.
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The repository root above a directory (the nearest folder with `.git`, a directory or a worktree's file), if any. */
export function findRepositoryRoot(startDir: string): string | undefined {
  let dir = startDir;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
