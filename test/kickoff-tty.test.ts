/**
 * The built `alignkit kickoff` in a real pseudo-terminal (tmux): a whole
 * interview answered with typing and arrow keys, and a process killed halfway
 * that resumes with its answers intact.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/paths.js';

const BIN = join(ROOT, 'dist', 'bin', 'alignkit.js');
const SOCKET = `alignkit-test-${process.pid}`;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const TODAY = '2026-11-22';

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function start(name: string, cwd: string, args: string[]): void {
  const conf = join(cwd, '.tmux.conf');
  writeFileSync(conf, 'set -g history-limit 100000\n');
  const command = `cd '${cwd}' && env -u CI NO_COLOR=1 '${process.execPath}' '${BIN}' ${args.join(' ')}; echo EXIT=$?; sleep 120`;
  execFileSync('tmux', ['-L', SOCKET, '-f', conf, 'new-session', '-d', '-s', name, '-x', '200', '-y', '50', command]);
}

function screen(name: string): string {
  return tmux('capture-pane', '-p', '-S', '-', '-t', name);
}

const answeredCount = (text: string) => text.split('\n').filter((l) => l.startsWith('✔')).length;

async function waitFor(name: string, test: (text: string) => boolean, ms = 10_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const text = screen(name);
    if (test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out; screen:\n${text.split('\n').slice(-25).join('\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The question waiting for an answer: the last line that starts with "? ". */
function activeQuestion(text: string): string | undefined {
  const lines = text.split('\n').filter((l) => l.length > 0);
  let last = -1;
  lines.forEach((line, i) => {
    if (line.startsWith('? ')) last = i;
  });
  return last >= 0 && !lines.slice(last).some((l) => l.startsWith('✔') || l.startsWith('EXIT=')) ? lines[last] : undefined;
}

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

/**
 * A preset's stand-in is no default: Enter on it is refused, so a person types the real value.
 * These are what they type (unique per question, as real contacts and codes are).
 */
function replaceStandIn(question: string, n: number): string[] | undefined {
  if (!question.includes("(replace the preset's")) return undefined;
  const value = /^\? Email/.test(question)
    ? `person${n}@glowlabs.com`
    : /^\? Phone/.test(question)
      ? `+1 212 639 ${String(1000 + n).slice(-4)}`
      : /^\? (Tiktok|Instagram|Youtube|Linkedin|Podcast|Handle)/i.test(question)
        ? `@glowcreator${n}`
        : /^\? Promo code/i.test(question)
          ? `GLOW${n}`
          : `Glow answer ${n}`;
  return [value, 'Enter'];
}

