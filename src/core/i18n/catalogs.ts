/**
 * The message catalogs, one JSON file per language in templates/locales/.
 * fr-CA holds only what differs from fr; a key a catalog lacks falls back to
 * English (test/i18n.test.ts requires every key in every language).
 *
 * The other languages are read only when a document in them is written: the
 * build puts each in a chunk of its own that loads on first read of its
 * import, and reading all of them cost every English render 2-5 ms
 * (docs/performance.md).
 */
import de from '../../../templates/locales/de.json' with { type: 'json' };
import en from '../../../templates/locales/en.json' with { type: 'json' };
import es from '../../../templates/locales/es.json' with { type: 'json' };
import frCA from '../../../templates/locales/fr-CA.json' with { type: 'json' };
import fr from '../../../templates/locales/fr.json' with { type: 'json' };
import type { DocumentLocale } from './locales.js';

export type Catalog = Readonly<Record<string, string>>;

export const ENGLISH_MESSAGES: Catalog = en;

const read: Readonly<Record<DocumentLocale, () => Catalog>> = { en: () => en, fr: () => fr, 'fr-CA': () => ({ ...fr, ...frCA }), de: () => de, es: () => es };

const catalogs = new Map<DocumentLocale, Catalog>();

/** A language's catalog as written (fr-CA over fr), before any fallback to English. */
export function catalogFor(locale: DocumentLocale): Catalog {
  let catalog = catalogs.get(locale);
  if (catalog === undefined) {
    catalog = read[locale]();
    catalogs.set(locale, catalog);
  }
  return catalog;
}

/** What fr-CA changes from fr, for the test that keeps it small. */
export function canadianFrenchOverrides(): Catalog {
  return frCA;
}
