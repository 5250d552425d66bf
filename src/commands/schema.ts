/** `alignkit schema [name]`: this installation's JSON Schemas, for editors and other validators. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { installedSchemaPath, SCHEMA_NAMES, type SchemaName } from '../io/installation.js';

export function runSchema(options: { name: string; path: boolean }, io: Io): number {
  if (!(SCHEMA_NAMES as readonly string[]).includes(options.name)) throw new UsageError(`unknown schema "${options.name}"; choose one of: ${SCHEMA_NAMES.join(', ')}`);
  const path = installedSchemaPath(options.name as SchemaName);
  if (path === undefined) throw new UsageError('cannot find the schemas of this alignkit installation (reinstall alignkit)');
  io.stdout.write(options.path ? `${path}\n` : readFileSync(path, 'utf8'));
  return 0;
}
