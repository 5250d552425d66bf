/**
 * A fast reader for the plain block YAML that alignkit writes and its examples
 * use: block mappings and sequences, one-line flow lists and maps, plain and
 * quoted scalars, comments. It answers exactly what js-yaml (CORE schema)
 * answers for such text, or `undefined` as soon as anything lies outside that
 * subset (anchors, tags, block scalars, multi-line scalars, escapes, tabs,
 * duplicate keys, odd indentation...), and the caller asks js-yaml instead.
 *
 * Why it exists: js-yaml is general and spends most of a lint run on a clean
 * file; this reads the common case several times faster. Scalars are typed by
 * js-yaml's own CORE resolvers, so `007`, `0x1F`, `.inf` or `~` mean the same
 * on both paths; test/block-yaml.test.ts compares the two on every YAML file
 * in the repository and on generated and mutated documents.
 */
import { CORE_SCHEMA, type Type } from 'js-yaml';

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the reader to give up; never escapes it. */
class OutsideSubset extends Error {}

const giveUp = (): never => {
  throw new OutsideSubset();
};

// The implicit types of the schema the fast path loads with (null, bool, int, float), in its order.
// Schema#implicit is there at run time; @types/js-yaml does not declare it.
const IMPLICIT = (CORE_SCHEMA as unknown as { implicit: Type[] }).implicit;

// Every implicit type above needs one of these first characters (~, null, true, false, digits, signs,
// .5, .inf, .nan), or the empty string; anything else is a string without asking them.
const MAY_BE_TYPED = /^(?:[-+.0-9~nNtTfF]|$)/;

function plainValue(text: string): unknown {
  if (!MAY_BE_TYPED.test(text)) return text;
  for (const type of IMPLICIT) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** Keys as js-yaml stores them on an object: the resolved scalar, as a string. */
function plainKey(text: string): string {
  return String(plainValue(text));
}

// Non-printable characters (js-yaml rejects them) and any surrogate (emoji): js-yaml decides.
const UNUSUAL_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF\r\t]/;
const KEY = /^[A-Za-z0-9_][A-Za-z0-9_./-]*(?=:(?: |$))/;
/** What may not start a plain scalar here: YAML indicators (a minus before a digit or a dot aside: -5, -.5), and anything we would rather not judge. */
const NOT_PLAIN_START = /^(?:-(?![0-9.])|[?:,[\]{}#&*!|>'"%@`])/;

// Only spaces: String#trim would also drop no-break spaces and other characters YAML keeps.
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function trimStart(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 32) start += 1;
  return start === 0 ? text : text.slice(start);
}

const trim = (text: string): string => trimStart(trimEnd(text));

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent += 1;
    const rest = raw.slice(indent);
    if (rest === '' || rest[0] === '#') continue;
    if (indent === 0 && (rest.startsWith('---') || rest.startsWith('...') || rest[0] === '%')) giveUp();
    lines.push({ indent, text: trimEnd(rest) });
  }
  return lines;
}

/** After a quoted scalar or a flow collection: nothing, or a comment after a space. */
function checkTrailing(rest: string): void {
  if (rest === '') return;
  const trimmed = trimStart(rest);
  if (trimmed === '' || (trimmed[0] === '#' && trimmed.length < rest.length)) return;
  giveUp();
}

function readQuoted(text: string): { value: string; rest: string } {
  if (text[0] === '"') {
    const end = text.indexOf('"', 1);
    if (end < 0) giveUp();
    const value = text.slice(1, end);
    if (value.includes('\\')) giveUp();
    return { value, rest: text.slice(end + 1) };
  }
  let value = '';
  let from = 1;
  for (;;) {
    const quote = text.indexOf("'", from);
    if (quote < 0) giveUp();
    value += text.slice(from, quote);
    if (text[quote + 1] === "'") {
      value += "'";
      from = quote + 2;
    } else {
      return { value, rest: text.slice(quote + 1) };
    }
  }
}

/** A plain scalar in block context: up to a comment; no `: ` inside, no `:` at the end. */
function readPlain(text: string): unknown {
  if (NOT_PLAIN_START.test(text)) giveUp();
  const comment = text.indexOf(' #');
  const value = trimEnd(comment < 0 ? text : text.slice(0, comment));
  if (value.includes(': ') || value.endsWith(':')) giveUp();
  return plainValue(value);
}

const KEY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

/** A key written plainly: resolved like js-yaml does, then made a string. */
function plainKeyName(raw: string): string {
  if (!KEY_NAME.test(raw)) giveUp();
  return plainKey(raw);
}

function addEntry(map: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__' || Object.hasOwn(map, name)) giveUp(); // js-yaml refuses duplicate keys
  map[name] = value;
}

/**
 * `[a, b]` or `{ k: v, "k2": v2 }` on one line, not nested. A quote starts a
 * quoted scalar only at the start of an item; plain items stop at `,` or the
 * closing bracket and may not hold `#`, brackets, or a `:` that ends a key.
 */
