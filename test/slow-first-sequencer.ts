/**
 * Test files in the order two workers finish soonest: the longest first, from
 * the measured durations below, then the rest as vitest orders them. Vitest
 * orders by the durations it cached on the last run, which a fresh clone (and
 * so CI) does not have; it then falls back to file size, and a long file that
 * starts last kept one worker busy for 20 s after the other had finished.
 */
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files on the 2-core development machine (a fresh clone's CI run, 2026-12-07: 37, 25, 24, 17, 15, 14, 12, 12, 12, 10 and 9 s), longest first. */
const LONGEST = ['hardening-2', 'fuzz', 'hardening', 'kickoff-tty', 'render', 'interrupt', 'block-yaml', 'e2e', 'html-browser', 'node-versions', 'provenance-property'];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = LONGEST.indexOf(basename(file.moduleId, '.test.ts'));
      return i < 0 ? LONGEST.length : i;
    };
    // Array#sort is stable: the files not listed keep vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
