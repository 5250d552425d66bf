/** Files of this alignkit installation (its schemas), found from the running code's own path. */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_NAMES = ['campaign', 'config', 'followup', 'wrap', 'incident', 'due-report'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The folder holding alignkit's package.json and schemas/ (dist/ in a build, src/io in the sources). */
export function installationRoot(): string | undefined {
  if (root === null) root = findRoot();
  return root;
}

// Found once per process: the code does not move while it runs.
let root: string | undefined | null = null;

function findRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'schemas', 'campaign.schema.json')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

/** The absolute path of one of this installation's schemas. */
export function installedSchemaPath(name: SchemaName): string | undefined {
  const home = installationRoot();
  return home === undefined ? undefined : join(home, 'schemas', `${name}.schema.json`);
}

/**
 * How the person at `cwd` runs this alignkit, for the next steps alignkit
 * prints: `npx alignkit` inside a project that installed it (npm puts no
 * project binary on PATH), inside a checkout of alignkit, or for a run
 * through npx; `alignkit` for a global installation.
 */
export function alignkitCommand(cwd: string): string {
  const home = installationRoot();
  if (home === undefined) return 'alignkit';
  const parts = home.split(sep);
  const modules = parts.lastIndexOf('node_modules');
  if (parts.includes('_npx')) return 'npx alignkit';
  // A checkout of alignkit itself: npx finds the project's own binary inside it.
  const project = modules < 0 ? home : parts.slice(0, modules).join(sep) || sep;
  return cwd === project || cwd.startsWith(`${project}${sep}`) ? 'npx alignkit' : 'alignkit';
}
