/** Committed generated files must equal a fresh generation (run `npm run generate`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../scripts/generate-lib.js';
import { ROOT } from './helpers/paths.js';

describe('generated artifacts are fresh', async () => {
  const artifacts = await buildArtifacts();
  it.each(Object.keys(artifacts))('%s', (path) => {
    expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run generate`).toBe(artifacts[path]);
  });
});
