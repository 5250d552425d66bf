/**
 * A YAML file a command reads or changes in place (an answers file, a spec to
 * edit or confirm), read the way `lint` reads a spec.
 */
import { resolve } from 'node:path';
import { lazyBlockYamlLocator, readBlockYaml } from '../core/spec/block-yaml.js';
import { decodeSource } from '../core/spec/source.js';
import { parseYaml, type ParsedYaml } from '../core/spec/yaml-document.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { readSpecBytes } from '../io/files.js';

export interface YamlFile {
  data: unknown;
  shown: string;
  text: string;
  /** Where a JSON pointer stands in the file (the nearest node that exists). */
  locate: ParsedYaml['locate'];
}

/**
 * A YAML file read the way `lint` reads a spec: size limit, UTF-8 only, YAML
 * problems and unsupported aliases reported at their line and column.
 */
export function readYamlFile(io: Io, file: string): YamlFile {
  const { bytes, size } = readSpecBytes(resolve(io.cwd, file), file);
  const decoded = decodeSource(bytes, size);
  if (!decoded.ok) throw new UsageError(`${file}:${decoded.line}:${decoded.column}: the file ${decoded.message}`);
  // Text in the plain block style (what kickoff writes) is read by the block reader, which places pointers as
  // `yaml` does; anything else, and every YAML problem, is `yaml`'s to read and report.
  const block = readBlockYaml(decoded.text);
  if (block !== undefined) return { data: block, shown: file, text: decoded.text, locate: lazyBlockYamlLocator(decoded.text) };
  const parsed = parseYaml(decoded.text);
  const first = parsed.problems[0];
  if (first) throw new UsageError(`${file}:${first.line}:${first.column}: ${first.message}`);
  try {
    JSON.stringify(parsed.data);
  } catch {
    throw new UsageError(`${file}:1:1: an alias refers to itself, so the file cannot be read as plain data; write the values out instead`);
  }
  return { data: parsed.data, shown: file, text: decoded.text, locate: parsed.locate };
}

export function at(file: YamlFile, pointer: string, target: 'key' | 'value' = 'value'): string {
  const { line, column } = file.locate(pointer, target);
  return `${file.shown}:${line}:${column}`;
}

/** The byte-order mark the decoder dropped, to put back so an edited file keeps every byte but its change. */
export function byteOrderMark(io: Io, file: string): string {
  const bytes = readSpecBytes(resolve(io.cwd, file), file).bytes.subarray(0, 3);
  return Buffer.from(bytes).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\ufeff' : '';
}
