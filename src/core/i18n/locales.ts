/**
 * The languages documents can be written in, and how a language tag from a
 * spec (a deliverable's `language`, a party's `language`, `--lang`) maps onto
 * one: the exact tag first (fr-CA), then its language (fr-BE → fr, en-US → en).
 */
export const DOCUMENT_LOCALES = ['en', 'fr', 'fr-CA', 'de', 'es'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

/** The Intl locale each document language formats dates, numbers and lists with. */
export const INTL_LOCALE: Readonly<Record<DocumentLocale, string>> = { en: 'en-GB', fr: 'fr-FR', 'fr-CA': 'fr-CA', de: 'de-DE', es: 'es-ES' };

export function documentLocale(tag: string | undefined): DocumentLocale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = DOCUMENT_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return DOCUMENT_LOCALES.find((l) => l === language);
}
