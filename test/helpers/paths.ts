import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixture = (...parts: string[]): string => join(ROOT, 'test', 'fixtures', ...parts);
/** examples/misaligned.campaign.yaml and the *.misaligned twins are deliberately full of mistakes; every other example must lint clean. */
export const MISALIGNED_EXAMPLE = 'examples/misaligned.campaign.yaml';
export const CLEAN_EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.campaign.yaml'))
  .sort()
  .map((f) => `examples/${f}`)
  .filter((f) => !f.includes('misaligned'));
export const EXAMPLES = CLEAN_EXAMPLES.map((f) => join(ROOT, f));

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFilesBelow(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

let repoYaml: readonly string[] | undefined;
/** Every YAML file of the repository's examples, templates, fixtures and goldens, absolute, in a stable order (walked on first use). */
export function repoYamlFiles(): readonly string[] {
  repoYaml ??= ['examples', 'templates', 'test/fixtures', 'test/golden'].flatMap((dir) => yamlFilesBelow(join(ROOT, dir)));
  return repoYaml;
}
