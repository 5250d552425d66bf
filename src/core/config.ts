/**
 * Configuration: which rules run at which severity for a given spec, and which
 * findings the team has waived. Pure: the loader (io/config-load.ts) reads and
 * validates the file; glob matching is passed in.
 */
import type { Severity } from './finding.js';
import { RULES } from './rules/index.js';
import type { ActiveRule, Rule } from './rules/types.js';
import type { ConfigWaiver } from './waivers.js';

export type SeveritySetting = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type Globs = string | string[];

export interface ConfigFile {
  extends?: 'recommended' | 'strict';
  /** gitignore-style patterns, relative to the configuration file, of specs `lint` skips. */
  ignores?: string[];
  rules?: Record<string, SeveritySetting>;
  overrides?: { files: Globs; rules: Record<string, SeveritySetting> }[];
  waivers?: { rule: string; files?: Globs; pointer?: string; reason: string; until?: string }[];
}

export interface Config {
  file: ConfigFile;
  /** Where it was read from ("" for the built-in default), shown in messages. */
  source: string;
}

/** Does a spec path (relative to the configuration, with forward slashes) match some glob? */
export type GlobMatcher = (path: string, globs: Globs) => boolean;

export const DEFAULT_CONFIG: Config = { file: { extends: 'recommended' }, source: '' };

function toSeverity(setting: SeveritySetting): Severity | 'off' {
  if (setting === 'off' || setting === 0) return 'off';
  return setting === 'warn' || setting === 1 ? 'warning' : 'error';
}

export function activeRules(config: Config, specPath: string, matches: GlobMatcher, registry: readonly Rule[] = RULES): ActiveRule[] {
  const strict = config.file.extends === 'strict';
  const severities = new Map<string, Severity | 'off'>(registry.map((r) => [r.id, strict ? 'error' : r.severity]));
  const apply = (rules: Record<string, SeveritySetting> | undefined) => {
    for (const [id, setting] of Object.entries(rules ?? {})) if (severities.has(id)) severities.set(id, toSeverity(setting));
  };
  apply(config.file.rules);
  for (const override of config.file.overrides ?? []) if (matches(specPath, override.files)) apply(override.rules);
  return registry.flatMap((rule) => {
    const severity = severities.get(rule.id)!;
    return severity === 'off' ? [] : [{ rule, severity }];
  });
}

export function configWaivers(config: Config, specPath: string, matches: GlobMatcher): ConfigWaiver[] {
  return (config.file.waivers ?? []).flatMap((w, i) =>
    w.files === undefined || matches(specPath, w.files)
      ? [{ rule: w.rule, reason: w.reason, ...(w.pointer !== undefined ? { pointer: w.pointer } : {}), ...(w.until ? { until: w.until } : {}), source: `${config.source}: waivers[${i}]` }]
      : [],
  );
}
