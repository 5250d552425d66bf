/**
 * Answers from a file: a partial spec. Each question takes the value at its own
 * path; lists are matched entry by entry; what no question asks is laid over the
 * result at the end, so nothing written in the file is dropped.
 */
import { isRecord } from '../spec/plain-data.js';
import { clone, getAt, hasAt, isUnsafeKey, type Spec } from './draft.js';
import type { Ask, Asker } from './interview.js';
import { schemaAt } from './schema-field.js';

export interface AnswersAsker extends Asker {
  /** Questions the file does not answer (an error unless --defaults). */
  readonly missing: string[];
  /** Value questions the file left to the preset or to a derived value: assumed, not stated. */
  readonly defaulted: Set<string>;
}

export function answersAsker(answers: Spec, useDefaults: boolean): AnswersAsker {
  const missing: string[] = [];
  const defaulted = new Set<string>();
  return {
    missing,
    defaulted,
    async ask(question: Ask): Promise<unknown> {
      const given = hasAt(answers, question.path);
      const value = given ? getAt(answers, question.path) : undefined;
      switch (question.kind) {
        case 'keep':
          return Array.isArray(value) ? question.entries.map((_, i) => i).filter((i) => i < value.length) : question.entries.map((_, i) => i);
        case 'more':
          return Array.isArray(value) && value.length > question.count;
        case 'toggle':
          return given ? value !== false && value !== null : question.current;
        case 'value': {
          if (!given) {
            if (!useDefaults && !question.derived) missing.push(question.pointer);
            defaulted.add(question.pointer);
            return question.current;
          }
          // Checked once for the whole spec at the end (a check per answer is quadratic in a big file).
          return value;
        }
      }
    },
  };
}

/**
 * Lays every value of the answers file over the spec: mappings merge, lists of
 * mappings merge entry by entry, other lists and values replace. An optional
 * block answered `false` stays removed. Where the schema takes one of several
 * groups of fields (a go-live's `at`, or its `window_start` and `window_end`),
 * the group the file gives replaces the one the preset had.
 */
export function overlayAnswers(spec: Spec, answers: Spec): void {
  merge(spec, answers);
  dropOtherAlternatives(spec, answers, []);
}

/**
 * The preset's fields of the alternatives the file did not choose: they were only the preset's default, and
 * kept beside the file's choice they would make a spec nobody wrote, which the schema refuses (a full spec as
 * an answers file was refused for its own go-live times). A file that gives two alternatives keeps both, and
 * the schema says which to drop.
 */
function dropOtherAlternatives(spec: unknown, answers: unknown, path: (string | number)[]): void {
  if (Array.isArray(answers)) {
    answers.forEach((entry, i) => {
      if (Array.isArray(spec)) dropOtherAlternatives(spec[i], entry, [...path, i]);
    });
    return;
  }
  if (!isRecord(answers) || !isRecord(spec)) return;
  const groups = (schemaAt(path)?.node.oneOf ?? []).map((branch) => branch.required);
  if (groups.length > 1 && groups.every((group) => Array.isArray(group))) {
    const given = (groups as string[][]).filter((group) => group.some((field) => Object.hasOwn(answers, field)));
    if (given.length === 1) {
      for (const group of groups as string[][]) if (group !== given[0]) for (const field of group) if (!Object.hasOwn(answers, field)) delete spec[field];
    }
  }
  for (const [key, value] of Object.entries(answers)) if (!isUnsafeKey(key)) dropOtherAlternatives(spec[key], value, [...path, key]);
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (isUnsafeKey(key)) continue;
    if (value === false && isRecord(target[key])) continue;
    const existing = target[key];
    if (isRecord(value) && isRecord(existing)) merge(existing, value);
    else if (Array.isArray(value) && Array.isArray(existing) && value.some(isRecord)) {
      value.forEach((entry, i) => {
        if (isRecord(entry) && isRecord(existing[i])) merge(existing[i] as Record<string, unknown>, entry);
        else existing[i] = clone(entry);
      });
      existing.length = value.length;
    } else if (value === false && existing === undefined && isToggleOff(key)) continue;
    else target[key] = clone(value);
  }
}

/** `paid: false` in an answers file means "no paid use", not a value to write. */
function isToggleOff(key: string): boolean {
  return key === 'paid';
}
