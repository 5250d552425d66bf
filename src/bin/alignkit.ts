#!/usr/bin/env node
import { main } from '../cli/program.js';
import { processIo } from '../cli/io.js';

process.on('SIGINT', () => process.exit(130));
process.exitCode = await main(process.argv.slice(2), processIo());
