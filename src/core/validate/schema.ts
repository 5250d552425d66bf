/**
 * Schema errors that explain: the translation of ajv's errors (from any of the
 * generated explaining validators) into one plain sentence per problem, and
 * did-you-mean suggestions. Holds no validator itself, so the configuration
 * loader and `render` can use it without loading the campaign validator.
 */
import type { Finding, Position } from '../finding.js';
import { appendPointer, readablePath } from '../spec/pointer.js';
import { YAML11_WORDS } from '../spec/yaml-words.js';
import { FORMAT_WORDS, zonedDateTimeProblem } from './formats.js';

export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: SchemaNode;
  schema?: unknown;
  data?: unknown;
  propertyName?: string;
}

interface SchemaNode {
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  items?: SchemaNode;
  'x-one-of'?: string;
  [key: string]: unknown;
}

export type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** A schema problem before it is placed in the file. */
export interface SchemaProblem {
  pointer: string;
  /** Point at the key rather than the value (unknown fields). */
  target: 'key' | 'value';
  message: string;
  hint?: string;
}

/** A schema problem placed in its file; `at` turns a pointer into a position. */
export function schemaFinding(problem: SchemaProblem, file: string, at: (pointer: string, target: 'key' | 'value') => Position): Finding {
  return {
    ruleId: 'schema',
    severity: 'error',
    message: problem.message,
    file,
    pointer: problem.pointer,
    ...(problem.hint ? { hint: problem.hint } : {}),
    ...at(problem.pointer, problem.target),
  };
}

// ---- translation ---------------------------------------------------------------

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function typeWords(type: unknown): string {
  const words: Record<string, string> = {
    object: 'a mapping of fields',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
  };
  return Array.isArray(type) ? type.map(typeWords).join(' or ') : (words[String(type)] ?? String(type));
}

/** Text a YAML reader takes for a number, an infinity, not-a-number or null: quoted in an example. */
const READS_AS_NUMBER = /^(?:~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.(?:inf|nan))$/i;

/** A string as a plain YAML scalar inside a flow collection when it can be one, else double-quoted (which is JSON). */
function flowText(text: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/[,[\]{}]|:(?:\s|$)|\s#|\s$/.test(text) && !READS_AS_NUMBER.test(text) && !YAML11_WORDS.has(text.toLowerCase());
  return plain ? text : JSON.stringify(text);
}

/** An example value as YAML a person can copy into the spec: `[Setting]`, `{start: 2027-03-01, end: 2027-04-30}`. */
export function flowYaml(value: unknown): string {
  if (typeof value === 'string') return flowText(value);
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, item]) => `${flowText(key)}: ${flowYaml(item)}`)
      .join(', ')}}`;
  }
  return String(value);
}

function exampleText(example: unknown): string {
  if (example === undefined) return '';
  if (typeof example === 'string') return example;
  const text = flowYaml(example);
  return text === '[]' || text === '{}' ? '' : text;
}

/** "when the creator delivers the first draft, e.g. 2027-03-04T17:00 America/New_York" */
function explain(node: SchemaNode | undefined): string {
  if (!node?.description) return '';
  const description = node.description.replace(/\.$/, '');
  const first = description.charAt(0).toLowerCase() + description.slice(1);
  const example = exampleText(node.examples?.[0]);
  return `: ${first}${example ? `, e.g. ${example}` : ''}`;
}

/** The edit distance between two strings, or `limit + 1` as soon as it is sure to be more than `limit`. */
/** The row levenshtein works in, kept between calls: a file with 20,000 unknown keys asks 260,000 distances. */
let row = new Int32Array(64);

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (row.length <= b.length) row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    let previous = row[0]!;
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      const value = Math.min(current + 1, row[j - 1]! + 1, previous + (letter === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      previous = current;
      if (value < smallest) smallest = value;
    }
    // A row's smallest value never decreases further down, so the distance is past the limit already.
    if (smallest > limit) return limit + 1;
  }
  return row[b.length]!;
}

/** A field name as one short line: complex YAML keys (`? [a, b]`) arrive as multi-line JSON. */
function oneLineField(field: string): string {
  const line = field.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase().replace(/[\s-]/g, '_');
  // No candidate further than this can be accepted below, so distances past it need not be worked out exactly
  // (an unknown key of a 20,000-key file is compared with every known field).
  const limit = candidates.reduce((most, candidate) => Math.max(most, Math.floor(candidate.length / 4)), 2);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(needle, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Only a name that keeps more of the input than it changes: "0" is two edits from "id", and no typo of it.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4)) && bestDistance < needle.length ? best : undefined;
}

function subject(pointer: string, data: unknown, document: string): string {
  return pointer === '' ? document : `\`${readablePath(pointer, data)}\``;
}

