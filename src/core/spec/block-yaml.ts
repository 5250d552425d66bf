/**
 * A fast reader for the plain block YAML that alignkit writes and its examples
 * use: block mappings and sequences, one-line flow lists and maps, plain and
 * quoted scalars, literal and folded block scalars as mapping values (`|`,
 * `|-`, `>`, `>-`: the long notes people write by hand), comments. It answers
 * exactly what js-yaml (CORE schema) and `yaml` both answer for such text, or
 * `undefined` as soon as anything lies outside that subset (anchors, tags,
 * multi-line plain or quoted scalars, block scalars with an indentation
 * indicator or `+`, escapes, tabs, duplicate keys, odd indentation, the scalars
 * the two libraries read differently...), and the caller asks another reader
 * instead.
 *
 * Why it exists: js-yaml is general and spends most of a lint run on a clean
 * file; this reads the common case several times faster. Scalars are typed as
 * js-yaml's CORE resolvers type them, so `007`, `0x1F`, `.inf` or `~` mean the same
 * on both paths (core-scalars.ts, the same rules as js-yaml's resolvers, without loading js-yaml); test/block-yaml.test.ts compares the two on every YAML file
 * in the repository and on generated and mutated documents.
 */
import type { Locate } from '../finding.js';
import { coreScalar } from './core-scalars.js';
import { firstLineOf } from './first-line.js';
import { decodePointer } from './pointer.js';
import { YAML12_FLOAT } from './yaml12-schema.js';

/** Thrown inside the reader to give up; never escapes it. */
class OutsideSubset extends Error {}

const giveUp = (): never => {
  throw new OutsideSubset();
};

// Every implicit type above needs one of these first characters (~, digits, signs, .5, .inf, .nan) or is one
// of the null and boolean words, or the empty string; anything else is a string without asking them.
// The only typed scalars that start with a letter: null and the booleans (numbers start with a digit, a sign or
// a dot, as in .inf and .nan). Words such as "name", "tiktok" or "format" need not ask the resolvers.
const TYPED_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

function mayBeTyped(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // - + . 0-9 ~
  if (c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57) || c === 126) return true;
  // n N t T f F
  return (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) && TYPED_WORDS.has(text);
}

/**
 * Scalars js-yaml and `yaml` (YAML 1.2 core) read differently: js-yaml reads a binary number (0b11), a signed
 * hexadecimal or octal one (-0x1F, +0o17) and minus zero (-0, as 0) as numbers that `yaml` reads as text or as
 * -0, and `yaml` reads a sign before a leading dot (-.5) and numbers too large for a double (1e400) as numbers
 * that js-yaml reads as text. The reader gives them up, so that what it reads, `yaml` (the exact path, and the
 * editor's language server) reads alike.
 */
function readTwoWays(text: string, value: unknown): boolean {
  if (typeof value === 'number') {
    const first = text.charCodeAt(0);
    const signed = first === 45 || first === 43;
    const zero = signed ? 1 : 0;
    if (text.charCodeAt(zero) !== 48) return false;
    const base = text.charCodeAt(zero + 1);
    if (base === 98 || (signed && (base === 120 || base === 111))) return true; // 0b, -0x, +0o
    return first === 45 && value === 0 && /^-0+$/.test(text);
  }
  // Only a sign before a dot (-.5) or an exponent (1e400) can make a number of what js-yaml reads as text.
  return typeof value === 'string' && (text.charCodeAt(1) === 46 || text.includes('e') || text.includes('E')) && YAML12_FLOAT.test(text);
}

function plainValue(text: string): unknown {
  if (!mayBeTyped(text)) return text;
  const value = coreScalar(text);
  if (readTwoWays(text, value)) giveUp();
  return value;
}

/** Keys as js-yaml stores them on an object: the resolved scalar, as a string. */
function plainKey(text: string): string {
  return String(plainValue(text));
}

