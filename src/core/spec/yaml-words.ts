/** Words a YAML 1.1 reader takes for a boolean or null, whatever their case: a string that is one is quoted wherever alignkit writes YAML. */
export const YAML11_WORDS: ReadonlySet<string> = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
