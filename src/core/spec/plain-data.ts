/** A mapping in parsed YAML or JSON: an object that is not a list (and not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
