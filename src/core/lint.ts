/**
 * Lints one campaign spec: bytes in, findings out. Pure: no file system, no
 * terminal. Files are read without positions (the fast path); findings, the
 * schema's and the rules', are placed by the block reader, which reads the
 * text again keeping positions. Files it does not read are parsed again with
 * `yaml` (lint-exact.ts, loaded on demand), so every finding has an exact line
 * and column.
 */
import { toFileResult, type FileResult } from './finding.js';
import type { LintOptions, RuleFinding } from './lint-options.js';
import { placedFindings } from './placed-findings.js';
import { runRules } from './rules/run.js';
import { blockYamlLocator } from './spec/block-yaml.js';
import type { CampaignSpec } from './spec/model.js';
import { fastParse } from './spec/fast-parse.js';
import { decodeSource, mayHaveSurrogateEscape } from './spec/source.js';
import { isValidCampaign } from './validate/fast-check.js';
import { mayHaveInlineWaivers } from './waivers.js';

export type { LintOptions } from './lint-options.js';

/** Findings that mean the spec could not be read as a campaign at all: nothing can be built on it, not even with --force. */
export const UNUSABLE_RULE_IDS: ReadonlySet<string> = new Set(['file-read', 'schema', 'yaml-syntax', 'yaml-duplicate-key', 'yaml-unsupported']);

export async function lintSource(file: string, bytes: Uint8Array, options: LintOptions = {}): Promise<FileResult> {
  return (await lintAndParse(file, bytes, options)).result;
}

/** Lints, and hands back the parsed data when the YAML could be read (render and calendar need it too). */
export async function lintAndParse(file: string, bytes: Uint8Array, options: LintOptions = {}): Promise<{ result: FileResult; data?: unknown }> {
  const decoded = decodeSource(bytes, options.size);
  if (!decoded.ok) {
    const { line, column } = decoded;
    return {
      result: toFileResult(file, [{ ruleId: 'file-read', severity: 'error', message: `The file ${decoded.message}`, file, pointer: '', line, column, endLine: line, endColumn: column }]),
    };
  }
  const fast = await fastParse(decoded.text);
  let hits: RuleFinding[] | undefined;
  if (!options.exactOnly && !mayHaveSurrogateEscape(decoded.text) && fast.ok) {
    if (isValidCampaign(fast.data)) {
      hits = await runRules(fast.data as CampaignSpec, options);
      if (hits.length === 0 && !mayHaveInlineWaivers(decoded.text)) return { result: toFileResult(file, []), data: fast.data };
      // The block reader places the findings in text it reads (nearly every spec), the same as `yaml` would;
      // loading and running `yaml` for that took a third of a lint with a single warning.
      const locate = blockYamlLocator(decoded.text);
      if (locate) return { result: toFileResult(file, placedFindings(file, decoded.text, hits, locate, options)), data: fast.data };
    } else {
      // A spec the schema refuses (a misspelt key, a number as text) is placed by the block reader too.
      const locate = blockYamlLocator(decoded.text);
      if (locate) {
        const { refusedSpecFindings } = await import('./refused-spec.js');
        const findings = refusedSpecFindings(file, decoded.text, fast.data, locate, options);
        // The fast validator and the explaining one answer alike; should they ever differ, `yaml` decides.
        if (findings) return { result: toFileResult(file, findings), data: fast.data };
      }
    }
  }
  // The exact path reads the same data with positions, so the rules' findings are placed, not worked out again.
  const { lintExact } = await import('./lint-exact.js');
  const exact = await lintExact(file, decoded.text, options, hits);
  // Anchors and aliases send a file past js-yaml; then the data `yaml` read is the one to use.
  const data = fast.ok ? fast.data : exact.data;
  return data === undefined ? { result: exact.result } : { result: exact.result, data };
}
