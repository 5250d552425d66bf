/**
 * `alignkit diff`: what changed in the agreement between two versions of a
 * spec (files, git revisions, or the last locked sign-off), classified as
 * material or cosmetic and grouped per party.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { diffAgreements } from '../core/diff/semantic-diff.js';
import { UNUSABLE_RULE_IDS, lintAndParse } from '../core/lint.js';
import { ROLE } from '../core/render/labels.js';
import { agreementTerms } from '../core/signoff/agreement.js';
import type { CampaignSpec } from '../core/spec/model.js';
import { readSpecBytes } from '../io/files.js';
import { readLedger } from '../io/ledger.js';
import { diffJson, diffMarkdown, type DiffReport } from '../reporters/diff.js';
import { hashForCommand } from './signoff-state.js';

export interface DiffOptions {
  sides: string[];
  sinceSignoff: boolean;
  format: string;
  exitCode: boolean;
}

/** git:<rev>:<path> → the file at that revision, read with `git show` in the working directory. */
function gitBytes(source: string, io: Io): Uint8Array {
  const match = /^git:([^:]+):(.+)$/.exec(source);
  if (!match) throw new UsageError(`"${source}" is not git:<rev>:<path>, e.g. git:HEAD~1:spring.campaign.yaml`);
  const [, rev, path] = match as unknown as [string, string, string];
  const object = `${rev}:${path.startsWith('/') || path.startsWith('./') ? path : `./${path}`}`;
  const shown = spawnSync('git', ['show', object], { cwd: io.cwd, maxBuffer: 64 * 1024 * 1024 });
  if ((shown.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new UsageError(`${source}: git is not installed`);
  if (shown.status !== 0) {
    const reason =
      shown.stderr
        .toString('utf8')
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.replace(/^fatal: /, '') ?? 'git show failed';
    throw new UsageError(`${source}: ${reason}`);
  }
  return shown.stdout;
}

/** One side of the diff: a spec that passes the schema, from a file or a git revision. */
async function loadSide(source: string, io: Io): Promise<{ spec: CampaignSpec; data: unknown }> {
  const bytes = source.startsWith('git:') ? gitBytes(source, io) : readSpecBytes(resolve(io.cwd, source), source).bytes;
  const { result, data } = await lintAndParse(source, bytes, { rules: [] });
  const blocking = result.findings.find((f) => UNUSABLE_RULE_IDS.has(f.ruleId));
  if (blocking) {
    throw new UsageError(`${source}:${blocking.line}:${blocking.column}: ${blocking.message} (diff compares specs that pass the schema; run alignkit lint ${source})`);
  }
  return { spec: data as CampaignSpec, data };
}

function partiesOf(before: CampaignSpec, after: CampaignSpec): DiffReport['parties'] {
  const seen = new Set(after.parties.map((p) => p.id));
  return [...after.parties, ...before.parties.filter((p) => !seen.has(p.id))].map((p) => ({ id: p.id, name: p.name, role: ROLE[p.role] ?? p.role }));
}

export async function runDiff(options: DiffOptions, io: Io): Promise<number> {
  if (options.format !== 'markdown' && options.format !== 'json') throw new UsageError(`--format "${options.format}" is not a format; choose markdown or json`);
  let before: { spec: CampaignSpec; terms: unknown; source: string; hash: string };
  let after: { spec: CampaignSpec; data: unknown; source: string };

  if (options.sinceSignoff) {
    if (options.sides.length !== 1) throw new UsageError('--since-signoff takes one spec: alignkit diff --since-signoff spring.campaign.yaml');
    const source = options.sides[0]!;
    after = { ...(await loadSide(source, io)), source };
    const { signoffStatus } = await import('../core/signoff/status.js');
    const file = readLedger(resolve(io.cwd, source), io.cwd);
    const ledger = file.parsed?.ledger;
    if (!ledger || ledger.agreements.length === 0) throw new UsageError(`no sign-off recorded for ${source} yet (${file.shown}), so there is nothing to compare with`);
    const status = signoffStatus(after.spec, hashForCommand(source, after.data), ledger);
    const hash = status.lastLocked ?? ledger.agreements.at(-1)!.hash;
    const stored = ledger.agreements.find((a) => a.hash === hash)!;
    const label = status.lastLocked ? 'the last locked sign-off' : 'the last signed version, never locked';
    before = { spec: stored.terms as CampaignSpec, terms: stored.terms, source: label, hash };
  } else {
    if (options.sides.length !== 2) throw new UsageError('give two versions to compare (files or git:<rev>:<path>), or --since-signoff <spec>');
    const [oldSource, newSource] = options.sides as [string, string];
    const old = await loadSide(oldSource, io);
    before = { spec: old.spec, terms: agreementTerms(old.data), source: oldSource, hash: hashForCommand(oldSource, old.data) };
    after = { ...(await loadSide(newSource, io)), source: newSource };
  }

  const report: DiffReport = {
    campaign: after.spec.campaign.name,
    before: { source: before.source, hash: before.hash },
    after: { source: after.source, hash: hashForCommand(after.source, after.data) },
    changes: diffAgreements(before.terms, agreementTerms(after.data)),
    parties: partiesOf(before.spec, after.spec),
  };
  io.stdout.write(options.format === 'json' ? diffJson(report) : diffMarkdown(report));
  return options.exitCode && report.changes.some((c) => c.material) ? EXIT.findings : EXIT.clean;
}