// Non-printable characters (js-yaml rejects them) and any surrogate (emoji): js-yaml decides.
const UNUSUAL_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF\r\t]/;
/** What may not start a plain scalar here: YAML indicators (a minus before a digit or a dot aside: -5, -.5), and anything we would rather not judge. */
const NOT_PLAIN_START = /^(?:-(?![0-9.])|[?:,[\]{}#&*!|>'"%@`])/;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const COMMA = 44;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const PIPE = 124;
const GREATER = 62;

/** A character a plain key may start with: [A-Za-z0-9_], or / (the JSON pointers `assumed:` is keyed by); later ones may also be . - */
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 47;
}
function isKeyPart(c: number): boolean {
  return isKeyStart(c) || c === 46 || c === 45;
}

function addEntry(map: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__' || Object.hasOwn(map, name)) giveUp(); // js-yaml refuses duplicate keys
  map[name] = value;
}

/** Deeper documents go to js-yaml, which has its own limit (100) and error for them. */
const MAX_DEPTH = 64;

/** YAML puts an implicit key's colon at most 1024 characters after the key starts; a longer key is `yaml`'s syntax error to report. */
const MAX_KEY_LENGTH = 1024;

/**
 * The lines that hold something (not blank, not only a comment), as offsets
 * into the text: where the content starts, where it ends without trailing
 * spaces, and its indentation. Kept between calls and grown as needed, so a
 * batch of files does not allocate them again for each one.
 */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let indents = new Int32Array(1024);

function indexLines(text: string): number {
  let count = 0;
  let from = 0;
  const length = text.length;
  while (from < length) {
    let newline = text.indexOf('\n', from);
    if (newline < 0) newline = length;
    let first = from;
    while (first < newline && text.charCodeAt(first) === SPACE) first += 1;
    if (first < newline && text.charCodeAt(first) !== HASH) {
      const indent = first - from;
      if (indent === 0 && (text.startsWith('---', first) || text.startsWith('...', first) || text.charCodeAt(first) === 37) /* % */) giveUp();
      let end = newline;
      while (text.charCodeAt(end - 1) === SPACE) end -= 1;
      if (count === starts.length) {
        const grow = (array: Int32Array) => {
          const bigger = new Int32Array(array.length * 2);
          bigger.set(array);
          return bigger;
        };
        starts = grow(starts);
        ends = grow(ends);
        indents = grow(indents);
      }
      starts[count] = first;
      ends[count] = end;
      indents[count] = indent;
      count += 1;
    }
    from = newline + 1;
  }
  return count;
}

/** Where a node sits in the text, [start, end) offsets, as `yaml` gives a node's range: a scalar without a comment after it, a block collection to the end of its last line. */
type Span = readonly [number, number];

/** Where the nodes of one reading sit, kept only when positions are asked for: by mapping and key, or by list and index. */
class Spans {
  root: Span = [0, 0];
  readonly keys = new Map<object, Map<string, Span>>();
  readonly values = new Map<object, Map<string | number, Span>>();

  add(container: object, name: string | number, value: Span, key?: Span): void {
    let values = this.values.get(container);
    if (!values) this.values.set(container, (values = new Map()));
    values.set(name, value);
    if (key === undefined) return;
    let keys = this.keys.get(container);
    if (!keys) this.keys.set(container, (keys = new Map()));
    keys.set(name as string, key);
  }
}

/**
 * Reads the indexed lines of one text. Positions are offsets into the text; a
 * line's content runs from starts[i] to ends[i]. Helpers that read a token
 * leave where it ended in `end`, so no result objects are made.
 */
class Reader {
  private i = 0;
  private depth = 0;
  /** Where the last quoted scalar, flow collection or key ended (or where the value after a key starts). */
  private end = 0;
  /** Whether the last flow item read was quoted. */
  private quoted = false;
  /** Where the last key read ends (its colon, or after its closing quote). */
  private keyEnd = 0;
  /** Where the last flow item read starts and ends, without the spaces around it. */
  private itemStart = 0;
  private itemEnd = 0;
  /** With spans: where the last value read ends, so a block collection knows where it ends. */
  private valueEnd = 0;

  constructor(
    private readonly text: string,
    private readonly count: number,
    private readonly spans?: Spans,
  ) {}

  document(): unknown {
    if (this.count === 0 || indents[0] !== 0) giveUp();
    const start = starts[0]!;
    const root = this.mapping(0);
    if (this.i < this.count) giveUp();
    if (this.spans) this.spans.root = [start, this.valueEnd];
    return root;
  }

  /** `-` alone or `- ` at the start of line i: a sequence item. */
  private isItem(line: number, alone: boolean): boolean {
    const s = starts[line]!;
    if (this.text.charCodeAt(s) !== DASH) return false;
    return (alone && ends[line] === s + 1) || (s + 1 < ends[line]! && this.text.charCodeAt(s + 1) === SPACE);
  }

  private node(indent: number): unknown {
    return this.isItem(this.i, true) ? this.sequence(indent) : this.mapping(indent);
  }

  /** The value of `key:` with nothing after it: a nested block, a sequence at the same indent, or null. */
  private blockValue(indent: number): unknown {
    if (this.i < this.count) {
      const next = indents[this.i]!;
      if (next > indent) return this.node(next);
      if (next === indent && this.isItem(this.i, false)) return this.sequence(indent);
    }
    return null;
  }

  /** Where a plain key that starts at `from` ends (at its colon, followed by a space or the line's end), or -1. */
  private plainKeyEnd(from: number, to: number): number {
    const text = this.text;
    if (from >= to || !isKeyStart(text.charCodeAt(from))) return -1;
    let p = from + 1;
    while (p < to && isKeyPart(text.charCodeAt(p))) p += 1;
    if (p >= to || text.charCodeAt(p) !== COLON) return -1;
    return p + 1 === to || text.charCodeAt(p + 1) === SPACE ? p : -1;
  }

  private skipSpaces(from: number, to: number): number {
    while (from < to && this.text.charCodeAt(from) === SPACE) from += 1;
    return from;
  }

  /** `key: …` or `"key": …` on line i: the key as stored; `end` is where the text after the colon starts. */
  private entry(line: number): string {
    const text = this.text;
    const from = starts[line]!;
    const to = ends[line]!;
    const c = text.charCodeAt(from);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const name = this.readQuoted(from, to);
      const after = this.end;
      this.keyEnd = after;
      if (after >= to || text.charCodeAt(after) !== COLON || (after + 1 < to && text.charCodeAt(after + 1) !== SPACE) || after - from > MAX_KEY_LENGTH) giveUp();
      this.end = this.skipSpaces(after + 1, to);
      return name;
    }
    const colon = this.plainKeyEnd(from, to);
    if (colon < 0 || colon - from > MAX_KEY_LENGTH) giveUp();
    this.keyEnd = colon;
    this.end = this.skipSpaces(colon + 1, to);
    return plainKey(text.slice(from, colon));
  }

  private mapping(indent: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) giveUp();
    const map: Record<string, unknown> = {};
    while (this.i < this.count && indents[this.i] === indent) {
      const line = this.i;
      const name = this.entry(line);
      const rest = this.end;
      const to = ends[line]!;
      this.i += 1;
      if (rest === to || this.text.charCodeAt(rest) === HASH) {
        const keyEnd = this.keyEnd;
        const valueStart = this.i < this.count ? starts[this.i]! : to;
        const value = this.blockValue(indent);
        addEntry(map, name, value);
        if (this.spans) {
          // A key with nothing after it holds an empty value just after its colon.
          if (value === null) this.valueEnd = keyEnd + 1;
          this.spans.add(map, name, value === null ? [keyEnd + 1, keyEnd + 1] : [valueStart, this.valueEnd], [starts[line]!, keyEnd]);
        }
      } else {
        const keyEnd = this.keyEnd;
        const c = this.text.charCodeAt(rest);
        addEntry(map, name, c === PIPE || c === GREATER ? this.readBlockScalar(rest, to, indent) : this.readInline(rest, to));
        if (this.spans) this.spans.add(map, name, [rest, this.valueEnd], [starts[line]!, keyEnd]);
        if (this.i < this.count && indents[this.i]! > indent) giveUp(); // a continuation line
      }
    }
    if (this.i < this.count && indents[this.i]! > indent) giveUp();
    this.depth -= 1;
    // `yaml` ends a block collection after any comment on its last line.
    if (this.spans) this.valueEnd = ends[this.i - 1]!;
    return map;
  }

  private sequence(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const list: unknown[] = [];
    while (this.i < this.count && indents[this.i] === indent && this.isItem(this.i, false)) {
      const line = this.i;
      const to = ends[line]!;
      const after = starts[line]! + 2;
      const content = this.skipSpaces(after, to);
      const column = indent + 2 + (content - after);
      const c = text.charCodeAt(content);
      if (content === to || c === HASH || (c === DASH && (content + 1 === to || text.charCodeAt(content + 1) === SPACE))) giveUp();
      if (this.plainKeyEnd(content, to) >= 0) {
        // `- key: value` opens a mapping whose keys sit at the column after the dash.
        starts[line] = content;
        indents[line] = column;
        list.push(this.mapping(column));
      } else {
        this.i += 1;
        list.push(this.readInline(content, to));
        if (this.i < this.count && indents[this.i]! > indent) giveUp();
      }
      this.spans?.add(list, list.length - 1, [content, this.valueEnd]);
    }
    if (this.i < this.count && indents[this.i]! > indent) giveUp();
    this.depth -= 1;
    if (this.spans) this.valueEnd = ends[this.i - 1]!;
    return list;
  }

  /** The value written after `key: ` or `- ` on the same line, from `from` to the line's end `to`. */
  private readInline(from: number, to: number): unknown {
    const c = this.text.charCodeAt(from);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const value = this.readQuoted(from, to);
      this.valueEnd = this.end;
      this.checkTrailing(this.end, to);
      return value;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const value = this.readFlow(from, to);
      this.valueEnd = this.end;
      this.checkTrailing(this.end, to);
      return value;
    }
    const raw = this.text.slice(from, to);
    const value = readPlain(raw);
    if (this.spans) this.valueEnd = from + plainLength(raw);
    return value;
  }

  /**
   * A block scalar whose header (`|`, `|-`, `>` or `>-`, then nothing or a comment) runs from `from` to the
   * line's end `to`, as the value of a key indented by `parent`. Its lines are read from the text itself (the
   * line index skips blank lines and lines that start with `#`, which inside a block scalar are content), up to
   * the first line indented by `parent` or less. Outside what both libraries read alike, it gives up: an
   * indentation indicator, `+` chomping, blank lines before the first line of text, a line of only spaces
   * longer than the indentation, a more-indented line in a folded scalar, a line between the two indentations,
   * or text that ends without a line break. `valueEnd` is after the last line of text and its line break, where
   * `yaml` ends the node; `i` moves to the first indexed line after the scalar.
   */
  private readBlockScalar(from: number, to: number, parent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(from) === GREATER;
    let p = from + 1;
    const strip = p < to && text.charCodeAt(p) === DASH;
    if (strip) p += 1;
    this.checkTrailing(p, to);
    const lines: string[] = [];
    let indent = -1;
    let lastTextEnd = -1;
    let at = text.indexOf('\n', to);
    if (at < 0) giveUp();
    at += 1;
    while (at < text.length) {
      let newline = text.indexOf('\n', at);
      if (newline < 0) newline = text.length;
      let spaces = at;
      while (spaces < newline && text.charCodeAt(spaces) === SPACE) spaces += 1;
      const width = spaces - at;
      if (spaces === newline) {
        // A blank line: part of the text between lines of it, dropped after the last one.
        if (indent < 0 || width > indent) giveUp();
        lines.push('');
      } else {
        if (indent < 0) {
          if (width <= parent) giveUp(); // no text at all
          indent = width;
        }
        if (width < indent) {
          if (width > parent) giveUp();
          break;
        }
        if (width > indent && folded) giveUp();
        if (newline === text.length) giveUp(); // the chomping of a last line without a line break
        lines.push(text.slice(at + indent, newline));
        lastTextEnd = newline + 1;
      }
      at = newline + 1;
    }
    if (lastTextEnd < 0) giveUp();
    while (lines[lines.length - 1] === '') lines.pop();
    let value = '';
    if (folded) {
      // A line break between two lines of text folds into a space; each blank line between them is a line break.
      let breaks = -1;
      for (const line of lines) {
        if (line === '') breaks += 1;
        else {
          value += breaks < 0 ? line : breaks === 0 ? ` ${line}` : `${'\n'.repeat(breaks)}${line}`;
          breaks = 0;
        }
      }
    } else value = lines.join('\n');
    if (!strip) value += '\n';
    while (this.i < this.count && starts[this.i]! < lastTextEnd) this.i += 1;
    this.valueEnd = lastTextEnd;
    return value;
  }

  /** After a quoted scalar or a flow collection: nothing, or a comment after a space. */
  private checkTrailing(from: number, to: number): void {
    if (from === to) return;
    const p = this.skipSpaces(from, to);
    if (p === to || (this.text.charCodeAt(p) === HASH && p > from)) return;
    giveUp();
  }

  /** A quoted scalar starting at `from` on a line ending at `to`; `end` is just after its closing quote. */
  private readQuoted(from: number, to: number): string {
    const text = this.text;
    if (text.charCodeAt(from) === DOUBLE_QUOTE) {
      const close = text.indexOf('"', from + 1);
      if (close < 0 || close >= to) giveUp();
      const value = text.slice(from + 1, close);
      if (value.includes('\\')) giveUp();
      this.end = close + 1;
      return value;
    }
    let value = '';
    let p = from + 1;
    for (;;) {
      const quote = text.indexOf("'", p);
      if (quote < 0 || quote >= to) giveUp();
      value += text.slice(p, quote);
      if (quote + 1 < to && text.charCodeAt(quote + 1) === SINGLE_QUOTE) {
        value += "'";
        p = quote + 2;
      } else {
        this.end = quote + 1;
        return value;
      }
    }
  }

  /**
   * `[a, b]` or `{ k: v, "k2": v2, k3: [x, y] }` on one line; an item or a value may be a flow collection in
   * turn, a key may not. A quote starts a
   * quoted scalar only at the start of an item; plain items stop at `,` or the
   * closing bracket and may not hold `#`, brackets, or a `:` that ends a key.
   * `end` is just after the closing bracket.
   */
  private readFlow(from: number, to: number): unknown {
    const text = this.text;
    const isList = text.charCodeAt(from) === 91;
    const close = isList ? 93 /* ] */ : 125; /* } */
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    let p = this.skipSpaces(from + 1, to);
    if (p < to && text.charCodeAt(p) === close) {
      this.end = p + 1;
      return isList ? list : map;
    }
    for (;;) {
      if (isList) {
        const item = this.flowItem(p, to, close);
        p = this.end;
        list.push(this.quoted ? item : plainValue(item as string));
        this.spans?.add(list, list.length - 1, [this.itemStart, this.itemEnd]);
      } else {
        const key = this.flowScalar(p, to, close, true);
        const keyQuoted = this.quoted;
        const keySpan: Span = [this.itemStart, this.itemEnd];
        p = this.skipSpaces(this.end, to);
        if (p + 1 >= to || text.charCodeAt(p) !== COLON || text.charCodeAt(p + 1) !== SPACE) giveUp();
        const value = this.flowItem(p + 2, to, close);
        p = this.end;
        const name = keyQuoted ? key : plainKeyName(key);
        addEntry(map, name, this.quoted ? value : plainValue(value as string));
        this.spans?.add(map, name, [this.itemStart, this.itemEnd], keySpan);
      }
      p = this.skipSpaces(p, to);
      const c = p < to ? text.charCodeAt(p) : -1;
      if (c === close) {
        this.end = p + 1;
        return isList ? list : map;
      }
      if (c !== COMMA) giveUp();
      p = this.skipSpaces(p + 1, to);
      if (p < to && text.charCodeAt(p) === close) giveUp(); // a trailing comma: leave it to js-yaml
    }
  }

  /** An item or a value of a flow collection: a nested collection, or a scalar as flowScalar reads it. */
  private flowItem(from: number, to: number, close: number): unknown {
    const start = this.skipSpaces(from, to);
    const c = start < to ? this.text.charCodeAt(start) : -1;
    if (c !== 91 /* [ */ && c !== 123 /* { */) return this.flowScalar(from, to, close, false);
    if (++this.depth > MAX_DEPTH) giveUp();
    const collection = this.readFlow(start, to);
    this.depth -= 1;
    // Read as it is, never typed like a plain scalar.
    this.quoted = true;
    this.itemStart = start;
    this.itemEnd = this.end;
    return collection;
  }

  /** One item of a flow collection, from `from`; sets `quoted` and `end`. */
  private flowScalar(from: number, to: number, close: number, isKey: boolean): string {
    const text = this.text;
    const start = this.skipSpaces(from, to);
    const c = start < to ? text.charCodeAt(start) : -1;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      this.quoted = true;
      const value = this.readQuoted(start, to);
      this.itemStart = start;
      this.itemEnd = this.end;
      return value;
    }
    let end = start;
    for (; end < to; end += 1) {
      const ch = text.charCodeAt(end);
      if (ch === COMMA || ch === close) break;
      if (ch === COLON) {
        // Inside a scalar (17:00) unless a space, the end or a flow indicator follows, as in js-yaml.
        const next = end + 1 < to ? text.charCodeAt(end + 1) : -1;
        if (next === SPACE && isKey) break;
        if (next === -1 || next === SPACE || next === COMMA || next === 91 || next === 93 || next === 123 || next === 125) giveUp();
      }
      if (ch === HASH || ch === 91 || ch === 93 || ch === 123 || ch === 125) giveUp();
    }
    let last = end;
    while (last > start && text.charCodeAt(last - 1) === SPACE) last -= 1;
    const raw = text.slice(start, last);
    this.end = end;
    if (raw === '' || NOT_PLAIN_START.test(raw)) giveUp();
    this.quoted = false;
    this.itemStart = start;
    this.itemEnd = last;
    return raw;
  }
}

