// esbuild writes files without the executable bit; npm links the bin either way, but direct runs need it.
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/bin/alignkit.js', import.meta.url), 0o755);
