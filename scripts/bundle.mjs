// Bundles the CLI into CommonJS files that src/bin/alignkit.ts loads with a
// V8 code cache kept in the user's cache directory (see there for why):
//
//   dist/bin/alignkit.js       the launcher (the `bin`; CommonJS, by dist/bin/package.json)
//   dist/alignkit.cjs          alignkit's own code and its small dependencies
//   dist/chunks/<name>.cjs     code that only some commands or some files need
//
// Nothing in CHUNKS is part of dist/alignkit.cjs: the program asks the
// launcher for ./chunks/<name>.cjs when a module that imports it first runs.
// That keeps the prompt library, the template engine, the date library, the
// position-keeping YAML parser and the explaining validators (for files with
// findings) out of a clean `lint` run; a test checks this by watching what the
// launcher loads. Each chunk has its own code cache, so code one run does not
// need costs it nothing. dist/build-id, a hash of every bundle, keys the caches.
//
// Code of other packages, and alignkit's modules that keep state, are in one
// bundle only: a chunk that imports one the program holds gets the program's
// (programModules below), and the build fails when a chunk would hold a second.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirname, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

/** Libraries, by import specifier → the chunk that provides them. */
const PACKAGE_CHUNKS = {
  '@inquirer/prompts': 'inquirer',
  handlebars: 'handlebars',
  'handlebars/runtime': 'handlebars',
  luxon: 'luxon',
  chalk: 'chalk',
  'markdown-it': 'markdown-it',
  pdfkit: 'pdfkit',
  yaml: 'yaml',
};

/** alignkit's own modules that only some runs need, by source path → chunk. */
const MODULE_CHUNKS = {
  'src/generated/campaign-validator.ts': 'campaign-validator',
  'src/generated/followup-validator.ts': 'followup-validator',
  'src/generated/config-validator.ts': 'config-validator',
  'src/generated/wrap-validator.ts': 'record-validators',
  'src/generated/incident-validator.ts': 'record-validators',
  'src/generated/templates.ts': 'templates',
  'src/generated/presets.ts': 'presets',
  'src/core/i18n/language.ts': 'i18n',
  'src/core/time/public-holidays.ts': 'holidays',
  'schemas/campaign.schema.json': 'kickoff-schema',
};

/**
 * The document languages other than English, by catalog → chunk. Unlike the
 * chunks above, which load when a module importing them first runs, these load
 * when src/core/i18n/catalogs.ts first reads the import, so an English document
 * never reads them (the lazyCatalogs plugin below).
 */
const CATALOG_CHUNKS = {
  'templates/locales/de.json': 'locale-de',
  'templates/locales/es.json': 'locale-es',
  'templates/locales/fr.json': 'locale-fr',
  'templates/locales/fr-CA.json': 'locale-fr-ca',
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  minify: true,
  // Licences of bundled code go to dist/THIRD_PARTY_NOTICES.md, whole, instead.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Document messages are parsed at build time (src/generated/message-asts.ts), so intl-messageformat gets
  // the parser package's build without the parser (its types and helpers only): about 60 KB less to load,
  // and no parser set-up in every render. A message that reached it unparsed would throw, not misformat.
  alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' },
};

/**
 * commander requires node:child_process at load time, only to run executable
 * subcommands, which alignkit does not have. Loading it (and node:net behind
 * it) costs about 4 ms of every run, so commander gets a stand-in that loads
 * the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'alignkit-lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'alignkit-lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * Luxon answers time zone questions only on Node versions without Temporal
 * (src/core/time/zone-offset.ts), so its chunk loads on the first question,
 * not with the modules that might ask one: a render on Node 26 never reads it.
 */
