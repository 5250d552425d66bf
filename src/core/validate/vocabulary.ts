/**
 * The keywords alignkit's schemas add to JSON Schema. They are annotations:
 * they never change whether a document is valid, but Ajv's strict mode (and
 * any validator that refuses unknown keywords) must be told about them.
 */
export const ANNOTATION_KEYWORDS = [
  /** Who may read a field in rendered documents: brief, agreement or internal. */
  'x-audience',
  /** A field whose value is a party id. */
  'x-party-field',
  /** Mutually exclusive fields, described for the kickoff interview. */
  'x-one-of',
  /** `false`: a working record outside the signed agreement (not hashed for sign-off). */
  'x-agreement',
] as const;
