/**
 * `alignkit migrate`: moves campaign specs from alignkit/v1 to alignkit/v2 in
 * place. By default it keeps what the v1 spec meant (and so every lint result,
 * document and signature): business hours of an approver who states no
 * working hours were every hour of Monday to Friday, and that is written out.
 * `--working-day` adopts v2's Monday-Friday 09:00-17:00 instead, a change of
 * terms. `--check` changes nothing and exits 1 while a spec is still v1.
 */
import { resolve } from 'node:path';
import { migrateSpec } from '../core/spec/migrate.js';
import { EditError } from '../core/interview/edit.js';
import { CURRENT_API_VERSION, LEGACY_API_VERSION } from '../core/spec/version.js';
import { EXIT, UsageError } from '../errors.js';
import { writeOutputFile } from '../io/files.js';
import type { Io } from '../io/process-io.js';
import { sanitize } from '../reporters/sanitize.js';
import { at, byteOrderMark, readYamlFile } from './yaml-file.js';

export interface MigrateOptions {
  specs: string[];
  /** Adopt the v2 working day for approvers who state no working hours, instead of keeping the v1 meaning. */
  workingDay: boolean;
  /** Write nothing; exit 1 when a spec is still v1. */
  check: boolean;
}

function names(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

export async function runMigrate(options: MigrateOptions, io: Io): Promise<number> {
  if (options.specs.length === 0) throw new UsageError('migrate needs the spec files to move to alignkit/v2: alignkit migrate <spec...>');
  if (options.check && options.workingDay) throw new UsageError('--check changes nothing, so --working-day does not apply to it');
  // Every file is read and checked before any is written: one that cannot be migrated stops the run with nothing changed.
  const planned = options.specs.map((shown) => {
    const file = readYamlFile(io, shown);
    const data = file.data as Record<string, unknown> | null;
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.kind !== 'Campaign')
      throw new UsageError(`${shown}:1:1: not a campaign spec (kind: Campaign); migrate moves campaign specs only`);
    if (data.apiVersion !== LEGACY_API_VERSION && data.apiVersion !== CURRENT_API_VERSION) {
      throw new UsageError(`${at(file, '/apiVersion')}: apiVersion is ${sanitize(JSON.stringify(data.apiVersion ?? null))}; migrate moves ${LEGACY_API_VERSION} specs to ${CURRENT_API_VERSION}`);
    }
    try {
      return { shown, migration: migrateSpec(file.text, file.data, { keepMeaning: !options.workingDay }) };
    } catch (error) {
      if (error instanceof EditError) throw new UsageError(`${error.pointer ? at(file, error.pointer) : shown}: ${error.message}`);
      throw error;
    }
  });

  let stillV1 = 0;
  for (const { shown, migration } of planned) {
    const name = sanitize(shown);
    if (!migration.migrated) {
      io.stdout.write(`${name}: already ${CURRENT_API_VERSION}; nothing to do.\n`);
      continue;
    }
    if (options.check) {
      stillV1 += 1;
      io.stdout.write(`${name}: ${LEGACY_API_VERSION}; \`alignkit migrate ${name}\` moves it to ${CURRENT_API_VERSION} and keeps what it means.\n`);
      continue;
    }
    writeOutputFile(resolve(io.cwd, shown), `${byteOrderMark(io, shown)}${migration.text}`, { force: true, shown });
    io.stdout.write(`${name}: now ${CURRENT_API_VERSION}.\n`);
    if (migration.keptEveryHour.length > 0) {
      io.stdout.write(
        `  Business hours keep their ${LEGACY_API_VERSION} meaning, every hour of Monday to Friday, for ${sanitize(names(migration.keptEveryHour))}: written out as working_hours. ` +
          `Replace them with the hours people work (or delete them for Monday-Friday 09:00-17:00), then run alignkit lint to see whether the approval chains still fit.\n`,
      );
    } else if (migration.nowWorkingDay.length > 0) {
      io.stdout.write(
        `  ${sanitize(names(migration.nowWorkingDay))} now review in Monday-Friday 09:00-17:00 working hours: a change of terms, so existing signatures are stale. ` +
          `Run alignkit lint to see whether the approval chains still fit.\n`,
      );
    } else {
      io.stdout.write('  No approver counted business hours without stating working hours: nothing else changed.\n');
    }
  }
  return stillV1 > 0 ? EXIT.findings : EXIT.clean;
}