const lazyPackage = (name) => ({
  name: `lazy-${name}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`[\\\\/]${name}-loader\\.js$`) }, () => ({ path: `${name}-loader`, namespace: `alignkit-lazy-${name}` }));
    b.onResolve({ filter: /^\.\/chunks\/[a-z0-9-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: `alignkit-lazy-${name}` }, () => ({
      contents: `let loaded;\nexport const ${name} = () => (loaded ??= require('./chunks/${name}.cjs')['${name}']);`,
      loader: 'js',
    }));
  },
});
const lazyLuxon = lazyPackage('luxon');

/** The same for chalk (src/reporters/chalk-loader.ts): a report without colour never reads it. */
const lazyChalk = lazyPackage('chalk');

/**
 * chalk detects the terminal's colours when it loads (its vendored
 * supports-color), which loads node:tty and with it node:net and node:stream:
 * about 3 ms of every run. alignkit decides the colour level itself
 * (src/terminal/color.ts) and always passes it to `new Chalk({ level })`, so
 * chalk gets a stand-in that detects nothing.
 */
const chalkWithoutColorDetection = {
  name: 'chalk-without-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'alignkit-no-color-detection' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'alignkit-no-color-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

/**
 * fontkit (under pdfkit) requires brotli's decoder at load time, only to read
 * WOFF2 fonts; alignkit embeds TrueType fonts. Loading it decodes a dictionary
 * in JavaScript (0.5 s of every PDF render), so fontkit gets a stand-in that
 * loads the real decoder on first call.
 */
const lazyBrotliForFontkit = {
  name: 'lazy-brotli-for-fontkit',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, (args) =>
      /[\\/]node_modules[\\/]fontkit[\\/]/.test(args.importer) ? { path: 'brotli-decompress', namespace: 'alignkit-lazy-brotli' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'alignkit-lazy-brotli' }, () => ({
      contents: "module.exports = function decompress(...args) { return require('brotli/decompress.js')(...args); };",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

/**
 * markdown-it (HTML pages) requires `entities` at load time, whose HTML decode
 * table is built from a 100,000-character string when it loads (4 ms of every
 * HTML render); markdown-it only asks it to decode a named entity (`&amp;`),
 * which alignkit's Markdown rarely holds. So markdown-it gets a stand-in that
 * loads the real module, its own version, on the first decode.
 */
const lazyEntitiesForMarkdownIt = {
  name: 'lazy-entities-for-markdown-it',
  setup(b) {
    b.onResolve({ filter: /^entities$/ }, (args) =>
      /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: 'entities', namespace: 'alignkit-lazy-entities', pluginData: dirname(args.importer) } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'alignkit-lazy-entities' }, (args) => ({
      contents:
        "let real; const entities = () => (real ??= require('entities'));\nmodule.exports = { decodeHTML: (text, mode) => entities().decodeHTML(text, mode), decodeHTMLStrict: (text) => entities().decodeHTMLStrict(text) };",
      loader: 'js',
      resolveDir: args.pluginData,
    }));
  },
};

/**
 * pdfkit's hash and cipher libraries (@noble/hashes, @noble/ciphers) require
 * node:crypto when they load, only to have random bytes at hand for an
 * encrypted PDF; loading it pulls in about forty of Node's modules (8-10 ms
 * of every PDF), and alignkit never encrypts. They get a stand-in with the
 * Web Crypto calls they make, which loads node:crypto on the first call; pdfkit
 * gets one for AES too.
 */
const lazyCryptoForNoble = {
  name: 'lazy-crypto-for-noble',
  setup(b) {
    b.onResolve({ filter: /^@noble\/(?:hashes|ciphers)\/crypto$/ }, (args) => ({ path: args.path, namespace: 'alignkit-lazy-crypto' }));
    b.onLoad({ filter: /.*/, namespace: 'alignkit-lazy-crypto' }, () => ({
      contents:
        "let real; const webcrypto = () => (real ??= require('node:crypto').webcrypto);\nexports.crypto = { getRandomValues: (array) => webcrypto().getRandomValues(array), get subtle() { return webcrypto().subtle; } };",
      loader: 'js',
    }));
    // AES, for an encrypted PDF only, builds its lookup tables (65,536 entries each) when it loads: 4 ms.
    b.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, (args) =>
      /[\\/]node_modules[\\/]pdfkit[\\/]/.test(args.importer) ? { path: 'aes', namespace: 'alignkit-lazy-aes', pluginData: dirname(args.importer) } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'alignkit-lazy-aes' }, (args) => ({
      contents: "let real; const aes = () => (real ??= require('@noble/ciphers/aes'));\nmodule.exports = { cbc: (...a) => aes().cbc(...a), ecb: (...a) => aes().ecb(...a) };",
      loader: 'js',
      resolveDir: args.pluginData,
    }));
  },
};

/**
 * unicode-trie (pdfkit's line breaking, fontkit's Unicode properties) inflates its tables on every PDF with
 * tiny-inflate, a DEFLATE decoder in JavaScript; the bundle gives it the same contract on Node's zlib
 * (src/core/render/native-inflate.ts; docs/performance.md has the figures).
 */
const nativeInflateForTinyInflate = {
  name: 'native-inflate-for-tiny-inflate',
  setup(b) {
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: 'tiny-inflate', namespace: 'alignkit-native-inflate' }));
    b.onLoad({ filter: /.*/, namespace: 'alignkit-native-inflate' }, () => ({
      contents: "module.exports = require('./src/core/render/native-inflate.ts').inflateInto;",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

/**
 * An import of a catalog in CATALOG_CHUNKS becomes a stand-in that loads the
 * catalog's chunk the first time a message is looked up or the catalog is
 * copied. It is an ES module, so the import binds to it directly: a CommonJS
 * stand-in would have its keys listed (and its chunk loaded) when the importing
 * module runs.
 */
const lazyCatalogs = {
  name: 'lazy-catalogs',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/][A-Za-z-]+\.json$/ }, (args) => {
      const key = relative(process.cwd(), resolve(args.resolveDir, args.path)).split(sep).join('/');
      return CATALOG_CHUNKS[key] ? { path: key, namespace: 'alignkit-lazy-catalog' } : undefined;
    });
    b.onResolve({ filter: /^\.\/chunks\/[a-z0-9-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'alignkit-lazy-catalog' }, (args) => ({
      contents: `let catalog;
const load = () => (catalog ??= require(${JSON.stringify(`./chunks/${CATALOG_CHUNKS[args.path]}.cjs`)})[${JSON.stringify(args.path)}]);
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
});`,
      loader: 'js',
    }));
  },
};

/**
 * `yaml`'s parser reads process.env.LOG_TOKENS, a debugging switch of its own, for every token it parses;
 * Node's process.env is a C++ interceptor, so that read is about a fifth of every parse (specs outside the
 * block reader's style, files with YAML errors, kickoff's edits). The bundle reads it once, when yaml's
 * parser loads. The build fails if the line is not there, so a new yaml cannot drop this unnoticed.
 */
const yamlTokenLogReadOnce = {
  name: 'yaml-token-log-read-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const load = "var node_process = require('process');\n";
      const read = 'if (node_process.env.LOG_TOKENS)';
      if (!source.includes(load) || !source.includes(read)) throw new Error(`${args.path} no longer reads LOG_TOKENS as scripts/bundle.mjs expects`);
      const contents = source.replace(load, `${load}var logTokens = Boolean(node_process.env.LOG_TOKENS);\n`).replace(read, 'if (logTokens)');
      return { contents, loader: 'js' };
    });
  },
};

const bundledInputs = new Set();
const keepInputs = (result) => {
  // A namespaced input (alignkit-chunk:luxon) is a lookup in another bundle, whose own build lists the code.
  for (const input of Object.keys(result.metafile.inputs)) if (!input.includes(':')) bundledInputs.add(input);
  return result;
};

// The builds that do not wait on one another run side by side (esbuild works on each on its own threads, and
// sequential awaits left it idle between builds): `npm run build` and the test suite's set-up, 3.8 → 3.1 s here.
const launcherBuild = build({
  ...common,
  entryPoints: { alignkit: 'src/bin/alignkit.ts' },
  outdir: 'dist/bin',
}).then(keepInputs);
// `alignkit/ajv` for programs that validate specs with Ajv themselves: an ES module (and its types, below).
const ajvBuild = build({ ...common, format: 'esm', entryPoints: { ajv: 'src/ajv.ts' }, outdir: 'dist' }).then(keepInputs);

/** A path esbuild read, as its metafile names it: relative to the project, with forward slashes. */
const projectPath = (path) => relative(process.cwd(), path).split(sep).join('/');

/**
 * Each import of a chunk's module becomes a lookup in that chunk, in the
 * program and in the other chunks alike (the i18n chunk gets luxon from the
 * luxon chunk, not a copy of its own). `ownChunk` is the chunk being built,
 * whose modules are bundled in it.
 */
const chunkImports = (ownChunk) => ({
  name: 'chunk-imports',
  setup(b) {
    const packages = new RegExp(
      `^(?:${Object.keys(PACKAGE_CHUNKS)
        .map((s) => s.replace(/[/]/g, '\\/'))
        .join('|')})$`,
    );
    b.onResolve({ filter: packages }, (args) =>
      args.namespace === 'alignkit-chunk' || PACKAGE_CHUNKS[args.path] === ownChunk ? undefined : { path: args.path, namespace: 'alignkit-chunk', pluginData: PACKAGE_CHUNKS[args.path] },
    );
    b.onResolve({ filter: /^\.\.?\/.*\.(?:js|json)$/ }, (args) => {
      if (args.namespace === 'alignkit-chunk') return undefined;
      const key = projectPath(resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
      return MODULE_CHUNKS[key] && MODULE_CHUNKS[key] !== ownChunk ? { path: key, namespace: 'alignkit-chunk', pluginData: MODULE_CHUNKS[key] } : undefined;
    });
    b.onResolve({ filter: /^\.\/chunks\/[a-z0-9-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'alignkit-chunk' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`./chunks/${args.pluginData}.cjs`)})[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
});

/**
 * In a chunk, each import of a `shared` file (another package's file the
 * program holds, or a module in ONE_INSTANCE) becomes a lookup in the
 * program's `modules` (see programEntry): one copy of the code, and one
 * instance, so its caches and settings are the program's, not a second set.
 */
const programModules = (shared) => ({
  name: 'program-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\/alignkit\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (shared.length === 0 || args.pluginData?.programModules || args.namespace !== 'file' || args.path.startsWith('node:')) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { programModules: true } });
      if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
      const key = projectPath(resolved.path);
      return shared.includes(key) ? { path: key, namespace: 'alignkit-program' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'alignkit-program' }, (args) => ({
      contents: `module.exports = require('./alignkit.cjs').modules[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
});

