/**
 * The documents alignkit reads, by their `kind`. A file of one kind handed to a command that reads another
 * (a follow-up to `lint`, a campaign spec as check-in answers) gets one problem at its `kind`, instead of one
 * for every field the expected document has and this one lacks.
 */
import type { SchemaProblem } from './schema.js';

const DOCUMENT_KINDS = {
  Campaign: 'a campaign spec',
  FollowUp: 'a follow-up',
  WrapReport: 'a wrap report',
  Incident: 'an incident record',
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export function otherKindProblem(data: unknown, expected: DocumentKind): SchemaProblem | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const kind = (data as Record<string, unknown>).kind;
  if (typeof kind !== 'string' || kind === expected || !Object.hasOwn(DOCUMENT_KINDS, kind)) return undefined;
  return {
    pointer: '/kind',
    target: 'value',
    message: `This file is ${DOCUMENT_KINDS[kind as DocumentKind]} (kind: ${kind}), not ${DOCUMENT_KINDS[expected]} (kind: ${expected})`,
  };
}
