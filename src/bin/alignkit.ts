#!/usr/bin/env node
/**
 * The `alignkit` command: a small launcher for the bundled program.
 *
 * `lint` sits on every CI run, and most of a cold run is V8 compiling the
 * program, not running it. So the program is built as CommonJS bundles
 * (dist/alignkit.cjs and dist/chunks/*.cjs, each written as the function Node
 * wraps a module in) and loaded here through vm.Script
 * with a V8 code cache made after a run, which holds the functions that run
 * compiled (Node's own module.enableCompileCache keeps only what was compiled
 * eagerly, and measured slower: docs/performance.md).
 *
 * The caches live in the user's cache directory, one folder per Node version
 * and build, and are never shipped nor written inside the installation: the
 * first run of a command writes its cache, later runs read it. A cache V8
 * refuses, or one that cannot be read or written, only costs speed.
 */
// Named imports: a namespace import is copied property by property at start-up (0.6 ms for node:fs).
import { accessSync, closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** `lint` of build 3f2a… on Node v24.1.0 → `<cache dir>/v24.1.0-x64-3f2a…/alignkit.cjs.lint.v8-cache`. */
export const CODE_CACHE_SUFFIX = '.v8-cache';

/**
 * The program bundle has one cache per command it was trained on: a cache
 * holds every function its run compiled, and deserialising render's templates
 * would slow down every lint. Other commands use lint's.
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

/** Written by scripts/bundle.mjs: a hash of every bundle, so a rebuilt installation never reads an old cache. */
export const BUILD_ID_FILE = 'build-id';

/**
 * The home directory as os.homedir() gives it: $HOME on POSIX, without loading node:os (0.3 ms) when it is set;
 * Windows reads its own variables, so it asks node:os.
 */
function homeDirectory(env: Record<string, string | undefined>): string {
  if (process.platform !== 'win32' && env.HOME) return env.HOME;
  return process.getBuiltinModule('node:os').homedir();
}

/**
 * Where this build's caches go on this Node: $ALIGNKIT_CACHE_DIR, else
 * $XDG_CACHE_HOME/alignkit, else ~/.cache/alignkit; undefined (no cache) when
 * ALIGNKIT_CACHE_DIR is "off" or the build has no id.
 */
export function codeCacheDir(distDir: string, env: Record<string, string | undefined>): string | undefined {
  if (env.ALIGNKIT_CACHE_DIR === 'off') return undefined;
  let buildId: string;
  try {
    buildId = readFileSync(join(distDir, BUILD_ID_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
  if (!/^[0-9a-f]{16,64}$/.test(buildId)) return undefined;
  const base = env.ALIGNKIT_CACHE_DIR || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'alignkit') : join(homeDirectory(env), '.cache', 'alignkit'));
  return join(base, `${process.version}-${process.arch}-${buildId}`);
}

/** Bundles name the chunks `./chunks/<name>.cjs` and the program `./alignkit.cjs` (for the modules chunks share with it), relative to dist/. */
const BUNDLE_REQUEST = /^\.\/(?:chunks\/[a-z0-9-]+|alignkit)\.cjs$/;

export interface LoadedBundle {
  script: Script;
  /** Where this bundle's code cache is read from and written to; undefined without a cache directory. */
  cacheFile: string | undefined;
  /** Whether V8 refused the cache file; undefined when there was none. */
  cacheRejected: boolean | undefined;
}

export interface BundleLoader {
  /** Loads (once) a bundle by its path and returns its exports. */
  load(file: string): unknown;
  /** Every bundle loaded so far, by absolute path, in load order. */
  readonly loaded: ReadonlyMap<string, LoadedBundle>;
}

export interface LoaderOptions {
  /** The folder code caches are read from; undefined: compile from source. */
  cacheDir?: string;
  /** The cache file name of the program bundle; default: lint's. */
  programCache?: string;
}

export function createBundleLoader(distDir: string, { cacheDir, programCache = programCacheName(undefined) }: LoaderOptions = {}): BundleLoader {
  const programFile = resolve(distDir, 'alignkit.cjs');
  const loaded = new Map<string, LoadedBundle>();
  const exportsOf = new Map<string, unknown>();

  const load = (file: string): unknown => {
    const path = resolve(file);
    if (exportsOf.has(path)) return exportsOf.get(path);
    const source = readFileSync(path, 'utf8');
    const name = path === programFile ? programCache : `${path.slice(resolve(distDir).length + 1).replace(/[\\/]/g, '-')}${CODE_CACHE_SUFFIX}`;
    const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, name);
    let cachedData: Buffer | undefined;
    try {
      cachedData = cacheFile === undefined ? undefined : readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // no cache yet: compile as usual
    }
    // Each bundle is written as the function Node wraps a CommonJS module in (scripts/bundle.mjs), so it runs as one.
    const script = new Script(source, { filename: path, cachedData });
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
  processIo(): unknown;
  /** A run of the command on a bundled preset, output thrown away (src/cli/training-run.ts). */
  trainingRun(command: string): Promise<void>;
}

/** The program bundle: dist/alignkit.cjs, one level above this file (dist/bin/alignkit.js). */
export function loadProgram(loader: BundleLoader, distDir: string): ProgramBundle {
  return loader.load(join(distDir, 'alignkit.cjs')) as ProgramBundle;
}

/**
 * The cache's folders, one at a time from the top: Node 20-24's `recursive: true` spins for ever under /proc
 * (src/io/files.ts, makeFolders, says why; the launcher bundles none of the program's code).
 */
function makeCacheFolders(folder: string): void {
  if (existsSync(folder)) return;
  if (dirname(folder) !== folder) makeCacheFolders(dirname(folder));
  mkdirSync(folder, { mode: 0o700 });
}

/** Whole or not at all: every byte written, size checked, then renamed into place. */
function writeCacheFile(path: string, data: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    makeCacheFolders(dirname(path));
    fd = openSync(temporary, 'wx', 0o600);
    let offset = 0;
    while (offset < data.length) {
      const n = writeSync(fd, data, offset, data.length - offset);
      if (!(n > 0)) throw new Error('short write');
      offset += n;
    }
    if (fstatSync(fd).size !== data.length) throw new Error('short write');
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the run itself succeeded, only the next one is slower.
    }
  }
}

