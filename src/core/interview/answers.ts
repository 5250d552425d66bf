/**
 * Answers from a file: a partial spec. Each question takes the value at its own
 * path; lists are matched entry by entry; what no question asks is laid over the
 * result at the end, so nothing written in the file is dropped.
 */
import { isRecord } from '../spec/plain-data.js';
import { clone, getAt, hasAt, isUnsafeKey, type Spec } from './draft.js';
import type { Ask, Asker } from './interview.js';

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
 * block answered `false` stays removed.
 */
export function overlayAnswers(spec: Spec, answers: Spec): void {
  merge(spec, answers);
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
