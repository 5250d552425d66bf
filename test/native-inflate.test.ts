/**
 * The bundle's stand-in for tiny-inflate (src/core/render/native-inflate.ts) against tiny-inflate itself, on
 * the data unicode-trie inflates for every PDF (pdfkit's line-breaking and fontkit's Unicode property tables,
 * read from the packages) and on random data compressed every way zlib can, with destinations of the exact
 * size, larger and smaller.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateInto } from '../src/core/render/native-inflate.js';
import { ROOT } from './helpers/paths.js';

const require = createRequire(import.meta.url);
const tinyInflate = require('tiny-inflate') as (source: Uint8Array, dest: Uint8Array) => Uint8Array;

/** Byte for byte (vitest's deep equality takes seconds on arrays of this size). */
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

/** Every `new UnicodeTrie(...)` table in the packages' builds pdfkit loads, as unicode-trie reads it: size, then twice-deflated data. */
function trieTables(): { name: string; source: Uint8Array; size: number }[] {
  const tables: { name: string; source: Uint8Array; size: number }[] = [];
  for (const file of ['linebreak/dist/main.cjs', 'unicode-properties/dist/main.cjs', 'fontkit/dist/main.cjs']) {
    const text = readFileSync(join(ROOT, 'node_modules', file), 'utf8');
    for (const [, base64] of text.matchAll(/\("([A-Za-z0-9+/=]{200,})"\)/g)) {
      const bytes = Buffer.from(base64!, 'base64');
      // unicode-trie's header: highStart, errorValue, uncompressedLength (little-endian 32-bit), then the data.
      tables.push({ name: `${file} #${tables.length}`, source: bytes.subarray(12), size: bytes.readUInt32LE(8) });
    }
  }
  return tables;
}

describe('tiny-inflate on Node zlib', () => {
  it('inflates the tables unicode-trie reads for a PDF as tiny-inflate does, both rounds', () => {
    const tables = trieTables();
    // linebreak's class table, unicode-properties' table and fontkit's own (its shapers').
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const { name, source, size } of tables) {
      const once = inflateInto(source, new Uint8Array(size));
      expect(same(once, tinyInflate(source, new Uint8Array(size))), name).toBe(true);
      expect(same(inflateInto(once, new Uint8Array(size)), tinyInflate(once, new Uint8Array(size))), name).toBe(true);
    }
  });

  it('agrees with tiny-inflate on random data at every level and strategy, into exact, larger and smaller destinations', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 200; n += 1) {
      const length = Math.floor(random() ** 2 * 70000);
      // Runs of few byte values, so every block type and back-reference appears.
      const alphabet = 1 + Math.floor(random() * 255);
      const data = Uint8Array.from({ length }, () => Math.floor(random() * alphabet));
      const level = n % 10;
      const strategy = [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FIXED][n % 5]!;
      // Every third stream is followed by 4 bytes, as fontkit hands over a WOFF table with its zlib checksum.
      const stream = deflateRawSync(data, { level, strategy });
      const source = n % 3 === 0 ? Buffer.concat([stream, Buffer.from([1, 2, 3, 4])]) : stream;
      for (const size of [length, length + 17, Math.floor(length / 2)]) {
        expect(same(inflateInto(source, new Uint8Array(size)), tinyInflate(source, new Uint8Array(size))), `case ${n}, ${length} bytes into ${size}`).toBe(true);
      }
    }
  });
});
