/**
 * Template lookup, file by file: `--templates <dir>`, then `.alignkit/templates/`
 * in the current directory, then the built-ins. Template directories are
 * trusted code: a template can print any field it is given, so only point
 * alignkit at templates you would run as a script.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readTextInput } from './files.js';
import { join } from 'node:path';
import { displayPath } from './display-path.js';
import { UsageError } from '../errors.js';
import { DOCUMENT_NAMES, type TemplateOverride } from '../core/render/engine.js';
import { BUILTIN_PARTIALS } from '../generated/templates.js';

export interface TemplateListing {
  kind: 'document' | 'partial';
  name: string;
  /** "built-in", or the path of the file that replaces it. */
  from: string;
}

function filesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && !statSync(join(dir, f)).isDirectory()) // anything else is read, and refused there if it is no file
    .sort();
}

function readTemplate(path: string, shown: string): string {
  return readTextInput(path, shown, 'template').toString('utf8');
}

/** The overrides in effect, the later directories losing to the earlier ones. */
export function findTemplateOverrides(cwd: string, templatesDir?: string): TemplateOverride[] {
  const dirs: string[] = [];
  if (templatesDir !== undefined) {
    const dir = join(cwd, templatesDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--templates ${templatesDir}: no such directory`);
    dirs.push(dir);
  }
  dirs.push(join(cwd, '.alignkit', 'templates'));
  const found = new Map<string, TemplateOverride>();
  for (const dir of dirs) {
    for (const file of filesIn(dir, '.md.hbs')) {
      const name = file.slice(0, -'.md.hbs'.length);
      const shown = displayPath(cwd, join(dir, file));
      if (!(DOCUMENT_NAMES as readonly string[]).includes(name)) {
        throw new UsageError(`${shown}: alignkit renders no document called "${name}"; document templates are ${DOCUMENT_NAMES.map((n) => `${n}.md.hbs`).join(', ')} (put shared pieces in partials/)`);
      }
      const key = `document:${name}`;
      if (!found.has(key)) found.set(key, { kind: 'document', name, shown, source: readTemplate(join(dir, file), shown) });
    }
    for (const file of filesIn(join(dir, 'partials'), '.hbs')) {
      const name = file.slice(0, -'.hbs'.length);
      const shown = displayPath(cwd, join(dir, 'partials', file));
      const key = `partial:${name}`;
      if (!found.has(key)) found.set(key, { kind: 'partial', name, shown, source: readTemplate(join(dir, 'partials', file), shown) });
    }
  }
  return [...found.values()];
}

/** What `render --list-templates` prints: every template and where it comes from. */
export function listTemplates(overrides: readonly TemplateOverride[]): TemplateListing[] {
  const from = new Map(overrides.map((o) => [`${o.kind}:${o.name}`, o.shown]));
  const partials = [...new Set([...Object.keys(BUILTIN_PARTIALS), ...overrides.filter((o) => o.kind === 'partial').map((o) => o.name)])].sort();
  return [
    ...DOCUMENT_NAMES.map((name) => ({ kind: 'document' as const, name, from: from.get(`document:${name}`) ?? 'built-in' })),
    ...partials.map((name) => ({ kind: 'partial' as const, name, from: from.get(`partial:${name}`) ?? 'built-in' })),
  ];
}
