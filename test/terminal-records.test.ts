/**
 * `alignkit checkin` and `alignkit incident` asked on a terminal, driven key by
 * key with @inquirer/testing's screen. One file: the screen mocks the prompt
 * library for the whole worker, and test files share a worker's modules.
 */
import { screen } from '@inquirer/testing/vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

function workdir(prefix = 'alignkit-checkin-tty-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
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

describe('alignkit checkin on a terminal', () => {
  it('asks the check-in, records it as a follow-up, renders it and lists the change that needs a new sign-off', async () => {
    const dir = workdir();
    const io = { ...memoryIo({ cwd: dir, today: '2027-03-26' }), stdinIsTTY: true };
    const done = main(['checkin', 'launch.campaign.yaml'], io);
    await answer(/Date of the check-in/, ['enter']);
    await answer(/Title/, [{ type: 'Day-17' }, 'enter']);
    await answer(/Who attended/, ['space', 'down', 'down', 'down', 'space', 'enter']);
    await answer(/Summary/, [{ type: 'Views ahead, codes behind.' }, 'enter']);
    await answer(/Record an actual for "Qualified views/, ['enter']);
    await answer(/value/, [{ type: '1420000' }, 'enter']);
    await answer(/As of/, ['enter']);
    await answer(/Source/, [{ type: 'Platform exports' }, 'enter']);
    await answer(/Record an actual for "Engagement rate/, [{ type: 'n' }, 'enter']);
    await answer(/Record an actual for "Orders/, [{ type: 'n' }, 'enter']);
    await answer(/Add an observation/, ['enter']);
    await answer(/Add a decision/, ['enter']);
    await answer(/Decision/, [{ type: 'Keep the Spark budget on the street video' }, 'enter']);
    await answer(/Decided by/, ['enter']);
    await answer(/Add another decision/, ['enter']);
    await answer(/Add an action item/, ['enter']);
    await answer(/Action/, [{ type: 'Send the week-3 paid report' }, 'enter']);
    await answer(/Owner/, ['down', 'enter']);
    await answer(/Due/, ['enter']);
    await answer(/Add another action item/, ['enter']);
    await answer(/Was a change to the agreement requested/, [{ type: 'y' }, 'enter']);
    await answer(/Area/, ['enter']);
    await answer(/Change, stated exactly/, [{ type: 'Move the Priya go-live to 2027-03-19' }, 'enter']);
    await answer(/Requested by/, ['enter']);
    await answer(/Reason/, ['enter']);
    await answer(/Was another change/, ['enter']);
    await answer(/next check-in agreed/, ['enter']);
    await answer(/Next check-in/, ['enter']);
    expect(await done).toBe(0);
    expect(io.out()).toContain('wrote launch.2027-03-26.followup.yaml');
    expect(io.out()).toMatch(/1 requested change touches the signed agreement and needs a new sign-off/);
    const followup = parse(readFileSync(join(dir, 'launch.2027-03-26.followup.yaml'), 'utf8'));
    expect(followup).toMatchObject({
      kind: 'FollowUp',
      campaign: 'nova-buds-pro-launch',
      date: '2027-03-26',
      title: 'Day-17',
      attendees: ['ines-alvarez', 'leo-park'],
      kpi_actuals: [{ kpi: 'views-total', value: 1420000, as_of: '2027-03-25', source: 'Platform exports' }],
      decisions: [{ decision: 'Keep the Spark budget on the street video', by: 'ines-alvarez' }],
      action_items: [{ id: 'a-1', action: 'Send the week-3 paid report', owner: 'tom-becker', due: '2027-03-29T17:00 America/New_York' }],
      next_check_in: '2027-04-02T12:00 America/New_York',
    });
    expect(followup.changes_requested).toHaveLength(1);
    expect(existsSync(join(dir, 'out/nova-buds-pro-launch/followup-2027-03-26.md'))).toBe(true);
    expect(existsSync(join(dir, '.alignkit/drafts/checkin-nova-buds-pro-launch.yaml'))).toBe(false);
  });

  it('keeps the answers given so far when interrupted, and --answers finishes from them', async () => {
    const dir = workdir();
    const io = { ...memoryIo({ cwd: dir, today: '2027-03-26' }), stdinIsTTY: true };
    const done = main(['checkin', 'launch.campaign.yaml'], io);
    await answer(/Date of the check-in/, ['enter']);
    await answer(/Title/, [{ type: 'Day-17' }, 'enter']);
    await answer(/Who attended/, ['space', 'enter']);
    await answer(/Summary/, [{ name: 'c', ctrl: true } as never]);
    expect(await done).toBe(130);
    const draft = '.alignkit/drafts/checkin-nova-buds-pro-launch.yaml';
    expect(io.err()).toContain(`The answers so far are in ${draft}; finish them there and run: alignkit checkin launch.campaign.yaml --answers ${draft}`);
    expect(parse(readFileSync(join(dir, draft), 'utf8'))).toEqual({ date: '2027-03-26', title: 'Day-17', attendees: ['ines-alvarez'] });
    expect(existsSync(join(dir, 'launch.2027-03-26.followup.yaml'))).toBe(false);
  });
});

describe('alignkit incident on a terminal', () => {
  it('asks what happened, fastest first, records the incident next to the spec and prints whom to call', async () => {
    const dir = workdir('alignkit-incident-tty-');
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
    const dir = workdir('alignkit-incident-tty-');
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
