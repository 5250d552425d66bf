import { isatty } from 'node:tty';

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

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    today: () => localDate(new Date()),
    now: () => new Date(),
    // isatty(0), not process.stdin.isTTY: creating the stdin stream costs start-up time on every run.
    stdinIsTTY: isatty(0),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
