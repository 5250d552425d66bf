#!/usr/bin/env node
/**
 * The `alignkit` command: a small launcher for the bundled program.
 *
 * `lint` sits on every CI run, so start-up time matters more than anything
 * else it does. Most of a cold run is V8 compiling the program, not running
 * it, and Node 20 has no compile cache for ES modules. So the program is built
 * as CommonJS bundles (dist/alignkit.cjs and dist/chunks/*.cjs) and loaded here
 * through vm.Script with a V8 code cache written at build time
 * (scripts/make-code-cache.mjs). A cache from another Node or V8 version is
 * rejected by V8 and the bundle is compiled as usual (slower, never wrong);
 * after the run the launcher writes a fresh one. It also points the program
 * at this installation's time zone table (src/core/time/zone-table.ts).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** Written next to each bundle: `chunks/luxon.cjs` → `chunks/luxon.cjs.v8-cache`. */
export const CODE_CACHE_SUFFIX = '.v8-cache';

/**
 * The program bundle has one cache per command it was trained on
 * (`alignkit.cjs.lint.v8-cache`): a cache holds every function its run
 * compiled, and deserialising render's templates would slow down every lint.
 * Other commands use lint's, which covers the start-up they share.
 */
export const CACHED_COMMANDS = ['lint', 'render', 'calendar'] as const;

export function programCacheName(command: string | undefined): string {
  const trained = (CACHED_COMMANDS as readonly string[]).includes(command ?? '') ? command : 'lint';
  return `alignkit.cjs.${trained}${CODE_CACHE_SUFFIX}`;
}

/** The command a run asks for: the first argument that is not an option (no global option takes a value). */
export function commandOf(argv: readonly string[]): string | undefined {
  return argv.find((arg) => !arg.startsWith('-'));
}

/** The program names its chunks `./chunks/<name>.cjs`, relative to dist/. */
const BUNDLE_REQUEST = /^\.\/chunks\/[a-z0-9-]+\.cjs$/;

export interface LoadedBundle {
  script: Script;
  /** Where this bundle's code cache is read from (and written to by the build). */
  cacheFile: string;
  /** Whether V8 refused the cache file (another Node version); undefined when there was none. */
  cacheRejected: boolean | undefined;
}

export interface BundleLoader {
  /** Loads (once) a bundle by its path and returns its exports. */
  load(file: string): unknown;
  /** Every bundle loaded so far, by absolute path, in load order. */
  readonly loaded: ReadonlyMap<string, LoadedBundle>;
}

export interface LoaderOptions {
  /** false: compile from source and ignore existing caches (the build step that writes them). */
  readCodeCache?: boolean;
  /** The cache file of the program bundle, in dist/; default: lint's. */
  programCache?: string;
}

export function createBundleLoader(distDir: string, { readCodeCache = true, programCache = programCacheName(undefined) }: LoaderOptions = {}): BundleLoader {
  const programFile = resolve(distDir, 'alignkit.cjs');
  const loaded = new Map<string, LoadedBundle>();
  const exportsOf = new Map<string, unknown>();

  const load = (file: string): unknown => {
    const path = resolve(file);
    if (exportsOf.has(path)) return exportsOf.get(path);
    const source = readFileSync(path, 'utf8');
    const cacheFile = path === programFile ? join(distDir, programCache) : path + CODE_CACHE_SUFFIX;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readCodeCache ? readFileSync(cacheFile) : undefined;
    } catch {
      cachedData = undefined; // no cache: compile as usual
    }
    // The same wrapper Node gives a CommonJS module, so the bundle runs as one.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: path, cachedData });
    loaded.set(path, { script, cacheFile, cacheRejected: cachedData ? script.cachedDataRejected === true : undefined });
    const nodeRequire = createRequire(path);
    const bundleRequire = Object.assign((request: string) => (BUNDLE_REQUEST.test(request) ? load(join(distDir, request)) : nodeRequire(request)), nodeRequire);
    const module = { exports: {} as unknown };
    exportsOf.set(path, module.exports);
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, bundleRequire, module, path, dirname(path));
    exportsOf.set(path, module.exports);
    return module.exports;
  };

  return { load, loaded };
}

interface ProgramBundle {
  main(argv: readonly string[], io: unknown): Promise<number>;
  processIo(options: { zoneTableFile?: string }): unknown;
  zoneTableForThisRuntime(): Promise<string | undefined>;
}

/** Written by the build from this Node's time zone data (scripts/make-zone-table.mjs). */
export const ZONE_TABLE_FILE = 'zone-table.txt';

/** The program bundle: dist/alignkit.cjs, one level above this file (dist/bin/alignkit.js). */
export function loadProgram(loader: BundleLoader, distDir: string): ProgramBundle {
  return loader.load(join(distDir, 'alignkit.cjs')) as ProgramBundle;
}

/**
 * After Node is upgraded (or the build skipped training), V8 refuses the
 * caches and every run compiles from source. This run then writes fresh ones,
 * whole or not at all; a read-only installation simply stays slower.
 * `programToo` is false for commands that borrow lint's cache, so they never
 * fill it with code lint does not need.
 */
export function refreshCodeCaches(loader: BundleLoader, programFile: string, programToo: boolean): void {
  for (const [file, { script, cacheFile, cacheRejected }] of loader.loaded) {
    if (cacheRejected === false || (file === programFile && !programToo)) continue;
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: the run itself succeeded.
      }
    }
  }
}

if (require.main === module) {
  const distDir = join(__dirname, '..');
  const argv = process.argv.slice(2);
  const command = commandOf(argv);
  const loader = createBundleLoader(distDir, { programCache: programCacheName(command) });
  const { main, processIo } = loadProgram(loader, distDir);
  process.on('SIGINT', () => process.exit(130));
  void main(argv, processIo({ zoneTableFile: join(distDir, ZONE_TABLE_FILE) })).then((code) => {
    process.exitCode = code;
    refreshCodeCaches(loader, resolve(distDir, 'alignkit.cjs'), (CACHED_COMMANDS as readonly string[]).includes(command ?? ''));
  });
}
