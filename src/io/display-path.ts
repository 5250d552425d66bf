import { isAbsolute, relative, sep } from 'node:path';

/**
 * A path as messages and reports show it: relative to the working directory with forward slashes when it lies
 * inside it, else absolute as given ("../../tmp/out" would send a reader hunting for a path they never typed).
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const shown = rel === '' ? '.' : outside ? path : rel;
  return shown.split(sep).join('/');
}
