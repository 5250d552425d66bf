/**
 * Escaping spec text for GitHub-flavoured Markdown. Templates compile with
 * `noEscape` (Handlebars' HTML escaping makes raw Markdown unreadable), so every
 * value from a spec goes through one of these helpers. They escape only what
 * could change the structure, so the raw file stays readable; test/markdown.test.ts
 * checks them against remark-gfm with hostile strings.
 */

/** Controls (terminal escapes, NUL) never belong in a document; line breaks become spaces. */
const CONTROL_OR_SPACE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g;

/** Bidirectional overrides and isolates can make a line display differently from what it says ("Trojan Source"). */
const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Anything plainLine changes: a character other than printable ASCII, two spaces, a space at either end. */
const NOT_PLAIN_ASCII_LINE = /[^\x21-\x7e ]| {2}|^ | $/;

/** The text as a single line: what a reader sees once the Markdown is rendered. */
export function plainLine(text: string): string {
  if (!NOT_PLAIN_ASCII_LINE.test(text)) return text;
  return text.replace(BIDI_CONTROL, '').replace(CONTROL_OR_SPACE, ' ').trim();
}

const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<', '>', '|', '~', '$']);
const ALNUM = /[\p{L}\p{N}]/u;
const ENTITY_AFTER_AMP = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Inline text: a list item, a heading or a sentence. */
export function inline(text: string): string {
  return escapeLineStart(escapeInline(text));
}

const ESCAPED_ANYWHERE = /[\\`*[\]<>|~$&]/;
const UNDERSCORE_AT_EDGE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
const SURROGATE = /[\uD800-\uDFFF]/;
const AUTOLINK_START = /(?:https?|ftp):\/\/|www\./i;

/**
 * Whether escapeInline's loop could change a line: a character it always escapes, an underscore at a word's
 * edge, or an underscore in a line with a character outside the BMP (the loop looks at UTF-16 units, so a
 * letter there counts as no letter). Most names, ids, dates and amounts have none and are copied as they are.
 */
function mayNeedEscape(line: string): boolean {
  return ESCAPED_ANYWHERE.test(line) || (line.includes('_') && (UNDERSCORE_AT_EDGE.test(line) || SURROGATE.test(line)));
}

/** Escapes that matter anywhere in a line; block markers are the caller's business. */
function escapeInline(text: string): string {
  const line = plainLine(text);
  if (!mayNeedEscape(line)) return AUTOLINK_START.test(line) ? neutraliseAutolinks(line) : line;
  let out = '';
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (ALWAYS.has(ch)) out += `\\${ch}`;
    // An underscore inside a word never starts emphasis, so `utm_source` stays as written.
    else if (ch === '_' && !(ALNUM.test(line[i - 1] ?? '') && ALNUM.test(line[i + 1] ?? ''))) out += '\\_';
    else if (ch === '&' && ENTITY_AFTER_AMP.test(line.slice(i))) out += '\\&';
    else out += ch;
  }
  return neutraliseAutolinks(out);
}

/**
 * GFM turns bare `https://…` and `www.…` into links whose text keeps every
 * backslash, so escapes inside them would show. Escaping the `:` or `.` stops
 * the autolink; URLs meant as links go through `link`.
 */
function neutraliseAutolinks(text: string): string {
  return text.replace(/(https?|ftp)(:\/\/)/gi, '$1\\$2').replace(/(www)(\.)/gi, '$1\\$2');
}

const SAFE_URL = /^https?:\/\/[^\s<>|`\\\u0000-\u001f\u007f]+$/i;

const SAFE_EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_{}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** An email address as a clickable autolink when it is a plain address; otherwise as text (also in tables). */
export function email(address: string): string {
  const line = plainLine(address);
  return SAFE_EMAIL.test(line) ? `<${line}>` : cell(line);
}

/** A URL as a clickable autolink when it is a plain http(s) URL; otherwise as text. */
export function link(url: string): string {
  const line = plainLine(url);
  return SAFE_URL.test(line) ? `<${line}>` : inline(line);
}

/** Block markers only count at the start of a line: headings, quotes, list items, setext underlines. */
function escapeLineStart(text: string): string {
  if (/^[#+=-]/.test(text)) return `\\${text}`;
  // An ordered list item needs a space (or nothing) after its marker: "7.500 EUR" is a number, "7. x" a list.
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
  return text;
}

/** A table cell: inline text (no block can start in a cell), and a dash for nothing, so no row looks broken. */
export function cell(text: string | undefined | null): string {
  const escaped = text === undefined || text === null ? '' : escapeInline(text);
  return escaped === '' ? '-' : escaped;
}

/** A code span for ids, codes and handles; the fence is longer than any backtick run inside. */
export function code(text: string): string {
  const line = plainLine(text);
  if (line === '') return '';
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A code span inside a table: GFM splits cells on `|` before it sees code spans. */
export function codeCell(text: string): string {
  // A backslash right before a pipe cannot be written inside a code span in a table; plain text can.
  if (/\\\|/.test(plainLine(text))) return cell(text);
  return code(text).replace(/\|/g, '\\|');
}

/**
 * A Mermaid gantt label: Mermaid reads `:` as the start of the task data and
 * `#` and `;` as syntax, and the label sits inside a Markdown code fence.
 */
export function mermaidLabel(text: string): string {
  return (
    plainLine(text)
      .replace(/[:#;`]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'untitled'
  );
}
