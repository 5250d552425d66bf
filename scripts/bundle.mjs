// Bundles the CLI: one file to load at start-up instead of ~30 modules, which
// keeps `alignkit lint` close to bare Node start-up. Code that only some runs
// need (the exact path, other commands) stays in lazily loaded chunks.
import { build } from 'esbuild';

await build({
  entryPoints: { alignkit: 'src/bin/alignkit.ts' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies call require() for Node built-ins, and
  // write-file-atomic hashes __filename into its temporary file names.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url);",
  },
  logLevel: 'warning',
});
