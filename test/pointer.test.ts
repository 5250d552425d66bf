/** RFC 6901 JSON pointers: the escapes, and a round trip for any segments. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendPointer, decodePointer, encodePointer } from '../src/core/spec/pointer.js';

describe('JSON pointers', () => {
  it('escape ~ as ~0 and / as ~1, as RFC 6901 section 3 says', () => {
    expect(encodePointer([])).toBe('');
    expect(encodePointer(['deliverables', 0, 'go_live', 'at'])).toBe('/deliverables/0/go_live/at');
    expect(encodePointer(['assumed', '/campaign/markets'])).toBe('/assumed/~1campaign~1markets');
    expect(encodePointer(['a~b', 'm~n/o', '~1', ''])).toBe('/a~0b/m~0n~1o/~01/');
    expect(decodePointer('/assumed/~1campaign~1markets')).toEqual(['assumed', '/campaign/markets']);
    // ~01 is "~1" (the ~0 is undone last), never "/".
    expect(decodePointer('/~01/a~0b')).toEqual(['~1', 'a~b']);
    expect(decodePointer('')).toEqual([]);
    expect(decodePointer('/')).toEqual(['']);
    expect(appendPointer('/parties/0', 'contact/email')).toBe('/parties/0/contact~1email');
  });

  it('decode what they encode, for any segments (2,000 cases)', () => {
    const segment = fc.oneof(fc.string(), fc.constantFrom('~', '/', '~0', '~1', '~/', '/~', ''), fc.nat());
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const pointer = encodePointer(segments);
        expect(decodePointer(pointer)).toEqual(segments.map(String));
        expect(pointer).toBe(segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });
});
