/** Turns raw bytes into text, or says precisely why they are not a campaign spec. */

export const MAX_SPEC_BYTES = 1024 * 1024;

export type DecodedSource = { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters; the bytes before the bad one on this line are valid UTF-8.
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** `size` is the file's full size when only its head was read. */
export function decodeSource(bytes: Uint8Array, size = bytes.length): DecodedSource {
  if (size > MAX_SPEC_BYTES) {
    return {
      ok: false,
      message: `is ${(size / 1024 / 1024).toFixed(1)} MiB; campaign specs are limited to 1 MiB`,
      line: 1,
      column: 1,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'is UTF-16; save it as UTF-8', line: 1, column: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, message: 'contains NUL bytes: it looks like a binary file, not YAML', ...positionOfByte(bytes, nul) };
  }
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      message: `is not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0') ?? '??'}); save it as UTF-8`,
      ...positionOfByte(bytes, offset),
    };
  }
}

/** Only a \u or \U escape in a double-quoted string can make one: UTF-8 text cannot hold a lone surrogate. */
export function mayHaveSurrogateEscape(text: string): boolean {
  return text.includes('\\u') || text.includes('\\U');
}
