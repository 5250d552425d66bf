/**
 * Small builders for the campaign JSON Schema. Every property the builders
 * produce carries `title`, `description` and `examples`, because those three
 * feed editor completion, the error messages and the kickoff interview.
 */
export type Schema = Record<string, unknown>;

export interface Doc {
  title: string;
  description: string;
  examples: unknown[];
}

function doc(d: Doc): Schema {
  return { title: d.title, description: d.description, examples: d.examples };
}

export const str = (d: Doc, extra: Schema = {}): Schema => ({ ...doc(d), type: 'string', minLength: 1, ...extra });
/** Beyond any count, target or amount a campaign has, and below 2^53: every number survives JSON and the sign-off hash exactly. */
export const LARGEST = 1_000_000_000_000;
/** A hundred years: no campaign term runs longer, and dates computed from it stay valid. */
export const MAX_DAYS = 36_600;
/** Ten years of hours, for review windows, SLAs and turnarounds. */
export const MAX_HOURS = 87_600;
export const int = (d: Doc, extra: Schema = {}): Schema => ({ ...doc(d), type: 'integer', maximum: LARGEST, ...extra });
export const num = (d: Doc, extra: Schema = {}): Schema => ({ ...doc(d), type: 'number', maximum: LARGEST, ...extra });
export const bool = (d: Doc): Schema => ({ ...doc(d), type: 'boolean' });
export const oneOfEnum = (d: Doc, values: readonly string[], extra: Schema = {}): Schema => ({
  ...doc(d),
  type: 'string',
  enum: [...values],
  ...extra,
});

/** A definition reference with its own annotations; draft-07 ignores siblings of `$ref`, so wrap it. */
export const ref = (name: string, d: Doc, extra: Schema = {}): Schema => ({
  ...doc(d),
  // ajv's strictTypes wants the type beside list keywords such as minItems.
  ...('minItems' in extra || 'maxItems' in extra ? { type: 'array' } : {}),
  allOf: [{ $ref: `#/definitions/${name}` }],
  ...extra,
});

export const list = (d: Doc, items: Schema, extra: Schema = {}): Schema => ({
  ...doc(d),
  type: 'array',
  items,
  ...extra,
});

export const obj = (d: Doc, properties: Record<string, Schema>, required: string[] = [], extra: Schema = {}): Schema => ({
  ...doc(d),
  type: 'object',
  additionalProperties: false,
  ...(required.length > 0 ? { required } : {}),
  properties,
  ...extra,
});

/** A list item: an object schema whose annotations describe one entry. */

/** Keys that would reach Object.prototype if a consumer merged the data naively. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

export const freeMap = (d: Doc, keyPattern: string, value: Schema): Schema => ({
  ...doc(d),
  type: 'object',
  propertyNames: { pattern: keyPattern, not: { enum: FORBIDDEN_KEYS } },
  additionalProperties: value,
});

// ---- field builders shared by the campaign and follow-up schemas ----------

export const idField = (what: string, example: string): Schema =>
  ref('id', { title: 'Id', description: `A short unique id for this ${what}, used to refer to it elsewhere in the spec.`, examples: [example] });

export const partyRef = (title: string, description: string, example = 'nova-brand'): Schema => ref('id', { title, description: `${description} (a party id).`, examples: [example] });

export const partyRefs = (title: string, description: string, example = ['maya-chen']): Schema => ref('idList', { title, description: `${description} (party ids).`, examples: [example] });

export const money = (title: string, description: string, example: { amount: number; currency: string }): Schema => ref('money', { title, description, examples: [example] });

export const hours = (title: string, description: string, example: number): Schema => int({ title, description, examples: [example] }, { minimum: 0, maximum: MAX_HOURS });

export const texts = (title: string, description: string, example: string[]): Schema => ref('textList', { title, description, examples: [example] });

export const text = (title: string, description: string, example: string): Schema => ref('text', { title, description, examples: [example] });

/**
 * One branch of "either these fields or those": the fields are required, and
 * named in the branch's own `properties` too, as Ajv's strict mode asks
 * (strictRequired does not look at the parent's properties inside oneOf).
 */
export const requires = (...names: string[]): Schema => ({ required: names, properties: Object.fromEntries(names.map((n) => [n, true])) });
