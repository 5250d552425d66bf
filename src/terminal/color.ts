import type { OutputStream } from '../io/process-io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * --color/--no-color win, then NO_COLOR (chalk ignores it), then FORCE_COLOR,
 * then whether the stream is a colour terminal.
 */
export function colorLevel(flag: boolean | undefined, env: Record<string, string | undefined>, stream: OutputStream): ColorLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  const forced: ColorLevel | undefined =
    force === undefined ? undefined : force === '' || force === 'true' ? 1 : force === 'false' ? 0 : (Math.min(3, Math.max(0, Number.parseInt(force, 10) || 0)) as ColorLevel);
  if (flag === true) return forced && forced > 0 ? forced : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (forced !== undefined) return forced;
  if (!stream.isTTY || !stream.hasColors?.()) return 0;
  return stream.hasColors(2 ** 24) ? 3 : stream.hasColors(256) ? 2 : 1;
}
