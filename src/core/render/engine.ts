/**
 * One Handlebars instance per render, never the global one: helpers and
 * partials registered here cannot leak between renders or into user code.
 * Built-in templates are precompiled at generate time (src/generated/templates.ts),
 * so the common path loads only the Handlebars runtime. Templates from
 * --templates or .alignkit/templates/ are compiled with the full compiler,
 * which the caller loads only when such files exist.
 */
import HandlebarsRuntime from 'handlebars/runtime';
import { BUILTIN_DOCUMENTS, BUILTIN_PARTIALS } from '../../generated/templates.js';
import { documentLanguage, type DocumentLanguage } from '../i18n/language.js';
import { COMPILE_OPTIONS, HELPERS } from './helpers.js';

export const DOCUMENT_NAMES = ['brief', 'agreement', 'followup', 'wrap', 'incident'] as const;
export type DocumentName = (typeof DOCUMENT_NAMES)[number];

/** A template replacing a built-in one; `shown` is the path printed in messages. */
export interface TemplateOverride {
  kind: 'document' | 'partial';
  name: string;
  shown: string;
  source: string;
}

/** The full Handlebars module, needed only to compile overrides. */
export type HandlebarsCompiler = typeof import('handlebars');

/** A template that failed to compile or render, with where it came from. */
export class TemplateError extends Error {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(`${template}: ${message}`);
  }
}

type Runtime = ReturnType<typeof HandlebarsRuntime.create>;
type TemplateFn = (context: unknown, options?: unknown) => string;

/**
 * Where a template reads a field of something that is not there: strict mode checks the last step of a path
 * (`{{campaign.nmae}}`), and an earlier step (`{{nope.deep}}`) fails as a TypeError with no position, so the
 * template's text is searched for the first path that steps into the property the error names.
 */
function missingParent(raw: string, source: string | undefined): string | undefined {
  const reading = /^Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)/.exec(raw);
  if (!reading || source === undefined) return undefined;
  const property = reading[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const use = new RegExp(`\\{\\{[#/^~\\s]*(?:[\\w-]+\\s+)*?((?:@?[\\w-]+\\.)*?[\\w-]+)\\.${property}\\b`).exec(source);
  if (!use) return `a field before "${reading[1]}" is not there`;
  const before = source.slice(0, use.index).split('\n');
  const at = use.index + use[0].length - `${use[1]}.${reading[1]}`.length;
  return `line ${before.length}, column ${at - source.lastIndexOf('\n', at - 1)}: "${use[1]}" is not a field here`;
}

/** Handlebars messages end in " - 12:4" (strict) or start "Parse error on line 12:"; keep one line. */
function describe(error: unknown, source?: string): string {
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const raw = String(e?.message ?? error);
  const parse = /^Parse error on line (\d+):[\s\S]*?got '([^']+)'/.exec(raw);
  if (parse) return `line ${parse[1]}: syntax error (unexpected ${parse[2] === 'EOF' ? 'end of file: a block is not closed' : parse[2]})`;
  const lexical = /^Parse error on line (\d+)/.exec(raw);
  if (lexical) return `line ${lexical[1]}: syntax error`;
  const strict = /^"([^"]+)" not defined in [\s\S]*? - (\d+):(\d+)$/.exec(raw);
  if (strict) return `line ${strict[2]}, column ${Number(strict[3]) + 1}: "${strict[1]}" is not a field here`;
  const parent = missingParent(raw, source);
  if (parent) return parent;
  const helper = /^(?:Missing helper|You specified knownHelpersOnly, but used the unknown helper) "?([^"\s]+)"?/.exec(raw);
  if (helper) return `unknown helper "${helper[1]}" (see README, "Templates", for the helpers there are)`;
  const loc = e.lineNumber !== undefined ? `line ${e.lineNumber}${e.column !== undefined ? `, column ${e.column + 1}` : ''}: ` : '';
  return `${loc}${raw.split('\n')[0]}`;
}

/** Errors name the innermost template they came from (handlebars.js#1681 leaves that out). */
function named(shown: string, fn: TemplateFn, source?: string): TemplateFn {
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(shown, describe(error, source));
    }
  };
}

export interface Engine {
  /** A document in `language` (default English): the {{t}} helper reads its messages. */
  render(document: DocumentName, view: unknown, language?: DocumentLanguage): string;
}

export function createEngine(overrides: readonly TemplateOverride[] = [], compiler?: HandlebarsCompiler): Engine {
  if (overrides.length > 0 && !compiler) throw new Error('template overrides need the Handlebars compiler');
  const hb: Runtime = compiler ? (compiler.create() as unknown as Runtime) : HandlebarsRuntime.create();
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);

  const compileOverride = (o: TemplateOverride): TemplateFn => {
    // Parse now, so a broken template is reported before any document is written.
    try {
      compiler!.precompile(o.source, COMPILE_OPTIONS);
    } catch (error) {
      throw new TemplateError(o.shown, describe(error));
    }
    return (hb as unknown as HandlebarsCompiler).compile(o.source, COMPILE_OPTIONS) as TemplateFn;
  };
  const partialOverrides = new Map(overrides.filter((o) => o.kind === 'partial').map((o) => [o.name, o]));
  const documentOverrides = new Map(overrides.filter((o) => o.kind === 'document').map((o) => [o.name, o]));

  for (const [name, spec] of Object.entries(BUILTIN_PARTIALS)) {
    if (partialOverrides.has(name)) continue;
    hb.registerPartial(name, named(`templates/partials/${name}.hbs`, hb.template(spec) as TemplateFn));
  }
  for (const o of partialOverrides.values()) hb.registerPartial(o.name, named(o.shown, compileOverride(o), o.source));

  const documents = new Map<string, TemplateFn>();
  for (const name of DOCUMENT_NAMES) {
    const o = documentOverrides.get(name);
    documents.set(name, named(o ? o.shown : `templates/${name}.md.hbs`, o ? compileOverride(o) : (hb.template(BUILTIN_DOCUMENTS[name]!) as TemplateFn), o?.source));
  }

  return {
    render(document, view, language = documentLanguage('en')) {
      const text = documents.get(document)!(view, { data: { language } });
      // Templates are easier to write when optional blocks may leave a blank line too many.
      return `${text
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
    },
  };
}
