/**
 * The lint gate in front of every command that turns a spec into something
 * (documents, a calendar, a signature): lint the file exactly as `lint` does
 * (lintSpecFile), never go on when the spec fails the schema, and go on
 * despite rule errors only under --force.
 */
import { loadHolidaysFor } from '../core/time/holiday-registry.js';
import { resolve } from 'node:path';
import { colorLevel } from '../terminal/color.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import type { FileResult } from '../core/finding.js';
import { UNUSABLE_RULE_IDS } from '../core/lint.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { stylish } from '../reporters/stylish.js';
import { lintSpecFile, setUp } from './lint.js';

export interface GateOptions {
  spec?: string;
  force: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

export interface Gate {
  /** "render", "write the calendar for", "sign": what cannot be done with a spec that fails the schema. */
  verb: string;
  /** The line shown when rule errors stop the command and --force would not. */
  refused: (spec: string) => string;
  /** false for commands that handle sign-off themselves (sign, status, checkin); default true, as lint. */
  signoffRules?: boolean;
}

export function reportFindings(io: Io, options: Pick<GateOptions, 'color' | 'version'>, results: FileResult[]): void {
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const text = stylish(
    { results, errorCount, warningCount, suppressedCount: results.reduce((n, r) => n + r.suppressedCount, 0), maxWarnings: -1 },
    { color: colorLevel(options.color, io.env, io.stderr), version: options.version, rules: [] },
  );
  io.stderr.write(text);
}

export interface UsableSpec {
  spec: CampaignSpec;
  /** The parsed data as written: no defaults applied (sign-off hashes this). */
  data: unknown;
  result: FileResult;
}

/** Lints the spec and decides whether the command may use it; returns the exit code when it may not. */
export async function passGate(options: GateOptions, io: Io, gate: Gate): Promise<UsableSpec | number> {
  const setup = await setUp(options, io);
  const { result, data, ledger } = await lintSpecFile(setup, resolve(io.cwd, options.spec!), options.spec!, io.cwd, { signoffRules: gate.signoffRules ?? true });
  const results = [...setup.configFindings, result, ...(ledger ? [ledger] : [])];
  const blocking = result.findings.filter((f) => !f.suppressions && UNUSABLE_RULE_IDS.has(f.ruleId));
  if (blocking.length > 0) {
    reportFindings(io, options, results);
    io.stderr.write(`alignkit: cannot ${gate.verb} ${options.spec}: it does not pass the schema, so there is nothing reliable to work from (not even with --force)\n`);
    return EXIT.findings;
  }
  if (result.errorCount > 0 && !options.force) {
    reportFindings(io, options, results);
    io.stderr.write(`alignkit: ${gate.refused(options.spec!)}\n`);
    return EXIT.findings;
  }
  if (data === undefined) throw new UsageError(`cannot read ${options.spec} as YAML`);
  // Documents, calendars and records count approvers' working time; a party's holiday calendar must be there for it.
  await loadHolidaysFor(data as CampaignSpec);
  return { spec: data as CampaignSpec, data, result };
}
