/**
 * tiny-inflate's contract on Node's zlib. unicode-trie (pdfkit's line breaking, fontkit's Unicode properties)
 * inflates its tables with tiny-inflate, a DEFLATE decoder in JavaScript, on every PDF: 10-15 ms of one. The
 * bundle gives those packages this function in its place (scripts/bundle.mjs); test/native-inflate.test.ts
 * holds it to tiny-inflate's results.
 */
import { inflateRawSync } from 'node:zlib';

/** Inflates raw DEFLATE `source` into `dest`; returns `dest`, or the part of it written when the data is shorter. */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source);
  dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
}