// Only spaces: String#trim would also drop no-break spaces and other characters YAML keeps.
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** How much of a plain scalar's text is its value: up to a comment, without the spaces before it. */
function plainLength(text: string): number {
  const comment = text.indexOf(' #');
  let end = comment < 0 ? text.length : comment;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end -= 1;
  return end;
}

/** A plain scalar in block context: up to a comment; no `: ` inside, no `:` at the end. */
function readPlain(text: string): unknown {
  if (NOT_PLAIN_START.test(text)) giveUp();
  const comment = text.indexOf(' #');
  const value = comment < 0 ? text : trimEnd(text.slice(0, comment));
  if (value.includes(': ') || value.endsWith(':')) giveUp();
  return plainValue(value);
}

const KEY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

/** A key written plainly: resolved like js-yaml does, then made a string. */
function plainKeyName(raw: string): string {
  if (!KEY_NAME.test(raw)) giveUp();
  return plainKey(raw);
}

/** The document's data, exactly as js-yaml would load it, or undefined when the text is outside the subset. */
export function readBlockYaml(text: string): unknown {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  try {
    return new Reader(text, indexLines(text)).document();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

/**
 * Where a JSON pointer is in a text the reader reads, exactly as the exact
 * path (`yaml`, yaml-document.ts) places it: the value, or the key with
 * `target: 'key'`; a key with an empty value is placed at the key; a mapping
 * or a list on its first line; a pointer that goes past the data at the
 * deepest node that exists. Undefined when the text is outside what the
 * reader reads. test/block-yaml.test.ts compares the two on every pointer of
 * every file it reads.
 */
export function blockYamlLocator(text: string): Locate | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const spans = new Spans();
  let data: unknown;
  try {
    data = new Reader(text, indexLines(text), spans).document();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const place = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  return (pointer, target = 'value') => {
    let node = data;
    let span: readonly number[] = spans.root;
    const segments = decodePointer(pointer);
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i]!;
      if (Array.isArray(node)) {
        const index = Number(segment);
        const itemSpan = spans.values.get(node)?.get(index);
        if (itemSpan === undefined) break;
        node = node[index];
        span = itemSpan;
      } else if (node !== null && typeof node === 'object') {
        const valueSpan = spans.values.get(node)?.get(segment);
        const keySpan = spans.keys.get(node)?.get(segment);
        if (valueSpan === undefined || keySpan === undefined) break;
        if (i === segments.length - 1 && target === 'key') {
          span = keySpan;
          node = undefined;
          break;
        }
        node = (node as Record<string, unknown>)[segment];
        span = valueSpan[1] > valueSpan[0] ? valueSpan : keySpan;
      } else break;
    }
    const [start, end] = node !== null && typeof node === 'object' ? firstLineOf(text, span) : span;
    const from = place(start!);
    const to = place(Math.max(end!, start!));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
}

/**
 * For a text readBlockYaml read: a locator that reads the text again with
 * spans only when a first pointer is asked for, as most reads place nothing.
 */
export function lazyBlockYamlLocator(text: string): Locate {
  let locate: Locate | undefined;
  return (pointer, target) => {
    locate ??= blockYamlLocator(text);
    if (!locate) throw new Error('lazyBlockYamlLocator: the text is not one the block reader reads');
    return locate(pointer, target);
  };
}
