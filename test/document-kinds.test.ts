/**
 * A file of one kind handed to a command that reads another: one finding (or one usage error) at its `kind`,
 * not one for every field the expected document has and this one lacks; and problems in a record name the
 * record, not "the spec".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/program.js';
import { memoryIo } from './helpers/memory-io.js';
import { ROOT } from './helpers/paths.js';

const SPEC = 'examples/product-launch.campaign.yaml';
const FOLLOWUP = 'examples/product-launch.2027-03-19.followup.yaml';

async function run(args: string[], cwd = ROOT) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

function copyOfExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alignkit-kinds-'));
  for (const name of ['product-launch.campaign.yaml', 'product-launch.incident.answers.yaml', 'product-launch.wrap.answers.yaml']) {
    writeFileSync(join(dir, name), readFileSync(join(ROOT, 'examples', name)));
  }
  return dir;
}

describe('a document of another kind', () => {
  it('lint of a follow-up: one error at its kind', async () => {
    const r = await run(['lint', FOLLOWUP, '--format', 'json', '--today', '2027-01-15']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.out).results;
    expect(file.findings.map((m: { line: number; column: number; message: string }) => [m.line, m.column, m.message])).toEqual([
      [4, 7, 'This file is a follow-up (kind: FollowUp), not a campaign spec (kind: Campaign)'],
    ]);
  });

  it('render --followup given the campaign spec: one error at its kind, and nothing rendered', async () => {
    const r = await run(['render', SPEC, '--followup', SPEC, '--out', '-', '--today', '2027-01-15']);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('4:7  error    This file is a campaign spec (kind: Campaign), not a follow-up (kind: FollowUp)  schema');
    expect(r.err).not.toContain('is missing');
  });

  it('wrap and incident given a campaign spec as answers: exit 2 before anything else is judged', async () => {
    const dir = copyOfExamples();
    const wrap = await run(['wrap', 'product-launch.campaign.yaml', '--answers', 'product-launch.campaign.yaml', '--today', '2027-01-15'], dir);
    expect(wrap.code).toBe(2);
    expect(wrap.err).toBe(
      'alignkit: product-launch.campaign.yaml:4:7: this file is a campaign spec (kind: Campaign), not a wrap report (kind: WrapReport); give the answers file (kpi_actuals:, delivered:, costs:, learnings:, …; see docs/wrap.md)\n',
    );
    const incident = await run(['incident', 'product-launch.campaign.yaml', '--answers', 'product-launch.campaign.yaml', '--today', '2027-03-26'], dir);
    expect(incident.code).toBe(2);
    expect(incident.err).toMatch(/^alignkit: product-launch\.campaign\.yaml:4:7: this file is a campaign spec \(kind: Campaign\), not an incident record \(kind: Incident\); give the answers file/);
  });
});

describe('problems in a record name the record', () => {
  it('check-in answers that are an incident: "The follow-up is missing …"', async () => {
    const dir = copyOfExamples();
    const r = await run(['checkin', 'product-launch.campaign.yaml', '--answers', 'product-launch.incident.answers.yaml', '--today', '2027-03-26'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('1:1   error    The follow-up is missing `action_items`: who does what by when  schema');
    expect(r.err).not.toContain('The spec');
  });
});
