/**
 * The bundled examples and their misaligned twins: each twin differs from its
 * clean example by contradictions planted as a practitioner would write them
 * (free text against the structured terms, a second definition of a measure,
 * the law's floor against a laxer limit, the plan's money, a chain failing for
 * every deliverable, an identifier that is not a vague word). Every planted one
 * is found at the field that must change, and nothing else is; the clean example
 * has no finding at all. Positions are found by searching the file's text,
 * never with alignkit's own locator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/lint.js';
import { ROOT } from './helpers/paths.js';

const TODAY = '2027-01-15';

/** [rule, text the finding starts at (unique in the file)], in file order. */
type Planted = [string, string];

const TWINS: Record<string, Planted[]> = {
  'ambassador-program': [
    ['costs-add-up', 'budget: { amount: 64000'],
    ['text-money-matches', 'Renewal decision feeds the autumn plan.'],
    ['regulated-category-rules', '23\n    audience:'],
    ['kpi-measured-one-way', 'One serve a month, filmed at home or at a supper club. We judge'],
    ['paid-use-in-text', "Behind the scenes of each month's serve"],
    // Disclosure per jurisdiction: the ASA has ruled #spon and #gifted too weak on their own.
    ['disclosure-label-accepted', '"#spon", "#gifted"'],
    ['on-camera-activity-age', "A gin serve paired with a dish in Sam's bi-monthly long-form recipe video; Sam pours"],
    // Schedule sanity, one finding for a cause that repeats: 01:00 typed for 10:00, in all four of Sam's videos.
    ['go-live-awake-hours', '2027-03-24T01:00 Europe/London'],
    // Schedule sanity across occurrences: Sam's bi-monthly video, fourth of four, lands in September, after the campaign.
    ['go-live-in-campaign-window', '{ frequency: monthly, interval: 2, occurrences: 4, day: fourth_wednesday }'],
    // Working time: Rachel reviews on Tuesday and Thursday mornings only, and the 16 business hours of her review
    // and re-reviews then take weeks: the chain that fits a full working week misses every go-live, reported once.
    ['approval-chain-fits', 'approvals:\n  stages:'],
    ['regulated-category-rules', 'regulated:\n    min_talent_age: 21'],
  ],
  'b2b-thought-leadership': [
    ['times-have-time-zones', 'Three posts, one per fortnight'],
    ['paid-use-in-text', 'Two carousel documents in German'],
    // Working time: the legal review would end in time, but Ascension Day (6 May, a Berlin public holiday) is off for Felix.
    ['approval-chain-fits', '2027-05-12T08:00 Europe/Berlin'],
    // Disclosure per jurisdiction: German regulators do not accept "#ad" for a German-language post.
    ['disclosure-label-accepted', '"#ad", "#sponsored"'],
    // Schedule sanity, and one finding for a cause that repeats: a weekly podcast ad that goes live at 03:00
    // for its creator and 04:00 for its audience, in all four episodes, reported once at the time to change.
    ['go-live-awake-hours', '2027-04-27T03:00 America/Chicago'],
    // A multi-creator event: the live panel's 18:30 in Berlin is 00:30 for its Singapore co-creator.
    ['go-live-awake-hours', '2027-05-20T18:30 Europe/Berlin'],
    ['costs-add-up', '180\n    unit: currency'],
    ['kpi-measured-one-way', "SQLs from Marcus's listener page"],
    // The law's floor: a Berlin creator on the brand's 90-day supplier terms, beyond the 60 days German law allows
    // between businesses unless expressly agreed and not grossly unfair.
    ['payment-terms-within-law', "90 }   # Ledgerly's standard supplier terms"],
  ],
  'product-launch': [
    ['text-dates-match', 'One commute video, one "noise test" video on a busy street. Send the draft'],
    // Disclosure per jurisdiction: "Paid partnership" is wording the FTC accepts, Ad Standards (Canada) does not; "#collab" neither.
    ['disclosure-label-accepted', '["#collab", Paid partnership'],
    ['kpi-measured-one-way', "Integration between 1:00 and 3:00 of Priya's weekly review video. Success"],
    // Working time, and one finding for a cause that repeats: Ines reviews on Tuesdays and Wednesdays only, so drafts
    // that reach her later in the week wait for Tuesday, and the chain misses go-live for three of the four
    // deliverables; it is reported once, at the chain, naming her working week and each deliverable.
    ['approval-chain-fits', 'approvals:\n  stages:'],
    // The law's floor: the units slip to 22 February, and three drafts due on the 19th would review earbuds their
    // creators have not used (FTC 16 CFR 255.1(c); Canadian Code clause 7), reported once at the milestone.
    ['product-before-drafts', '2027-02-22T17:00 America/New_York'],
    // Schedule sanity: the same two-day week pushes the last approval past the "All content approved" milestone.
    ['milestones-match-approvals', '2027-03-10T12:00 America/New_York\n    owner: ines-alvarez'],
    // The plan's money: Priya's kill fee equals the 40 % she is paid at signature, and nobody said whether that is all she gets.
    ['kill-fee-clear', '{ before_production_pct: 40, after_production_pct: 100 }'],
    // The plan's money: the paid flights add up to more than the spend cap the rights grant.
    ['paid-use-within-rights', '{ amount: 40000, currency: USD }'],
  ],
};

