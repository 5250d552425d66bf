/** `alignkit incident` asked on a terminal, driven key by key with @inquirer/testing's screen. */
import { screen } from '@inquirer/testing/vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-incident-tty-'));
  copyFileSync(join(ROOT, 'examples/product-launch.campaign.yaml'), join(dir, 'launch.campaign.yaml'));
  return dir;
}

/** Waits for the prompt whose text matches, then answers it. */
async function answer(pattern: RegExp, keys: (string | { type: string } | { name: string; ctrl: boolean })[]): Promise<void> {
  for (let i = 0; i < 50 && !pattern.test(screen.getScreen()); i += 1) await screen.next();
  expect(screen.getScreen()).toMatch(pattern);
  for (const key of keys) {
    if (typeof key === 'string') screen.keypress(key);
    else if ('type' in key) screen.type(key.type);
    else screen.keypress(key);
  }
}

describe('alignkit incident on a terminal', () => {
  it('asks what happened, fastest first, records the incident next to the spec and prints whom to call', async () => {
    const dir = workdir();
    const io = { ...memoryIo({ cwd: dir, today: '2027-03-11' }), stdinIsTTY: true };
    const done = main(['incident', 'launch.campaign.yaml'], io);
    await answer(/What happened, in a few words/, [{ type: 'Sound complaints' }, 'enter']);
    await answer(/When was it noticed/, [{ type: '2027-03-11T21:40 America/New_York' }, 'enter']);
    await answer(/Who noticed it/, ['enter']);
    await answer(/Reach/, ['down', 'enter']);
    await answer(/Reputation/, ['down', 'enter']);
    await answer(/Relationship/, ['enter']);
    await answer(/Creators involved/, ['space', 'enter']);
    await answer(/Content concerned/, ['space', 'enter']);
    await answer(/as a camera would have recorded it/, [{ type: 'Comments under the TikTok say the buds crackle.' }, 'enter']);
    expect(await done).toBe(0);
    const record = 'launch.2027-03-11.sound-complaints.incident.yaml';
    expect(io.out()).toContain(`wrote ${record}`);
    expect(io.out()).toMatch(/sev\d: acknowledge within \d+ min, act within \d+ h\. Call .+ first/);
    const written = parse(readFileSync(join(dir, record), 'utf8'));
    expect(written).toMatchObject({
      kind: 'Incident',
      campaign: 'nova-buds-pro-launch',
      id: 'sound-complaints',
      title: 'Sound complaints',
      detected: '2027-03-11T21:40 America/New_York',
      status: 'open',
      creators: ['maya-chen'],
    });
    expect(written.deliverables).toHaveLength(1);
    expect(existsSync(join(dir, '.alignkit/drafts/incident-nova-buds-pro-launch.yaml'))).toBe(false);
  });

  it('keeps the answers given so far on Ctrl-C (exit 130), and --answers finishes from them', async () => {
    const dir = workdir();
    const io = { ...memoryIo({ cwd: dir, today: '2027-03-11' }), stdinIsTTY: true };
    const done = main(['incident', 'launch.campaign.yaml'], io);
    await answer(/What happened, in a few words/, [{ type: 'Sound complaints' }, 'enter']);
    await answer(/When was it noticed/, [{ name: 'c', ctrl: true } as never]);
    expect(await done).toBe(130);
    const draft = '.alignkit/drafts/incident-nova-buds-pro-launch.yaml';
    expect(io.err()).toContain(`alignkit incident launch.campaign.yaml --answers ${draft}`);
    expect(parse(readFileSync(join(dir, draft), 'utf8'))).toEqual({ title: 'Sound complaints', id: 'sound-complaints' });
  });
});
