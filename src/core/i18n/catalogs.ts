/**
 * The message catalogs, one JSON file per language in templates/locales/.
 * fr-CA holds only what differs from fr; a key a catalog lacks falls back to
 * English (test/i18n.test.ts requires every key in every language).
 */
import de from '../../../templates/locales/de.json' with { type: 'json' };
import en from '../../../templates/locales/en.json' with { type: 'json' };
import es from '../../../templates/locales/es.json' with { type: 'json' };
import frCA from '../../../templates/locales/fr-CA.json' with { type: 'json' };
import fr from '../../../templates/locales/fr.json' with { type: 'json' };
import type { DocumentLocale } from './locales.js';

export type Catalog = Readonly<Record<string, string>>;

export const ENGLISH_MESSAGES: Catalog = en;

/** Each language's catalog as written, before any fallback. */
export const CATALOGS: Readonly<Record<DocumentLocale, Catalog>> = { en, fr, 'fr-CA': { ...fr, ...frCA }, de, es };

/** What fr-CA changes from fr, for the test that keeps it small. */
export const CANADIAN_FRENCH_OVERRIDES: Catalog = frCA;

export function catalogFor(locale: DocumentLocale): Catalog {
  return CATALOGS[locale];
}
