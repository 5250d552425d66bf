import { fstatSync, statSync, writeSync } from 'node:fs';

/** Everything a command may touch outside its arguments; tests pass their own. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  hasColors?(count?: number): boolean;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Today's date (YYYY-MM-DD) on this machine; tests pass a fixed one. */
  today(): string;
  /** The current instant, for the time of a signature; tests pass a fixed one. */
  now(): Date;
  /** Whether standard input is a terminal someone can answer questions on. */
  stdinIsTTY?: boolean;
}

/** An instant as RFC 3339 in the machine's local offset, to the second: 2027-01-20T10:00:00-05:00. */
export function localDateTime(now: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${localDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

/** The local calendar date: a spec author's "today" is the one on their wall. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Whether a file descriptor is a terminal; node:tty (which loads node:net, about 3 ms) only for character
 * devices other than /dev/null, where benchmarks and scripts send output.
 */
function isTerminal(fd: number): boolean {
  let rdev: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    rdev = stat.rdev;
  } catch {
    return false;
  }
  if (rdev === nullDevice()) return false;
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/** The device number of /dev/null, or undefined where there is none (Windows). */
function nullDevice(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

/**
 * Standard output or error. A terminal gets Node's own stream (colours, prompts);
 * a pipe or a file is written with writeSync, because creating process.stdout for
 * one loads node:net and node:stream, about 3 ms of every `lint` in CI. Writes
 * are whole and in order either way; a reader that went away (`| head`) ends the
 * output quietly instead of with an EPIPE stack trace.
 */
function standardOutput(fd: 1 | 2): OutputStream {
  let terminal: NodeJS.WriteStream | undefined;
  let closed = false;
  let paused: Int32Array | undefined;
  const stream = (): NodeJS.WriteStream => {
    if (terminal) return terminal;
    terminal = fd === 1 ? process.stdout : process.stderr;
    terminal.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') terminal?.destroy();
      else throw error;
    });
    return terminal;
  };
  const isTTY = isTerminal(fd);
  return {
    isTTY,
    hasColors: (count?: number) => isTTY && stream().hasColors(count),
    write(text: string) {
      if (isTTY) return stream().write(text);
      if (closed) return false;
      const bytes = Buffer.from(text, 'utf8');
      for (let offset = 0; offset < bytes.length; ) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            // A pipe someone else set to non-blocking is full: wait a millisecond for its reader.
            paused ??= new Int32Array(new SharedArrayBuffer(4));
            Atomics.wait(paused, 0, 0, 1);
          } else if (code === 'EPIPE') {
            closed = true;
            return false;
          } else throw error;
        }
      }
      return true;
    },
  };
}

export function processIo(): Io {
  return {
    stdout: standardOutput(1),
    stderr: standardOutput(2),
    cwd: process.cwd(),
    env: process.env,
    today: () => localDate(new Date()),
    now: () => new Date(),
    // Not process.stdin.isTTY: creating the stdin stream costs start-up time on every run.
    get stdinIsTTY() {
      return isTerminal(0);
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
