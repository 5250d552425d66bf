/**
 * Nothing is lost when alignkit is killed mid-write: the built binary is
 * started on a directory of earlier output (or a ledger with a signature)
 * and killed with SIGKILL after a different delay each run. Afterwards every
 * target holds exactly its old or its new content, never a mix or a
 * truncated file.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../src/core/signoff/ledger.js';
import { ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'bin', 'alignkit.js');
const SPEC = readFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), 'utf8');
/**
 * When to kill, as fractions of how long the same command takes to the end on
 * this machine right now, so that the kills reach both sides of the writes on
 * a fast machine and on a loaded one alike (fixed delays missed the writes of
 * sign once in CI, when every run took longer than the last delay).
 */
const KILL_POINTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1, 1.05, 1.1, 1.3, 1.6];

async function timedRun(args: string[], cwd: string): Promise<{ code: number | null; ms: number }> {
  const start = performance.now();
  const code = await runToEnd(args, cwd);
  return { code, ms: performance.now() - start };
}

function runAndKill(args: string[], cwd: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Kills one run per kill point and counts the outcomes. A run that took longer
 * than the measured one (a loaded machine) can leave every kill before the
 * writes; then later kills follow, up to eight times the measured time, until
 * one lands after them, so the outcome proves both sides were reached.
 */
async function killAcross(fullMs: number, trial: (delay: number) => Promise<'old' | 'new'>): Promise<{ old: number; new: number }> {
  const outcomes = { old: 0, new: 0 };
  for (const delay of KILL_POINTS.map((f) => Math.round(f * fullMs))) outcomes[await trial(delay)] += 1;
  for (const factor of [2, 3, 5, 8]) {
    if (outcomes.new > 0) break;
    outcomes[await trial(Math.round(factor * fullMs))] += 1;
  }
  return outcomes;
}

function runToEnd(args: string[], cwd: string): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore' }).on('exit', resolve));
}

describe('killed while writing', () => {
  it(`render: each document is the old or the new one, never torn (${KILL_POINTS.length} kills)`, async () => {
    // Old: documents of an earlier version of the spec. New: the current one.
    const template = mkdtempSync(join(tmpdir(), 'alignkit-kill-'));
    writeFileSync(join(template, 'spring.campaign.yaml'), SPEC.replace('name: Nova Buds Pro launch', 'name: Nova Buds Pro launch (v1)'));
    expect(await runToEnd(['render', 'spring.campaign.yaml', '--out', 'docs', '--today', '2027-01-15'], template)).toBe(0);
    const names = readdirSync(join(template, 'docs')).sort();
    const before = new Map(names.map((n) => [n, readFileSync(join(template, 'docs', n), 'utf8')]));
    writeFileSync(join(template, 'spring.campaign.yaml'), SPEC);
    const full = await timedRun(['render', 'spring.campaign.yaml', '--out', 'new', '--today', '2027-01-15'], template);
    expect(full.code).toBe(0);
    const after = new Map(names.map((n) => [n, readFileSync(join(template, 'new', n), 'utf8')]));

    const outcomes = await killAcross(full.ms, async (delay) => {
      const dir = mkdtempSync(join(tmpdir(), 'alignkit-kill-'));
      writeFileSync(join(dir, 'spring.campaign.yaml'), SPEC);
      // The earlier output, file for file, as the first render left it (written directly: a render per kill only to be overwritten cost 3-4 s).
      const docs = join(dir, 'docs');
      mkdirSync(docs);
      for (const name of names) writeFileSync(join(docs, name), before.get(name)!);
      await runAndKill(['render', 'spring.campaign.yaml', '--out', 'docs', '--today', '2027-01-15'], dir, delay);
      const states = names.map((name) => {
        const content = readFileSync(join(docs, name), 'utf8');
        const state = content === before.get(name) ? 'old' : content === after.get(name) ? 'new' : 'torn';
        expect(state, `${name} after a kill at ${delay} ms`).not.toBe('torn');
        return state;
      });
      // A kill between two documents' renames leaves some new and some old: count the run as reaching the writes.
      return states.includes('new') ? 'new' : 'old';
    });
    // The delays must reach both sides of the writes, or the test proves nothing.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 120_000);

  it(`sign: the ledger keeps every earlier signature and stays readable (${KILL_POINTS.length} kills)`, async () => {
    const template = mkdtempSync(join(tmpdir(), 'alignkit-kill-'));
    writeFileSync(join(template, 'spring.campaign.yaml'), SPEC);
    expect(await runToEnd(['sign', 'spring.campaign.yaml', '--party', 'ines-alvarez', '--name', 'Ines Alvarez', '--at', '2027-01-20T10:00:00Z', '--today', '2027-01-15'], template)).toBe(0);
    const before = readFileSync(join(template, 'spring.signoff.yaml'), 'utf8');
    const full = await timedRun(['sign', 'spring.campaign.yaml', '--party', 'maya-chen', '--name', 'Maya Chen', '--at', '2027-01-21T10:00:00Z', '--today', '2027-01-15'], template);
    expect(full.code).toBe(0);
    writeFileSync(join(template, 'spring.signoff.yaml'), before);

    const outcomes = await killAcross(full.ms, async (delay) => {
      const dir = mkdtempSync(join(tmpdir(), 'alignkit-kill-'));
      writeFileSync(join(dir, 'spring.campaign.yaml'), SPEC);
      writeFileSync(join(dir, 'spring.signoff.yaml'), before);
      await runAndKill(['sign', 'spring.campaign.yaml', '--party', 'maya-chen', '--name', 'Maya Chen', '--at', '2027-01-21T10:00:00Z', '--today', '2027-01-15'], dir, delay);
      const text = readFileSync(join(dir, 'spring.signoff.yaml'), 'utf8');
      const parsed = parseLedger('spring.signoff.yaml', text);
      expect(parsed.findings, `ledger after a kill at ${delay} ms`).toEqual([]);
      const parties = parsed.ledger!.signatures.map((s) => s.party);
      expect(parties[0]).toBe('ines-alvarez');
      if (text === before) return 'old';
      expect(parties).toEqual(['ines-alvarez', 'maya-chen']);
      return 'new';
    });
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 120_000);
});