function positionOf(text: string, at: string): { line: number; column: number } {
  const index = text.indexOf(at);
  expect(index, `"${at}" is in the file`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(at, index + 1), `"${at}" is in the file once`).toBe(-1);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

async function findings(name: string) {
  const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
  const result = await lintSource(name, new TextEncoder().encode(text), { today: TODAY });
  return { text, findings: result.findings.filter((f) => !f.suppressions) };
}

describe('misaligned twins of the examples', () => {
  it.each(Object.entries(TWINS))('%s: every planted contradiction is found at its field, and nothing else', async (example, planted) => {
    const twin = await findings(`${example}.misaligned.campaign.yaml`);
    const expected = planted.map(([ruleId, at]) => ({ ruleId, ...positionOf(twin.text, at) }));
    expect(twin.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column }))).toEqual(expected);
    // The clean example differs only by the planted lines, and deserves no finding.
    expect((await findings(`${example}.campaign.yaml`)).findings).toEqual([]);
  });

  it('reports a cause that repeats in every occurrence once, naming them, at the field every occurrence takes it from', async () => {
    const twin = await findings('b2b-thought-leadership.misaligned.campaign.yaml');
    const night = twin.findings.filter((f) => f.ruleId === 'go-live-awake-hours').map((f) => [f.pointer, f.message]);
    expect(night).toEqual([
      ['/deliverables/2/go_live/at', "marcus-midroll (all 4 occurrences) goes live at night: 03:00 for Marcus Hale's clock, 04:00 for the US audience (America/New_York)."],
      ['/deliverables/3/go_live/at', "close-week-panel goes live at night: 00:30 for Wei Lin Tan's clock, 00:30 for the SG audience (Asia/Singapore)."],
    ]);
    const launch = await findings('product-launch.misaligned.campaign.yaml');
    const chain = launch.findings.filter((f) => f.ruleId === 'approval-chain-fits');
    expect(chain.map((f) => f.pointer)).toEqual(['/approvals']);
    expect(chain[0]!.message).toMatch(
      /^The approval chain cannot finish before go-live for 3 of 4 deliverables: .*Brand and claims review \(16 business h, Tue-Wed 09:00-17:00\).* ends after go-live for maya-tiktok \(\d+ hours late\), jon-reel \(\d+ hours late\), priya-integration \(\d+ hours late\)\./,
    );
  });

  it('reads "Etc/UTC" in a twin as a time zone, not as the vague "etc"', async () => {
    for (const example of ['ambassador-program', 'b2b-thought-leadership', 'product-launch']) {
      const twin = await findings(`${example}.misaligned.campaign.yaml`);
      expect(twin.text).toContain('Etc/UTC');
      expect(twin.findings.filter((f) => f.ruleId.startsWith('no-vague'))).toEqual([]);
    }
  });
});
