/**
 * js-yaml's CORE schema is YAML 1.1's numbers in YAML 1.2's clothes: it reads `0b11`, `-0x1F` and `+0o17` as
 * numbers and `-.5` and `1e400` as text, where `yaml` (the exact path, and the editor's language server) reads
 * them the other way round. The fast path's js-yaml reads with this schema instead: YAML 1.2's core schema as
 * `yaml` resolves it, so that one text means one thing on every path (test/yaml12-schema.test.ts compares the
 * two on every plain scalar of up to four number characters).
 */
import type * as JsYaml from 'js-yaml';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
/** A base-10 number under YAML 1.2's core schema (15, 1.5, .5, -.5, 1e400); the int type claims the integers first. */
export const YAML12_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function integer(text: string): number {
  if (OCTAL.test(text)) return Number.parseInt(text.slice(2), 8);
  if (HEXADECIMAL.test(text)) return Number.parseInt(text.slice(2), 16);
  return Number.parseInt(text, 10);
}

function float(text: string): number {
  if (!INFINITY_OR_NAN.test(text)) return Number.parseFloat(text);
  if (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')) return Number.NaN;
  return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

export function yaml12CoreSchema(jsYaml: typeof JsYaml): JsYaml.Schema {
  const nothing = new jsYaml.Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && NULL.test(text),
    construct: () => null,
  });
  const boolean = new jsYaml.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && BOOLEAN.test(text),
    construct: (text: string) => text[0] === 't' || text[0] === 'T',
  });
  const int = new jsYaml.Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && (DECIMAL.test(text) || OCTAL.test(text) || HEXADECIMAL.test(text)),
    construct: integer,
  });
  const floating = new jsYaml.Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && (YAML12_FLOAT.test(text) || INFINITY_OR_NAN.test(text)),
    construct: float,
  });
  return jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nothing, boolean, int, floating] });
}
