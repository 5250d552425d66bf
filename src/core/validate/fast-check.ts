/** The yes/no schema check of the fast path; see schema.ts for the one that explains. */
import { validate } from '../../generated/campaign-fast-validator.js';

const validateFast = validate as (data: unknown) => boolean;

export function isValidCampaign(data: unknown): boolean {
  return validateFast(data);
}
