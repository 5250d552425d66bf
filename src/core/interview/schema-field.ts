/**
 * What the campaign schema says about one field: its title and description (the
 * question and its help), examples (the placeholder), enums (the choices) and
 * type. The interview asks nothing the schema does not define.
 */
import schema from '../../../schemas/campaign.schema.json' with { type: 'json' };

export interface SchemaNode {
  title?: string;
  description?: string;
  examples?: unknown[];
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  $ref?: string;
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  [key: string]: unknown;
}

export type ValueType = 'text' | 'integer' | 'number' | 'boolean' | 'choice' | 'choices' | 'list' | 'object';

export interface FieldInfo {
  title: string;
  description: string;
  example?: unknown;
  type: ValueType;
  choices?: string[];
  minimum?: number;
  maximum?: number;
  required: boolean;
  /** For lists of free text, items are separated by `|` (they may hold commas); otherwise by commas. */
  separator?: ',' | '|';
}

const ROOT = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  for (let guard = 0; guard < 10; guard += 1) {
    if (current.$ref) {
      const name = current.$ref.replace('#/definitions/', '');
      current = { ...ROOT.definitions[name], ...withoutRef(current) };
      continue;
    }
    if (current.allOf?.length === 1 && current.allOf[0]!.$ref) {
      const { allOf, ...rest } = current;
      current = { ...resolve(allOf[0]!), ...rest };
      continue;
    }
    break;
  }
  return current;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/**
 * The properties a node can have, including those of its oneOf/anyOf branches.
 * A node's own definition wins over a branch's, which may only name the field
 * (`true`) so that Ajv's strict mode sees it.
 */
function propertiesOf(node: SchemaNode): Record<string, SchemaNode> {
  const own = { ...(node.properties ?? {}) };
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) {
    for (const [key, value] of Object.entries(propertiesOf(resolve(branch)))) if (!(key in own)) own[key] = value;
  }
  return own;
}

/** The schema node at a data path (list indices are numbers); undefined when the schema has no such field. */
export function schemaAt(path: readonly (string | number)[]): { node: SchemaNode; required: boolean } | undefined {
  let node = resolve(ROOT);
  let required = true;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!node.items) return undefined;
      node = resolve(node.items);
      required = true;
      continue;
    }
    const declared = propertiesOf(node)[segment];
    // A free-form map (handles, audience shares): every key takes the value schema, titled by its key.
    const mapped = declared ? undefined : node.additionalProperties;
    const next = declared ?? (mapped !== null && typeof mapped === 'object' ? { title: `${node.title ?? 'Entry'}: ${segment}`, ...(mapped as SchemaNode) } : undefined);
    if (!next) return undefined;
    required = declared ? (node.required ?? []).includes(segment) : false;
    node = resolve(next);
  }
  return { node, required };
}

function typeOf(node: SchemaNode): ValueType {
  if (node.enum) return 'choice';
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'array') return node.items && resolve(node.items).enum ? 'choices' : 'list';
  if (type === 'integer' || type === 'number' || type === 'boolean' || type === 'object') return type;
  return 'text';
}

/** Everything the interview needs to ask for the field at `path`. */
export function fieldInfo(path: readonly (string | number)[]): FieldInfo {
  const found = schemaAt(path);
  if (!found) throw new Error(`the campaign schema has no field at /${path.join('/')}`);
  const { node, required } = found;
  const type = typeOf(node);
  const last = String(path[path.length - 1]);
  const info: FieldInfo = {
    title: node.title ?? last,
    description: node.description ?? '',
    type,
    required,
  };
  if (node.examples?.length) info.example = node.examples[0];
  if (type === 'choice') info.choices = node.enum!.map(String);
  if (type === 'choices') info.choices = resolve(node.items!).enum!.map(String);
  if (type === 'list') {
    const item = node.items ?? {};
    const itemRef = item.$ref ?? item.allOf?.[0]?.$ref;
    info.separator = itemRef === '#/definitions/text' ? '|' : ',';
  }
  if (node.minimum !== undefined) info.minimum = node.minimum;
  if (node.maximum !== undefined) info.maximum = node.maximum;
  return info;
}
