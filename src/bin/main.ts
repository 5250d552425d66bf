/**
 * The program bundle's entry (dist/alignkit.cjs): what the launcher
 * (src/bin/alignkit.ts) and the code-cache build step call.
 */
export { main } from '../cli/program.js';
export { processIo } from '../io/process-io.js';
