/** Files of this alignkit installation (its schemas), found from the running code's own path. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_NAMES = ['campaign', 'config', 'followup'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The folder holding alignkit's package.json and schemas/ (dist/ in a build, src/io in the sources). */
export function installationRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'schemas', 'campaign.schema.json')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

/** The absolute path of one of this installation's schemas. */
export function installedSchemaPath(name: SchemaName): string | undefined {
  const root = installationRoot();
  return root === undefined ? undefined : join(root, 'schemas', `${name}.schema.json`);
}
