/**
 * Reads and checks a configuration file: YAML (positions worked out only for
 * a problem), then its JSON Schema. Any problem is a UsageError naming
 * file:line:col (exit 2). Loaded only when a configuration file exists.
 */
import { readTextInput } from './files.js';
import { dirname } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';
import type { Config, ConfigFile, GlobMatcher } from '../core/config.js';
import type { Finding, Locate } from '../core/finding.js';
import { lazyBlockYamlLocator, readBlockYaml } from '../core/spec/block-yaml.js';
import { decodeSource } from '../core/spec/source.js';
import { RULES_BY_ID } from '../core/rules/index.js';
import { didYouMean, translate } from '../core/validate/schema.js';
import { validate as validateConfig } from '../generated/config-validator.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

export interface LoadedConfig {
  config: Config;
  /** The directory globs are relative to. */
  dir: string;
  matches: GlobMatcher;
  /** Problems to report against the configuration file itself (expired waivers). */
  findings: Finding[];
}

/** The configuration's data, and where a pointer into it is in the file. */
async function readConfigYaml(text: string, shown: string): Promise<{ data: unknown; locate: Locate }> {
  // A configuration in the plain block style (nearly all) is read by the block reader, which places pointers
  // as `yaml` does; loading and running `yaml` took 8 ms of every lint of a project with a configuration.
  const block = readBlockYaml(text);
  if (block !== undefined) return { data: block, locate: lazyBlockYamlLocator(text) };
  const { parseYaml } = await import('../core/spec/yaml-document.js');
  const parsed = parseYaml(text);
  const problem = parsed.problems[0];
  if (problem) throw new UsageError(`${shown}:${problem.line}:${problem.column}: ${problem.message}`);
  return { data: parsed.data ?? {}, locate: parsed.locate };
}

export async function loadConfig(path: string, shown: string, today: string): Promise<LoadedConfig> {
  const bytes = readTextInput(path, shown, 'configuration');
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new UsageError(`${shown}:${decoded.line}:${decoded.column}: the configuration ${decoded.message}`);
  const parsed = await readConfigYaml(decoded.text, shown);
  const data = parsed.data;
  // Unknown rule ids get their own message, with the closest real id.
  const maps: [string, unknown][] = [['/rules', (data as ConfigFile).rules]];
  ((data as ConfigFile).overrides ?? []).forEach((o, i) => maps.push([`/overrides/${i}/rules`, o?.rules]));
  for (const [pointer, rules] of maps) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) continue;
    for (const id of Object.keys(rules)) {
      if (RULES_BY_ID.has(id)) continue;
      const at = parsed.locate(`${pointer}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'key');
      const suggestion = didYouMean(id, [...RULES_BY_ID.keys()]);
      throw new UsageError(`${shown}:${at.line}:${at.column}: "${id}" is not a rule${suggestion ? `; did you mean "${suggestion}"?` : ''} (\`alignkit rules\` lists them)`);
    }
  }
  const validate = validateConfig as Validate;
  if (!validate(data)) {
    const first = translate((validate.errors ?? []) as never, data, 'The configuration')[0];
    if (first) {
      const at = parsed.locate(first.pointer, first.target);
      throw new UsageError(`${shown}:${at.line}:${at.column}: ${first.message}${first.hint ? ` (${first.hint})` : ''}`);
    }
    throw new UsageError(`${shown}: not a valid alignkit configuration`);
  }
  const file = data as ConfigFile;
  const findings: Finding[] = [];
  (file.waivers ?? []).forEach((w, i) => {
    if (w.until && today !== '' && w.until < today) {
      const pointer = `/waivers/${i}/until`;
      findings.push({
        ruleId: 'waiver-expired',
        severity: 'error',
        message: `The waiver of ${w.rule} expired on ${w.until}; its findings are reported again. Fix them or renew the waiver.`,
        file: shown,
        pointer,
        ...parsed.locate(pointer, 'value'),
      });
    }
  });
  const dir = dirname(path);
  const matchers = new Map<string, (p: string) => boolean>();
  const matches: GlobMatcher = (specPath, globs) => {
    const key = JSON.stringify(globs);
    let m = matchers.get(key);
    if (!m) matchers.set(key, (m = picomatch(globs, { dot: true })));
    return m(specPath);
  };
  return { config: { file, source: shown }, dir, matches, findings };
}
