/** Writes the generated artifacts (schema JSON, types, validator, docs/spec.md). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildArtifacts } from './generate-lib.js';

for (const [path, content] of Object.entries(await buildArtifacts())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