function isBranchError(error: AjvError, combinators: AjvError[]): boolean {
  return combinators.some((c) => c !== error && error.schemaPath.startsWith(c.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/')) && error.instancePath.startsWith(c.instancePath));
}

function translateOne(error: AjvError, data: unknown, document: string): SchemaProblem | undefined {
  const at = error.instancePath;
  const who = subject(at, data, document);
  const parent = error.parentSchema;
  switch (error.keyword) {
    case 'required': {
      const field = String(error.params.missingProperty);
      const target = at === '' ? 'value' : 'key';
      return { pointer: at, target, message: `${who} is missing \`${field}\`${explain(parent?.properties?.[field])}` };
    }
    case 'additionalProperties': {
      const field = String(error.params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {});
      const guess = didYouMean(field, known);
      return {
        pointer: appendPointer(at, field),
        target: 'key',
        message: `${who} has an unknown field \`${oneLineField(field)}\`${guess ? `; did you mean \`${guess}\`?` : ''}`,
        hint: guess ? undefined : `Known fields here: ${known.join(', ')}.`,
      };
    }
    case 'type': {
      const found = error.data;
      const isSpec = document === 'The spec';
      if (at === '' && (found === null || found === undefined)) {
        const message = isSpec ? 'The file is empty: a campaign spec starts with `apiVersion: alignkit/v2` and `kind: Campaign`' : `${document} is empty: write it as a YAML mapping of fields`;
        return { pointer: at, target: 'value', message };
      }
      if (at === '') {
        const foundWords = typeWords(typeof found === 'object' ? (Array.isArray(found) ? 'array' : 'object') : typeof found);
        return {
          pointer: at,
          target: 'value',
          message: isSpec
            ? `The spec must be a YAML mapping starting with \`apiVersion: alignkit/v2\`, but it is ${foundWords}`
            : `${document} must be a YAML mapping of fields, but it is ${foundWords}`,
        };
      }
      const empty = found === null ? ' but it is empty' : ` but it is ${quote(found)}`;
      return { pointer: at, target: 'value', message: `${who} must be ${typeWords(error.params.type)}${empty}${explain(parent)}` };
    }
    case 'enum': {
      const allowed = (error.schema as unknown[] | undefined) ?? parent?.enum ?? [];
      const guess = typeof error.data === 'string' ? didYouMean(error.data, allowed.map(String)) : undefined;
      return {
        pointer: at,
        target: 'value',
        message: `${who} is ${quote(error.data)}, which is not an allowed value${guess ? `; did you mean \`${guess}\`?` : ''}`,
        hint: `Allowed values: ${allowed.map(String).join(', ')}.`,
      };
    }
    case 'const':
      return { pointer: at, target: 'value', message: `${who} must be \`${String(error.params.allowedValue)}\`, not ${quote(error.data)}` };
    case 'format': {
      const format = String(error.params.format);
      const example = exampleText(parent?.examples?.[0]);
      let hint: string | undefined;
      if (format === 'country' && error.data === 'UK') hint = 'The ISO code for the United Kingdom is GB.';
      const detail = format === 'zoned-date-time' && typeof error.data === 'string' ? zonedDateTimeProblem(error.data) : undefined;
      if (detail) {
        return { pointer: at, target: 'value', message: `${who} is ${quote(error.data)}: ${detail} (e.g. ${example})` };
      }
      return {
        pointer: at,
        target: 'value',
        message: `${who} is ${quote(error.data)}, which is not ${FORMAT_WORDS[format] ?? format}${example ? ` (e.g. ${example})` : ''}`,
        ...(hint ? { hint } : {}),
      };
    }
    case 'pattern': {
      const example = exampleText(parent?.examples?.[0]);
      return {
        pointer: at,
        target: 'value',
        message: `${who} is ${quote(error.data)}, which is not in the expected form${parent?.title ? ` of ${parent.title.toLowerCase()}` : ''}${example ? ` (e.g. ${example})` : ''}`,
      };
    }
    case 'minLength':
      return { pointer: at, target: 'value', message: `${who} is empty${explain(parent)}` };
    case 'minItems': {
      const limit = Number(error.params.limit);
      return { pointer: at, target: 'value', message: `${who} needs at least ${limit} ${limit === 1 ? 'entry' : 'entries'}${explain(parent)}` };
    }
    case 'maxItems':
      return { pointer: at, target: 'value', message: `${who} may have at most ${String(error.params.limit)} entries` };
    case 'uniqueItems': {
      const list = error.data as unknown[];
      // Point at the repeat, not at the first occurrence.
      const repeat = Math.max(Number(error.params.i), Number(error.params.j));
      return { pointer: appendPointer(at, repeat), target: 'value', message: `${who} lists ${quote(list[repeat])} more than once` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[error.keyword];
      return { pointer: at, target: 'value', message: `${who} must be ${bound} ${String(error.params.limit)}, not ${quote(error.data)}` };
    }
    case 'propertyNames': {
      const key = String(error.params.propertyName);
      const forbidden = ['__proto__', 'constructor', 'prototype'].includes(key);
      return {
        pointer: appendPointer(at, key),
        target: 'key',
        message: forbidden
          ? `${who} has the key \`${key}\`, which is not allowed (it could tamper with the program reading the spec)`
          : `${who} has the key \`${key}\`, which is not in the expected form${parent?.examples ? ` (e.g. ${Object.keys((parent.examples[0] ?? {}) as object).join(', ')})` : ''}`,
      };
    }
    case 'oneOf':
    case 'anyOf': {
      const shape = parent?.['x-one-of'];
      return {
        pointer: at,
        target: 'value',
        message: shape ? `${who} must give ${shape}` : `${who} does not match any of the allowed shapes${explain(parent)}`,
      };
    }
    default:
      return { pointer: at, target: 'value', message: `${who} ${error.message ?? 'is not valid'}` };
  }
}

const KEYWORD_RANK: Record<string, number> = { type: 0, const: 1, enum: 1, format: 2, pattern: 3 };

/** `document` names the whole file in messages about its top level: "The spec is missing `kpis`". */
export function translate(errors: AjvError[], data: unknown, document = 'The spec'): SchemaProblem[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  // propertyNames reports once for the map and once for the inner keyword; keep the map-level one.
  const kept = errors.filter((e) => !isBranchError(e, combinators) && e.propertyName === undefined);

  // One finding per value: a wrong type hides format and pattern noise at the same place.
  const byPath = new Map<string, AjvError[]>();
  for (const error of kept) {
    const key = `${error.instancePath}|${error.keyword === 'required' || error.keyword === 'additionalProperties' ? error.keyword + JSON.stringify(error.params) : 'value'}`;
    const list = byPath.get(key) ?? [];
    list.push(error);
    byPath.set(key, list);
  }
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const group of byPath.values()) {
    group.sort((a, b) => (KEYWORD_RANK[a.keyword] ?? 9) - (KEYWORD_RANK[b.keyword] ?? 9));
    const problem = translateOne(group[0]!, data, document);
    if (!problem) continue;
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
