/**
 * The campaign schema with explanations: the full validator generated at build
 * time (every error, with the schema node that failed). Loaded only for files
 * with findings.
 */
import { validate as generatedValidate } from '../../generated/campaign-validator.js';
import { translate, type SchemaProblem, type Validate } from './schema.js';

const validateCampaign = generatedValidate as Validate;

export function schemaProblems(data: unknown): SchemaProblem[] {
  if (validateCampaign(data)) return [];
  return translate(validateCampaign.errors ?? [], data);
}
