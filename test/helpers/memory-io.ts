import type { Io } from '../../src/io/process-io.js';

export interface MemoryIo extends Io {
  out: () => string;
  err: () => string;
}

/** An Io that records output; colour is off unless the test asks for a TTY. */
export function memoryIo(options: { cwd?: string; env?: Record<string, string>; stdin?: string | Uint8Array; tty?: boolean; today?: string; now?: string } = {}): MemoryIo {
  let out = '';
  let err = '';
  const tty = options.tty ?? false;
  return {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout: { write: (t: string) => (out += t), isTTY: tty, hasColors: () => tty },
    stderr: { write: (t: string) => (err += t), isTTY: false },
    // A fixed "today" before every example's first deadline, so date-relative rules stay quiet.
    today: () => options.today ?? '2027-01-15',
    now: () => new Date(options.now ?? '2027-01-20T15:00:00Z'),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    out: () => out,
    err: () => err,
  };
}