/**
 * The program bundle's entry: src/bin/main.ts, and `modules`, the modules
 * chunks share with it, each loaded on first use like any other module.
 */
const programEntry = (shared) => ({
  contents: `export * from './src/bin/main.ts';
export const modules = {${shared.map((path) => `\n  get ${JSON.stringify(path)}() { return require(${JSON.stringify(`./${path}`)}); },`).join('')}
};`,
  resolveDir: '.',
  sourcefile: 'program.js',
  loader: 'ts',
});

const buildProgram = (shared, write) =>
  build({
    ...common,
    stdin: programEntry(shared),
    outfile: 'dist/alignkit.cjs',
    write,
    // kickoff finds this installation's schema for the editor modeline from the bundle's own path.
    define: { 'import.meta.url': '__alignkitBundleUrl' },
    banner: { js: "var __alignkitBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [lazyChildProcessForCommander, chalkWithoutColorDetection, lazyLuxon, lazyChalk, yamlTokenLogReadOnce, chunkImports(undefined)],
  });

// One bundle per chunk name; its exports are getters, so a chunk serving
// several specifiers (handlebars and handlebars/runtime) only runs the code
// of the one asked for.
const sources = { ...PACKAGE_CHUNKS, ...MODULE_CHUNKS, ...CATALOG_CHUNKS };
const chunkNames = [...new Set(Object.values(sources))];
const buildChunk = (name, shared, write) => {
  const specifiers = Object.keys(sources).filter((s) => sources[s] === name);
  return build({
    ...common,
    stdin: {
      contents: `module.exports = {${specifiers.map((s) => `get ${JSON.stringify(s)}() { return require(${JSON.stringify(/^(?:src|schemas|templates)\//.test(s) ? `./${s}` : s)}); }`).join(', ')}};`,
      resolveDir: '.',
      sourcefile: `chunk-${name}.js`,
      loader: 'js',
    },
    outfile: `dist/chunks/${name}.cjs`,
    write,
    // A catalog's own chunk holds the catalog; every other chunk reaches catalogs lazily.
    plugins: [
      lazyLuxon,
      lazyChalk,
      chalkWithoutColorDetection,
      chunkImports(name),
      programModules(shared),
      yamlTokenLogReadOnce,
      lazyBrotliForFontkit,
      lazyCryptoForNoble,
      lazyEntitiesForMarkdownIt,
      nativeInflateForTinyInflate,
      ...(Object.values(CATALOG_CHUNKS).includes(name) ? [] : [lazyCatalogs]),
    ],
  });
};

/**
 * alignkit's modules that keep state (luxon's settings, remembered time-zone
 * answers, compiled label patterns) and so must be one instance even where a
 * chunk imports them. The others are functions and tables: a chunk holds its
 * own copy, which costs bytes only, where sharing would keep every export of
 * theirs, and the work of setting it up, in every lint (measured: 27 KB more
 * of lint's code cache, 1-3 ms more of a lint with a configuration). Files of
 * other packages are always shared.
 */
const ONE_INSTANCE = ['src/core/spec/disclosure-labels.ts', 'src/core/time/exact-clock.ts'];
const mustShare = (input) => input.startsWith('node_modules/') || ONE_INSTANCE.includes(input);

// Which of those the program and the chunks would both hold: a first build of each, written nowhere.
const inputsOf = (result) => Object.keys(result.metafile.inputs).filter((input) => !input.includes(':'));
const [programFirst, ...chunksFirst] = await Promise.all([buildProgram([], false), ...chunkNames.map((name) => buildChunk(name, [], false))]);
const programInputs = new Set(inputsOf(programFirst));
const sharedModules = [...new Set(chunksFirst.flatMap(inputsOf).filter((input) => programInputs.has(input) && mustShare(input)))].sort();

// The chunks first: the program's `modules` lists only what they ended up asking it for.
const chunkBuilds = await Promise.all(chunkNames.map(async (name) => [name, keepInputs(await buildChunk(name, sharedModules, true))]));
const asked = new Set(
  chunkBuilds.flatMap(([, chunk]) =>
    Object.keys(chunk.metafile.inputs)
      .filter((input) => input.startsWith('alignkit-program:'))
      .map((input) => input.slice('alignkit-program:'.length)),
  ),
);
const program = keepInputs(await buildProgram([...asked].sort(), true));
for (const [name, chunk] of chunkBuilds) {
  const twice = inputsOf(chunk).filter((input) => Object.hasOwn(program.metafile.inputs, input) && mustShare(input));
  if (twice.length > 0) throw new Error(`bundle: chunk ${name} holds a second copy of ${twice.join(', ')}`);
}

await Promise.all([launcherBuild, ajvBuild]);
// The launcher keeps the bin path it has always had (links made by npm and npx point at it), and is
// CommonJS like the bundles it loads: a package.json next to it says so.
writeFileSync('dist/bin/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
writeFileSync(
  'dist/ajv.d.ts',
  `export declare const keywords: readonly string[];
export declare const formats: Record<string, { type: 'string'; validate: (value: string) => boolean }>;
export declare function addAlignkitVocabulary<T extends { addVocabulary(keywords: string[]): unknown; addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown }>(ajv: T): T;
`,
);

// Every bundle is pure ASCII. esbuild escapes other characters in strings, templates and names but leaves
// them in regular expression literals (/÷/, markdown-it's /ẞ/), where \uXXXX means the same. Node decodes an
// ASCII file with a straight copy: reading the program bundle took 1.4 ms instead of 2.2 (Node 26), and V8
// holds it as one-byte text.
//
// The bundles the launcher loads (the program and the chunks) are written as the function Node wraps a
// CommonJS module in, so the launcher compiles the file's text as it is: wrapping it at run time made a
// second copy of the program's 870 KB of source on every run (about 1 MiB of peak memory).
const BUNDLE_WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];
const loadedByTheLauncher = ['alignkit.cjs', ...readdirSync('dist/chunks').map((f) => join('chunks', f))];
for (const file of [join('bin', 'alignkit.js'), 'ajv.js', ...loadedByTheLauncher]) {
  const path = join('dist', file);
  let text = readFileSync(path, 'utf8');
  if (/[^\x00-\x7f]/.test(text)) text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (loadedByTheLauncher.includes(file)) text = `${BUNDLE_WRAPPER[0]}${text}${BUNDLE_WRAPPER[1]}`;
  writeFileSync(path, text);
}

// A cache made for one build is never read by another.
const hash = createHash('sha256');
for (const file of [
  'bin/alignkit.js',
  'alignkit.cjs',
  ...readdirSync('dist/chunks')
    .filter((f) => f.endsWith('.cjs'))
    .sort()
    .map((f) => `chunks/${f}`),
]) {
  hash
    .update(file)
    .update('\0')
    .update(readFileSync(join('dist', file)))
    .update('\0');
}
writeFileSync('dist/build-id', `${hash.digest('hex').slice(0, 32)}\n`);

writeThirdPartyNotices(bundledInputs, 'dist/THIRD_PARTY_NOTICES.md');

/**
 * The bundles carry code of other projects; their licences ask that their
 * notices travel with it. Lists every package whose files esbuild read, with
 * its licence file whole, in name order.
 */
function writeThirdPartyNotices(inputs, outfile) {
  const packageDirs = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageDirs.add(match[1]);
  }
  const packages = [...packageDirs]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const licenceFile = readdirSync(dir)
        .filter((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f))
        .sort()[0];
      if (!licenceFile && !manifest.license) throw new Error(`bundle: ${manifest.name} has no licence to ship in THIRD_PARTY_NOTICES.md`);
      const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
      // A few packages (dfa, under pdfkit) declare a licence in package.json without shipping its text.
      const text = licenceFile
        ? readFileSync(join(dir, licenceFile), 'utf8').trim()
        : `The package ships no licence file; its package.json declares ${manifest.license}${author ? `, by ${author}` : ''}.`;
      return { name: manifest.name, version: manifest.version, license: manifest.license, text };
    })
    .filter((p, i, all) => all.findIndex((q) => q.name === p.name && q.version === p.version) === i)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const sections = packages.map((p) => `## ${p.name} ${p.version}\n\nLicence: ${p.license}\n\n\`\`\`text\n${p.text}\n\`\`\`\n`);
  writeFileSync(outfile, `# Third-party notices\n\nalignkit's bundles in dist/ include code from these ${packages.length} packages, under the licences below.\n\n${sections.join('\n')}`);
}
