/**
 * Which spec files `alignkit lint` skips: `ignores:` in the configuration and
 * the nearest `.alignkitignore`, both in gitignore syntax and relative to the
 * file that holds them (as ESLint's and git's ignore files are).
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { findNearest } from './config-find.js';
import { readTextInput } from './files.js';

export const IGNORE_FILE_NAME = '.alignkitignore';

export interface IgnoreSource {
  /** Where the patterns come from, as shown in messages (".alignkitignore", ".alignkit.yaml: ignores"). */
  shown: string;
  /** The directory the patterns are relative to. */
  dir: string;
  /** Each pattern with the line it is on (1 for configuration entries, which name their index instead). */
  patterns: { pattern: string; line: number }[];
}

/** Why a file is skipped: the source and the pattern that matched. */
export type IgnoreReason = string;

export type IgnoreMatcher = (absolutePath: string) => IgnoreReason | undefined;

/** The nearest `.alignkitignore` from a directory up to the repository root. */
export function findIgnoreFile(startDir: string): string | undefined {
  return findNearest(startDir, [IGNORE_FILE_NAME]);
}

/** An ignore file's patterns: gitignore syntax, blank lines and `#` comments skipped. */
export function readIgnoreFile(path: string, shown: string): IgnoreSource {
  const text = readTextInput(path, shown, 'ignore file')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const patterns = text.split(/\r?\n/).flatMap((raw, i) => {
    const pattern = raw.replace(/(?<!\\)\s+$/, '');
    return pattern === '' || pattern.startsWith('#') ? [] : [{ pattern, line: i + 1 }];
  });
  return { shown, dir: dirname(path), patterns };
}

/** The matcher for some sources; the gitignore engine is loaded only when there are patterns. */
export async function ignoreMatcher(sources: readonly IgnoreSource[]): Promise<IgnoreMatcher> {
  const withPatterns = sources.filter((s) => s.patterns.length > 0);
  if (withPatterns.length === 0) return () => undefined;
  const { default: ignore } = await import('ignore');
  const compiled = withPatterns.map((source) => ({ source, rules: ignore().add(source.patterns.map((p) => p.pattern)) }));
  return (absolutePath) => {
    for (const { source, rules } of compiled) {
      const rel = relative(source.dir, absolutePath);
      // Patterns reach only below the directory of the file that holds them.
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
      const verdict = rules.test(rel.split(sep).join('/'));
      if (!verdict.ignored) continue;
      const hit = source.patterns.find((p) => p.pattern === verdict.rule?.pattern);
      return `${source.shown}${hit && hit.line > 1 ? `:${hit.line}` : ''} "${verdict.rule?.pattern ?? ''}"`;
    }
    return undefined;
  };
}
