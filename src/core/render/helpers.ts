/**
 * The Handlebars helpers templates may use (compiled with knownHelpersOnly, so
 * any other name is a compile error). Every helper escapes its output for
 * Markdown; a missing argument throws, because Handlebars' strict mode does
 * not check helper arguments and a blank in a contract is worse than an error.
 */
import { documentLanguage, type DocumentLanguage } from '../i18n/language.js';
import type { Money } from '../spec/model.js';
import { andList, dateText, minutesText, moneyText, numberText, pluralText, zonedText } from './format.js';
import { cell, code, codeCell, email, inline, link } from './markdown.js';

type Helper = (...args: unknown[]) => string;

function present(helper: string, value: unknown): unknown {
  if (value === undefined) throw new TemplateValueError(`the {{${helper}}} helper was given a field that does not exist`);
  return value;
}

function text(helper: string, value: unknown): string {
  const v = present(helper, value);
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new TemplateValueError(`the {{${helper}}} helper needs text, not ${Array.isArray(v) ? 'a list' : 'a mapping'}`);
}

export class TemplateValueError extends Error {}

/** Handlebars passes an options object as the last argument; helpers take the ones before it. */
function args(all: unknown[]): unknown[] {
  return all.slice(0, -1);
}

interface HelperOptions {
  hash?: Record<string, unknown>;
  data?: { language?: DocumentLanguage };
}

function optionsOf(all: unknown[]): HelperOptions {
  return (all[all.length - 1] ?? {}) as HelperOptions;
}

/** Markdown a helper has already escaped, passed whole into a message (`{{t "…" labels=(codes list)}}`). */
class MarkdownFragment {
  constructor(readonly markdown: string) {}
  toString(): string {
    return this.markdown;
  }
}

/** The language the engine renders this document in (English for templates rendered without one). */
function languageOf(all: unknown[]): DocumentLanguage {
  return optionsOf(all).data?.language ?? documentLanguage('en');
}

export const HELPERS: Readonly<Record<string, Helper>> = {
  /**
   * A message from the document language's catalog: {{t "brief.for" name=creator.name}}.
   * Values are escaped like {{md}}; fragments from {{codes}} go in as they are.
   */
  t: (...a) => {
    const key = text('t', args(a)[0]);
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(optionsOf(a).hash ?? {})) {
      if (value instanceof MarkdownFragment) values[name] = value.markdown;
      else if (typeof value === 'number') values[name] = value;
      else values[name] = inline(text('t', value));
    }
    try {
      return languageOf(a).t(key, values);
    } catch (error) {
      throw new TemplateValueError(`the {{t}} helper: ${(error as Error).message}`);
    }
  },
  /** A list of code spans joined by the document language's "or": `#ad` or `Ad`. */
  codes: ((...a: unknown[]) => {
    const value = present('codes', args(a)[0]);
    if (!Array.isArray(value)) throw new TemplateValueError('the {{codes}} helper needs a list');
    return new MarkdownFragment(value.map((v) => code(text('codes', v))).join(languageOf(a).t('list.or')));
  }) as unknown as Helper,
  /** Inline text: escaped, on one line. */
  md: (...a) => inline(text('md', args(a)[0])),
  /** Table cell text; a dash when empty. */
  cell: (...a) => cell(text('cell', args(a)[0])),
  /** A code span (ids, codes, handles). */
  code: (...a) => code(text('code', args(a)[0])),
  /** A code span inside a table. */
  codeCell: (...a) => codeCell(text('codeCell', args(a)[0])),
  /** A clickable URL when it is a plain http(s) URL. */
  link: (...a) => link(text('link', args(a)[0])),
  /** An email address, clickable (also inside tables). */
  email: (...a) => email(text('email', args(a)[0])),
  /** 0-based @index to a 1-based number. */
  inc: (...a) => String(Number(present('inc', args(a)[0])) + 1),
  /** YYYY-MM-DD as "Mon 8 Mar 2027". */
  date: (...a) => inline(dateText(text('date', args(a)[0]))),
  /** A zoned date-time, optionally on another zone's clock: {{datetime d.draft_due creator.timezone}}. */
  datetime: (...a) => {
    const [value, zone] = args(a);
    return inline(zonedText(text('datetime', value), zone === undefined ? undefined : text('datetime', zone)));
  },
  /** { amount, currency } as "USD 14,000". */
  money: (...a) => inline(moneyText(present('money', args(a)[0]) as Money)),
  /** 2500000 as "2,500,000". */
  number: (...a) => inline(numberText(Number(present('number', args(a)[0])))),
  /** Minutes as "90 min" or "24 h". */
  minutes: (...a) => inline(minutesText(Number(present('minutes', args(a)[0])))),
  /** {{plural 3 "day"}} as "3 days". */
  plural: (...a) => {
    const [n, word] = args(a);
    return inline(pluralText(Number(present('plural', n)), text('plural', word)));
  },
  /** A list as "a, b and c". */
  list: (...a) => {
    const value = present('list', args(a)[0]);
    if (!Array.isArray(value)) throw new TemplateValueError('the {{list}} helper needs a list');
    return inline(andList(value.map((v) => text('list', v))));
  },
};

/** What the compiler is told: our helpers and Handlebars' block helpers, nothing else. */
export const KNOWN_HELPERS: Readonly<Record<string, boolean>> = Object.fromEntries([...Object.keys(HELPERS), 'if', 'unless', 'each', 'with', 'lookup'].map((name) => [name, true]));

export const COMPILE_OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS } as const;
