/** `--lang`: the language a command writes its documents in. */
import { DOCUMENT_LOCALES, documentLocale, type DocumentLocale } from '../core/i18n/locales.js';
import { UsageError } from '../errors.js';

export function languageOption(given: string | undefined): DocumentLocale | undefined {
  if (given === undefined) return undefined;
  const locale = documentLocale(given);
  if (!locale) throw new UsageError(`--lang "${given}": documents can be written in ${DOCUMENT_LOCALES.join(', ')}`);
  return locale;
}
