/**
 * The campaign schema with explanations: the full validator generated at build
 * time (every error, with the schema node that failed). Loaded only for files
 * with findings.
 */
import { validate as generatedValidate } from '../../generated/campaign-validator.js';
import { otherKindProblem } from './document-kinds.js';
import { translate, type SchemaProblem, type Validate } from './schema.js';

const validateCampaign = generatedValidate as Validate;

export function schemaProblems(data: unknown): SchemaProblem[] {
  if (validateCampaign(data)) return [];
  const other = otherKindProblem(data, 'Campaign');
  return other ? [other] : translate(validateCampaign.errors ?? [], data);
}
