/**
 * SHA-256 of a text's UTF-8 bytes, as lowercase hex: the agreement hash every
 * render and every lint of a signed spec computes, and SARIF's fingerprints.
 *
 * node:crypto hashes fast once loaded, but loading it pulls in some forty of
 * Node's own modules (its ciphers, keys and the stream modules), about 10 ms of
 * a render that takes 120. A hash written in JavaScript starts in V8's
 * interpreter and took 4-10 ms for 30 KB. WebAssembly is compiled before it
 * runs, so SHA-256's compression function is a small module (sha256Wat in
 * scripts/generate-lib.ts, assembled into src/generated/sha256-wasm.ts) and the
 * padding is done here.
 * Where WebAssembly cannot run (`node --jitless`, a memory limit too low for
 * its reservation), node:crypto answers. docs/performance.md has the figures.
 */
import { SHA256_WASM } from '../../generated/sha256-wasm.js';

/** The initial hash value (section 5.3.3). */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Where the module keeps the hash state and reads the message blocks from, in its one 64 KiB page (as sha256Wat lays it out). */
const STATE = 0;
const BLOCKS = 1024;
/** Message bytes handed over per call: whole blocks that fit in the page after BLOCKS. */
const CHUNK = 32 * 1024;

interface CompressionModule {
  memory: WebAssembly.Memory;
  compress(blocks: number): void;
}

let compression: CompressionModule | null | undefined;

function compressionModule(): CompressionModule | null {
  if (compression !== undefined) return compression;
  try {
    compression = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA256_WASM, 'base64'))).exports as unknown as CompressionModule;
  } catch {
    compression = null;
  }
  return compression;
}

/** The node:crypto answer, also what the tests hold the WebAssembly one to. */
export function sha256HexByNode(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}

export function sha256Hex(text: string): string {
  const sha = compressionModule();
  return sha ? sha256HexByWasm(sha, text) : sha256HexByNode(text);
}

function sha256HexByWasm(sha: CompressionModule, text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const memory = new Uint8Array(sha.memory.buffer);
  const view = new DataView(sha.memory.buffer);
  H0.forEach((h, i) => view.setUint32(STATE + 4 * i, h, true));
  const whole = bytes.length - (bytes.length % 64);
  for (let at = 0; at < whole; at += CHUNK) {
    const size = Math.min(CHUNK, whole - at);
    memory.set(bytes.subarray(at, at + size), BLOCKS);
    sha.compress(size / 64);
  }
  // Padding (section 5.1.1): what is left, a 1 bit, zeros, then the length in bits as 64 big-endian bits.
  const left = bytes.length - whole;
  const last = left < 56 ? 64 : 128;
  memory.fill(0, BLOCKS, BLOCKS + last);
  memory.set(bytes.subarray(whole), BLOCKS);
  memory[BLOCKS + left] = 0x80;
  view.setUint32(BLOCKS + last - 8, Math.floor(bytes.length / 0x20000000), false);
  view.setUint32(BLOCKS + last - 4, (bytes.length * 8) >>> 0, false);
  sha.compress(last / 64);
  let hex = '';
  for (let i = 0; i < 8; i += 1)
    hex += view
      .getUint32(STATE + 4 * i, true)
      .toString(16)
      .padStart(8, '0');
  return hex;
}