/**
 * Writes the caches this run lacked or V8 refused. `programToo` is false for
 * commands that borrow lint's cache, so they never fill it with code lint
 * does not need. The first run of a build on a Node version also clears out
 * the caches of builds and versions no longer run (pruneCodeCaches).
 */
export function refreshCodeCaches(loader: BundleLoader, programFile: string, programToo: boolean): void {
  for (const [file, { script, cacheFile, cacheRejected }] of loader.loaded) {
    if (cacheFile === undefined || cacheRejected === false || (file === programFile && !programToo)) continue;
    // Serialising a cache costs a few milliseconds: not for a folder that cannot be written.
    if (!canWriteIn(dirname(cacheFile))) return;
    const firstOfItsKind = !existsSync(dirname(cacheFile));
    writeCacheFile(cacheFile, script.createCachedData());
    if (firstOfItsKind) pruneCodeCaches(dirname(cacheFile));
  }
}

/**
 * Whether refreshCodeCaches will write the program's cache: no cache V8 took, and a cache folder that can
 * be written (or made). Where it cannot (a read-only home in CI), no run pays for training a cache that
 * is never kept.
 */
export function willWriteCache(loader: BundleLoader, programFile: string): boolean {
  const program = loader.loaded.get(programFile);
  return program !== undefined && program.cacheFile !== undefined && program.cacheRejected !== false && canWriteIn(dirname(program.cacheFile));
}

/** Whether a folder can be written, or made: the nearest folder that exists is the one it would be made in. */
function canWriteIn(folder: string): boolean {
  let dir = folder;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** How many folders of caches (one per build and Node version) are kept: a few installations on a few Node versions. */
export const KEPT_CACHE_FOLDERS = 8;

/** `v24.1.0-x64-3f2a…`: the only folders pruneCodeCaches touches. */
const CACHE_FOLDER_NAME = /^v\d+\.\d+\.\d+[\w.-]*-[a-z0-9]+-[0-9a-f]{16,64}$/;

/**
 * Every upgrade of alignkit or of Node starts a new cache folder; without
 * this the old ones (1-3 MB each) would pile up for ever. Keeps `current` and
 * the most recently written others, KEPT_CACHE_FOLDERS in all, and from the
 * rest removes alignkit's cache files only: a folder holding anything else
 * stays. A cache removed under a running alignkit only costs it speed.
 */
export function pruneCodeCaches(current: string): void {
  const base = dirname(current);
  try {
    const others = readdirSync(base)
      .filter((name) => CACHE_FOLDER_NAME.test(name) && join(base, name) !== current)
      .map((name) => ({ path: join(base, name), written: statSync(join(base, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written || (a.path < b.path ? -1 : 1));
    for (const { path } of others.slice(KEPT_CACHE_FOLDERS - 1)) removeCacheFolder(path);
  } catch {
    // Only disk space is at stake; the next first run tries again.
  }
}

function removeCacheFolder(path: string): void {
  try {
    for (const name of readdirSync(path)) {
      if (name.endsWith(CODE_CACHE_SUFFIX) || name.endsWith('.tmp')) rmSync(join(path, name), { force: true });
    }
    rmdirSync(path); // refused, so the folder stays, when it holds anything that is not a cache
  } catch {
    // Left as it is.
  }
}

if (require.main === module) {
  const distDir = join(__dirname, '..');
  const argv = process.argv.slice(2);
  const command = commandOf(argv);
  const loader = createBundleLoader(distDir, { cacheDir: codeCacheDir(distDir, process.env), programCache: programCacheName(command) });
  const { main, processIo, trainingRun } = loadProgram(loader, distDir);
  process.on('SIGINT', () => process.exit(130));
  const programFile = resolve(distDir, 'alignkit.cjs');
  const cachedCommand = (CACHED_COMMANDS as readonly string[]).includes(command ?? '');
  void main(argv, processIo()).then(async (code) => {
    process.exitCode = code;
    // A cache is written once and then read by every run: what this run compiled is not enough when it was
    // `lint --help` or a file with a syntax error, so a typical run goes first.
    if (cachedCommand && willWriteCache(loader, programFile)) await trainingRun(command!).catch(() => undefined);
    refreshCodeCaches(loader, programFile, cachedCommand);
  });
}
