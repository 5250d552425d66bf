/**
 * The agreement hash's SHA-256 (src/core/signoff/sha256.ts, WebAssembly) against node:crypto's, which runs
 * OpenSSL: on the lengths where padding changes (55, 56 and 64 bytes and the chunk size of 32 KiB, each
 * ±1), on texts of every UTF-8 width (ASCII, Latin, CJK, emoji, lone surrogates), and on random texts.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/core/signoff/sha256.js';

const openssl = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('SHA-256 in WebAssembly', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it("matches node:crypto at every length where the padding or the module's chunks change", () => {
    for (const length of [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 32 * 1024 - 1, 32 * 1024, 32 * 1024 + 1, 32 * 1024 + 56, 3 * 32 * 1024 + 17]) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text), `${length} bytes`).toBe(openssl(text));
    }
  });

  it('matches node:crypto on text of every UTF-8 width, including lone surrogates', () => {
    for (const text of ['é'.repeat(40_000), '漢字'.repeat(12_000), '😀x'.repeat(20_000), 'a\uD800b', '\uDC00', `${'y'.repeat(63)}😀`, `${'y'.repeat(55)}é`]) {
      expect(sha256Hex(text), text.slice(0, 12)).toBe(openssl(text));
    }
  });

  it('matches node:crypto on random texts, one after another in the same module', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => sha256Hex(text) === openssl(text)),
      { numRuns: 1000 },
    );
  });
});
