/**
 * The program bundle's entry (dist/alignkit.cjs): what the launcher
 * (src/bin/alignkit.ts) calls.
 */
export { main } from '../cli/program.js';
export { trainingRun } from '../cli/training-run.js';
export { processIo } from '../io/process-io.js';