// Concurrent: each test drives its own tmux session in its own directory, and mostly waits for the screen.
describe.skipIf(!hasTmux).concurrent('kickoff in a terminal (tmux)', () => {
  it('runs a whole interview with typing and arrow keys, goes back to the question lint points at, and writes a spec that lints clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-tty-'));
    start('full', dir, ['kickoff', '--full', '--today', TODAY, '--out', 'spring.campaign.yaml']);
    // What a user types for some questions; Enter keeps every other suggestion.
    const typed: [RegExp, string[]][] = [
      [/^\? Name /, ['Spring Glow', 'Enter']],
      [/^\? Product /, ['Glow Serum 30 ml', 'Enter']],
      [/^\? Category/, ['Down', 'Enter']],
      [/^\? Full name \[brand-lead\] \(replace the preset's "Brand Lead"\)/, ['Ines Alvarez', 'Enter']],
      [/^\? Full name \[creator-1\] \(replace the preset's "Creator One"\)/, ['Maya Chen', 'Enter']],
      [/^\? Revision rounds/, ['BSpace', '3', 'Enter']],
      [/^\? What happens when a review is missed|^\? On missed review/, ['Down', 'Enter']],
      [/^\? Render the brief/, ['n', 'Enter']],
    ];
    // Three rounds no longer fit before go-live: lint says so, and the user revisits the go-live.
    const revisit: [RegExp, string[]][] = [[/^\? Go-live/, ['2027-01-25T18:00 America/New_York', 'Enter']]];
    let revisiting = false;
    let done = 0;
    let questions = 0;
    for (; questions < 500; ) {
      const text = await waitFor('full', (t) => t.includes('EXIT=') || (activeQuestion(t) !== undefined && answeredCount(t) >= done), 20_000);
      if (text.includes('EXIT=')) break;
      const question = activeQuestion(text)!;
      if (question.startsWith('? Lint found problems')) revisiting = true;
      const keys = [...(revisiting ? revisit : []), ...typed].find(([pattern]) => pattern.test(question))?.[1] ?? replaceStandIn(question, questions) ?? ['Enter'];
      for (const key of keys) tmux('send-keys', '-t', 'full', ...(key.length > 1 && /^[A-Z]/.test(key) && !key.includes(' ') ? [key] : ['-l', key]));
      done = answeredCount(text) + 1;
      questions += 1;
      await waitFor('full', (t) => t.includes('EXIT=') || answeredCount(t) >= done);
    }
    const final = screen('full');
    expect(final).toContain('Step 1 of 9: Campaign and parties');
    expect(final).toContain('Step 8 of 9: RACI, cadence and crisis contacts');
    expect(final).toMatch(/approval-chain-fits[\s\S]*Questions to revisit:\n {2}step 3 \(Deliverables and mandatory elements\): Go-live/);
    expect(revisiting).toBe(true);
    // Every answer given on the terminal is stated; what no question asked stays assumed, and is listed.
    expect(final).toContain('Wrote spring.campaign.yaml: no findings besides the assumed values.');
    expect(final).toContain("(replace the preset's");
    expect(final).toContain('EXIT=0');
    expect(questions).toBeGreaterThan(100);
    const spec = parse(readFileSync(join(dir, 'spring.campaign.yaml'), 'utf8'));
    expect(spec.campaign).toMatchObject({ id: 'spring-glow', name: 'Spring Glow', product: 'Glow Serum 30 ml', category: 'beauty', owner: 'ines-alvarez' });
    expect(spec.approvals.revision_rounds).toBe(3);
    expect(spec.deliverables[0].creator).toBe('maya-chen');
    expect(spec.deliverables[0].go_live.at).toBe('2027-01-25T18:00 America/New_York');
    for (const stated of ['/campaign/name', '/campaign/category', '/approvals/revision_rounds', '/deliverables/0/go_live/at']) expect(spec.assumed).not.toHaveProperty([stated]);
    expect(Object.keys(spec.assumed).length).toBeGreaterThan(0);
    const lint = spawnSync(process.execPath, [BIN, 'lint', 'spring.campaign.yaml', '--today', TODAY], { cwd: dir, encoding: 'utf8' });
    expect(lint.status).toBe(0);
    expect(existsSync(join(dir, '.alignkit', 'drafts', 'spring-glow.yaml'))).toBe(false);
  }, 120_000);

  it('the essentials path: a campaign unlike any preset in at most 90 prompts, Ctrl-C and --resume midway, a read-back, every untouched term listed as assumed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-tty-'));
    const typed: [RegExp, string[]][] = [
      [/^\? Name /, ['Glow Canada', 'Enter']],
      [/^\? Product /, ['Glow Serum 30 ml', 'Enter']],
      [/^\? Category/, ['Down', 'Enter']],
      [/^\? Markets /, ['C-u', 'CA, US', 'Enter']],
      [/^\? Languages /, ['C-u', 'en-CA, fr-CA', 'Enter']],
      [/^\? Currency/, ['C-u', 'CAD', 'Enter']],
      [/^\? Campaign time zone/, ['C-u', 'America/Toronto', 'Enter']],
      [/^\? Add another party\?/, ['y', 'Enter']],
      [/^\? Add another deliverable\?/, ['y', 'Enter']],
      [/^\? Render the brief/, ['n', 'Enter']],
    ];
    let moreParties = 0;
    let moreDeliverables = 0;
    let creators = 0;
    let prompts = 0;
    let readBack = false;
    let finalScreen = false;
    const keysFor = (question: string): string[] => {
      if (/^\? Add another party\?/.test(question)) return moreParties++ === 0 ? ['y', 'Enter'] : ['n', 'Enter'];
      if (/^\? Add another deliverable\?/.test(question)) return moreDeliverables++ === 0 ? ['y', 'Enter'] : ['n', 'Enter'];
      // The third deliverable is the new, third creator's.
      if (/^\? Creator \[[^\]]+\]$/.test(question.trim())) return creators++ === 2 ? ['Down', 'Enter'] : ['Enter'];
      if (/^\? Go through any of these sections now\?/.test(question)) {
        readBack = true;
        return ['Space', 'Enter'];
      }
      if (/^\? Email/.test(question) && !question.includes('replace the preset')) return [`new${prompts}@glowlabs.com`, 'Enter'];
      if (/^\? Promo code/.test(question) && !question.includes('replace the preset')) return [`NEW${prompts}`, 'Enter'];
      return typed.find(([pattern]) => pattern.test(question))?.[1] ?? replaceStandIn(question, prompts) ?? ['Enter'];
    };
    const drive = async (session: string, stopAfter = Number.POSITIVE_INFINITY) => {
      let done = 0;
      for (let asked = 0; asked < 400; ) {
        const text = await waitFor(session, (t) => t.includes('EXIT=') || (activeQuestion(t) !== undefined && answeredCount(t) >= done), 20_000);
        if (text.includes('EXIT=') || prompts >= stopAfter) return text;
        const question = activeQuestion(text)!;
        // Counted: the essentials, the read-back and the final "write it?"; not the section ticked at the read-back.
        const final = /^\? That is the agreement/.test(question);
        if (!readBack || final) prompts += 1;
        if (final) finalScreen = true;
        for (const key of keysFor(question)) tmux('send-keys', '-t', session, ...(key.length > 1 && /^[A-Z]/.test(key) && !key.includes(' ') && !key.includes('@') ? [key] : ['-l', key]));
        done = answeredCount(text) + 1;
        asked += 1;
        await waitFor(session, (t) => t.includes('EXIT=') || answeredCount(t) >= done);
      }
      return screen(session);
    };
    start('ess1', dir, ['kickoff', '--today', TODAY, '--out', 'glow.campaign.yaml']);
    await drive('ess1', 30);
    tmux('send-keys', '-t', 'ess1', 'C-c');
    expect(await waitFor('ess1', (t) => t.includes('EXIT='))).toContain('EXIT=130');
    start('ess2', dir, ['kickoff', '--resume', '--today', TODAY]);
    const final = await drive('ess2');
    expect(final).toContain('the essentials, then a read-back');
    expect(readBack).toBe(true);
    expect(finalScreen).toBe(true);
    // The read-back before writing is the agreement in its own words, with what nobody stated listed.
    expect(final).toContain('# Agreement summary: Glow Canada');
    expect(final).toContain('## Not yet confirmed');
    expect(prompts).toBeLessThanOrEqual(90);
    expect(final).toContain('EXIT=0');
    const spec = parse(readFileSync(join(dir, 'glow.campaign.yaml'), 'utf8'));
    expect(spec.campaign).toMatchObject({ name: 'Glow Canada', markets: ['CA', 'US'], languages: ['en-CA', 'fr-CA'], currency: 'CAD', timezone: 'America/Toronto' });
    expect(spec.parties.filter((p: { role: string }) => p.role === 'creator')).toHaveLength(3);
    // Typed on screen: stated. Never asked: assumed, with the value it has.
    for (const stated of ['/campaign/name', '/campaign/markets', '/parties/0/name', '/deliverables/0/draft_due']) expect(spec.assumed).not.toHaveProperty([stated]);
    expect(spec.assumed['/communication/response_sla_h']).toBe(spec.communication.response_sla_h);
    expect(spec.assumed['/contingency/severity_matrix/0/action_within_h']).toBe(spec.contingency.severity_matrix[0].action_within_h);
    // No preset stand-in reaches a document anyone reads.
    const render = spawnSync(process.execPath, [BIN, 'render', 'glow.campaign.yaml', '--today', TODAY], { cwd: dir, encoding: 'utf8' });
    expect(render.status, render.stderr).toBe(0);
    const { PRESET_PLACEHOLDERS } = await import('../src/generated/placeholders.js');
    const outDir = join(dir, 'out', spec.campaign.id);
    for (const file of readdirSync(outDir)) {
      const text = readFileSync(join(outDir, file), 'utf8').toLowerCase();
      // A short stand-in ("the brand") is also everyday wording; as a value it fills a table cell on its own.
      for (const standIn of PRESET_PLACEHOLDERS.keys()) expect(text.includes(standIn.length >= 16 ? standIn : `| ${standIn} |`), `${file} has "${standIn}"`).toBe(false);
    }
  }, 180_000);

  it('confirm on a terminal walks the assumed values one by one: confirm, leave, stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-tty-'));
    const example = readFileSync(join(ROOT, 'examples', 'product-launch.campaign.yaml'), 'utf8');
    writeFileSync(join(dir, 'spring.campaign.yaml'), `${example}\nassumed:\n  /campaign/markets: [US, CA]\n  /approvals/revision_rounds: 2\n  /communication/response_sla_h: 12\n`);
    start('confirm', dir, ['confirm', 'spring.campaign.yaml']);
    const answer = async (n: number, keys: string[]) => {
      await waitFor('confirm', (t) => activeQuestion(t)?.startsWith(`? (${n}/3)`) === true);
      for (const key of keys) tmux('send-keys', '-t', 'confirm', key);
    };
    await answer(1, ['Enter']); // confirm campaign.markets
    await answer(2, ['Down', 'Enter']); // leave approvals.revision_rounds assumed
    await answer(3, ['Down', 'Down', 'Enter']); // stop
    const text = await waitFor('confirm', (t) => t.includes('EXIT='));
    expect(text).toContain('(1/3) campaign.markets = [US, CA]  [spring.campaign.yaml:12:12]');
    expect(text).toContain('spring.campaign.yaml: confirmed 1 value; 2 still assumed');
    expect(text).toContain('EXIT=0');
    const after = readFileSync(join(dir, 'spring.campaign.yaml'), 'utf8');
    expect(after).not.toContain('/campaign/markets:');
    expect(after).toContain('  /approvals/revision_rounds: 2\n  /communication/response_sla_h: 12\n');
  }, 60_000);

  it('leaves a valid draft when the process is killed mid-interview, and --resume finishes it with the answers intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-tty-'));
    start('kill', dir, ['kickoff', '--full', '--today', TODAY]);
    const answers = ['Autumn Drop', '', 'Drop Jacket', ''];
    for (const [i, answer] of answers.entries()) {
      await waitFor('kill', (t) => activeQuestion(t) !== undefined && answeredCount(t) === i);
      if (answer) tmux('send-keys', '-t', 'kill', '-l', answer);
      tmux('send-keys', '-t', 'kill', 'Enter');
    }
    // The next question appears only once the last answer's draft is written; an answer merely shown as
    // accepted may still be on its way to disk (CI once killed the process in that moment).
    await waitFor('kill', (t) => answeredCount(t) === answers.length && activeQuestion(t) !== undefined);
    const panePid = tmux('list-panes', '-t', 'kill', '-F', '#{pane_pid}').trim();
    const node = execFileSync('pgrep', ['-P', panePid], { encoding: 'utf8' }).trim().split('\n')[0]!;
    process.kill(Number(node), 'SIGKILL');
    await waitFor('kill', (t) => t.includes('EXIT=137'));

    const draftFile = join(dir, '.alignkit', 'drafts', 'autumn-drop.yaml');
    const draft = parse(readFileSync(draftFile, 'utf8'));
    expect(draft.answered).toEqual({ '/campaign/name': 'Autumn Drop', '/campaign/id': 'autumn-drop', '/campaign/product': 'Drop Jacket', '/campaign/category': 'consumer_electronics' });
    expect(draft.spec.campaign.name).toBe('Autumn Drop');

    const resumed = spawnSync(process.execPath, [BIN, 'kickoff', '--resume', '--defaults', '--today', TODAY], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    // --defaults keeps the preset's stand-ins for the names and contacts nobody typed: written, and lint says so.
    expect(resumed.stderr).toContain('no-placeholders');
    expect(resumed.stderr).not.toMatch(/error .*(?<!no-placeholders)$/m);
    expect(resumed.status).toBe(1);
    const spec = parse(readFileSync(join(dir, 'autumn-drop.campaign.yaml'), 'utf8'));
    expect(spec.campaign).toMatchObject({ id: 'autumn-drop', name: 'Autumn Drop', product: 'Drop Jacket' });
    // Answered before the kill: stated. Filled in by --defaults afterwards: assumed.
    for (const stated of ['/campaign/name', '/campaign/product', '/campaign/category']) expect(spec.assumed).not.toHaveProperty([stated]);
    expect(spec.assumed['/campaign/currency']).toBe(spec.campaign.currency);
    expect(existsSync(draftFile)).toBe(false);
  }, 60_000);

  it('Ctrl-C exits 130 and says where the draft is and how to resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alignkit-tty-'));
    start('ctrlc', dir, ['kickoff', '--today', TODAY, '--preset', 'ambassador-program']);
    await waitFor('ctrlc', (t) => activeQuestion(t) !== undefined);
    tmux('send-keys', '-t', 'ctrlc', '-l', 'Summer Club');
    tmux('send-keys', '-t', 'ctrlc', 'Enter');
    await waitFor('ctrlc', (t) => answeredCount(t) === 1 && activeQuestion(t) !== undefined);
    tmux('send-keys', '-t', 'ctrlc', 'C-c');
    const text = await waitFor('ctrlc', (t) => t.includes('EXIT='));
    expect(text).toContain('alignkit: interrupted. Your answers are saved in .alignkit/drafts/summer-club.yaml; continue with: alignkit kickoff --resume');
    expect(text).toContain('EXIT=130');
  }, 60_000);
});
