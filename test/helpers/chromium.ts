/**
 * One headless Chromium for a whole test file, driven over the DevTools
 * protocol on a pipe (`--remote-debugging-pipe`: messages are JSON, each ended
 * by a NUL byte, on file descriptors 3 and 4). Starting the browser once per
 * screenshot cost the browser tests most of their time; the pages and checks
 * are the same. No driver library and no browser download: Debian's chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Reply {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface BrowserPage {
  /** Loads a URL at this viewport size and waits for its load event. */
  open(url: string, width: number, height: number): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /** Runs an expression in the page, awaiting a promise it returns, and gives back its value as JSON data. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface Browser {
  newPage(): Promise<BrowserPage>;
  close(): Promise<void>;
}

export async function launchChromium(executable: string, flags: readonly string[]): Promise<Browser> {
  const child: ChildProcess = spawn(executable, ['--headless=new', '--remote-debugging-pipe', '--no-first-run', '--no-default-browser-check', ...flags, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(message: Reply) => void>();
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('Chromium exited'));
    pending.clear();
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  const nextEvent = (method: string, sessionId: string): Promise<void> =>
    new Promise((resolve) => {
      const listener = (message: Reply) => {
        if (message.method === method && message.sessionId === sessionId) {
          listeners.delete(listener);
          resolve();
        }
      };
      listeners.add(listener);
    });

  return {
    async newPage() {
      const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await send('Page.enable', {}, sessionId);
      return {
        async open(url, width, height) {
          await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
          const loaded = nextEvent('Page.loadEventFired', sessionId);
          await send('Page.navigate', { url }, sessionId);
          await loaded;
        },
        async screenshot() {
          // Chromium may lay a page out again after its load event (fonts, and the hyphenation dictionary
          // that `hyphens: auto` asks for load on their own), more often on a busy machine: the shot is
          // taken once two in a row, a frame apart, are the same.
          const capture = async () => ((await send('Page.captureScreenshot', { format: 'png' }, sessionId)) as { data: string }).data;
          await send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => undefined)', awaitPromise: true }, sessionId);
          let shot = await capture();
          for (let attempt = 0; attempt < 5; attempt += 1) {
            await send('Runtime.evaluate', { expression: 'new Promise((r) => setTimeout(() => requestAnimationFrame(() => r(undefined)), 50))', awaitPromise: true }, sessionId);
            const again = await capture();
            if (again === shot) break;
            shot = again;
          }
          return Buffer.from(shot, 'base64');
        },
        async evaluate<T>(expression: string) {
          const reply = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
            result: { value: T };
            exceptionDetails?: { text: string };
          };
          if (reply.exceptionDetails) throw new Error(`in the page: ${reply.exceptionDetails.text}`);
          return reply.result.value;
        },
        async close() {
          await send('Target.closeTarget', { targetId });
        },
      };
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await exited;
    },
  };
}