function readFlow(text: string): { value: unknown; rest: string } {
  const isList = text[0] === '[';
  const close = isList ? ']' : '}';
  let i = 1;
  const skipSpaces = () => {
    while (text.charCodeAt(i) === 32) i += 1;
  };
  const scalar = (isKey: boolean): { quoted: boolean; text: string } => {
    skipSpaces();
    if (text[i] === '"' || text[i] === "'") {
      const quoted = readQuoted(text.slice(i));
      i = text.length - quoted.rest.length;
      return { quoted: true, text: quoted.value };
    }
    let end = i;
    for (; end < text.length && text[end] !== ',' && text[end] !== close; end += 1) {
      const ch = text[end];
      if (ch === ':') {
        // Inside a scalar (17:00) unless a space, the end or a flow indicator follows, as in js-yaml.
        const next = text[end + 1];
        if (next === ' ' && isKey) break;
        if (next === undefined || next === ' ' || next === ',' || next === '[' || next === ']' || next === '{' || next === '}') giveUp();
      }
      if (ch === '#' || ch === '[' || ch === ']' || ch === '{' || ch === '}') giveUp();
    }
    const raw = trimEnd(text.slice(i, end));
    i = end;
    if (raw === '' || NOT_PLAIN_START.test(raw)) giveUp();
    return { quoted: false, text: raw };
  };
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  skipSpaces();
  if (text[i] === close) return { value: isList ? list : map, rest: text.slice(i + 1) };
  for (;;) {
    if (isList) {
      const item = scalar(false);
      list.push(item.quoted ? item.text : plainValue(item.text));
    } else {
      const key = scalar(true);
      skipSpaces();
      if (text[i] !== ':' || text[i + 1] !== ' ') giveUp();
      i += 2;
      const value = scalar(false);
      addEntry(map, key.quoted ? key.text : plainKeyName(key.text), value.quoted ? value.text : plainValue(value.text));
    }
    skipSpaces();
    if (text[i] === close) return { value: isList ? list : map, rest: text.slice(i + 1) };
    if (text[i] !== ',') giveUp();
    i += 1;
    skipSpaces();
    if (text[i] === close) giveUp(); // a trailing comma: leave it to js-yaml
  }
}

/** The value written after `key: ` or `- ` on the same line. */
function readInline(text: string): unknown {
  if (text[0] === '"' || text[0] === "'") {
    const { value, rest } = readQuoted(text);
    checkTrailing(rest);
    return value;
  }
  if (text[0] === '[' || text[0] === '{') {
    const { value, rest } = readFlow(text);
    checkTrailing(rest);
    return value;
  }
  return readPlain(text);
}

/** Deeper documents go to js-yaml, which has its own limit (100) and error for them. */
const MAX_DEPTH = 64;

class Reader {
  private i = 0;
  private depth = 0;

  constructor(private readonly lines: Line[]) {}

  document(): unknown {
    if (this.lines.length === 0 || this.lines[0]!.indent !== 0) giveUp();
    const root = this.mapping(0);
    if (this.i < this.lines.length) giveUp();
    return root;
  }

  private node(indent: number): unknown {
    const text = this.lines[this.i]!.text;
    return text === '-' || text.startsWith('- ') ? this.sequence(indent) : this.mapping(indent);
  }

  /** The value of `key:` with nothing after it: a nested block, a sequence at the same indent, or null. */
  private blockValue(indent: number): unknown {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.node(next.indent);
    if (next && next.indent === indent && next.text.startsWith('- ')) return this.sequence(indent);
    return null;
  }

  /** `key: …` or `"key": …` at the start of a line: the key as stored, and the text after the colon. */
  private static entry(text: string): { name: string; rest: string } {
    if (text[0] === '"' || text[0] === "'") {
      const quoted = readQuoted(text);
      if (quoted.rest[0] !== ':' || (quoted.rest.length > 1 && quoted.rest[1] !== ' ')) giveUp();
      return { name: quoted.value, rest: trimStart(quoted.rest.slice(1)) };
    }
    const key = KEY.exec(text);
    if (!key) giveUp();
    return { name: plainKey(key![0]), rest: trimStart(text.slice(key![0].length + 1)) };
  }

  private mapping(indent: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) giveUp();
    const map: Record<string, unknown> = {};
    while (this.i < this.lines.length && this.lines[this.i]!.indent === indent) {
      const { name, rest } = Reader.entry(this.lines[this.i]!.text);
      this.i += 1;
      if (rest === '' || rest[0] === '#') {
        addEntry(map, name, this.blockValue(indent));
      } else {
        addEntry(map, name, readInline(rest));
        if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) giveUp(); // a continuation line
      }
    }
    if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) giveUp();
    this.depth -= 1;
    return map;
  }

  private sequence(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) giveUp();
    const list: unknown[] = [];
    while (this.i < this.lines.length && this.lines[this.i]!.indent === indent && this.lines[this.i]!.text.startsWith('- ')) {
      const line = this.lines[this.i]!;
      const after = line.text.slice(2);
      const content = trimStart(after);
      const column = indent + 2 + (after.length - content.length);
      if (content === '' || content[0] === '#' || content === '-' || content.startsWith('- ')) giveUp();
      if (KEY.test(content)) {
        // `- key: value` opens a mapping whose keys sit at the column after the dash.
        this.lines[this.i] = { indent: column, text: content };
        list.push(this.mapping(column));
      } else {
        this.i += 1;
        list.push(readInline(content));
        if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) giveUp();
      }
    }
    if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) giveUp();
    this.depth -= 1;
    return list;
  }
}

/** The document's data, exactly as js-yaml would load it, or undefined when the text is outside the subset. */
export function readBlockYaml(text: string): unknown {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  try {
    return new Reader(splitLines(text)).document();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
