/**
 * `alignkit/ajv`: what another program needs to validate alignkit specs with
 * Ajv in strict mode, exactly as `alignkit lint`'s schema check does:
 *
 *   import Ajv from 'ajv';
 *   import { addAlignkitVocabulary } from 'alignkit/ajv';
 *   const ajv = addAlignkitVocabulary(new Ajv({ strict: true }));
 *   const validate = ajv.compile(campaignSchema); // alignkit/schemas/campaign.schema.json
 */
import { formats } from './core/validate/formats.js';
import { ANNOTATION_KEYWORDS } from './core/validate/vocabulary.js';

export { formats, ANNOTATION_KEYWORDS as keywords };

interface AjvLike {
  addVocabulary(keywords: string[]): unknown;
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
}

/** Declares alignkit's annotation keywords and registers its string formats on an Ajv instance; returns it. */
export function addAlignkitVocabulary<T extends AjvLike>(ajv: T): T {
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}
