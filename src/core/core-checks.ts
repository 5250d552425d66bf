/** Checks that are not rules: they cannot be switched off, because nothing after them can run without them. */
export interface CoreCheck {
  id: string;
  severity: 'error' | 'warning';
  description: string;
}

export const CORE_CHECKS: readonly CoreCheck[] = [
  { id: 'file-read', severity: 'error', description: 'The file can be read as a spec: at most 1 MiB, UTF-8 text, not binary.' },
  { id: 'schema', severity: 'error', description: 'The spec matches the campaign JSON Schema (schemas/campaign.schema.json): every required field, no unknown ones, valid values.' },
  { id: 'waiver-expired', severity: 'error', description: 'A waiver whose end date has passed; its findings are reported again.' },
  { id: 'waiver-invalid', severity: 'error', description: 'A waiver comment that names no rule or an unknown rule, gives no reason, or has an unreadable date.' },
  { id: 'waiver-unused', severity: 'warning', description: 'A waiver comment that matches no finding on the next line.' },
  { id: 'yaml-duplicate-key', severity: 'error', description: 'A key appears twice in one mapping, so one of the values would be silently lost.' },
  { id: 'yaml-syntax', severity: 'error', description: 'The file is valid YAML.' },
  { id: 'yaml-unsupported', severity: 'error', description: 'No custom tags, broken aliases, multiple documents in one file, or escapes that make half a character ("\\ud800").' },
];
