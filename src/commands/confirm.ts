/**
 * `alignkit confirm`: the team has reviewed values kickoff assumed and agrees
 * to them as they are. Removes their entries from the spec's `assumed` list
 * and changes no other byte; on a terminal with nothing named, walks the
 * assumed values one by one.
 */
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { EditError, removeTopLevelEntries } from '../core/interview/edit.js';
import { PROVENANCE_KEY, assumedTerms, describeTerm, provenanceOf, valueAt, type AssumedTerm } from '../core/spec/provenance.js';
import { didYouMean } from '../core/validate/schema.js';
import { writeOutputFile } from '../io/files.js';
import { alignkitCommand } from '../io/installation.js';
import { sanitize } from '../reporters/sanitize.js';
import { at, byteOrderMark, readYamlFile, type YamlFile } from './yaml-file.js';
import { isRecord } from '../core/spec/plain-data.js';

export interface ConfirmOptions {
  spec: string;
  pointers: string[];
  sections: string[];
  all: boolean;
  list: boolean;
}

const under = (pointer: string, prefix: string) => pointer === prefix || pointer.startsWith(`${prefix}/`);

/** Every pointer and section named must be in the spec: a typo confirms nothing, and says so before anything is written. */
function checkNames(file: YamlFile, options: ConfirmOptions): void {
  for (const pointer of options.pointers) {
    if (!pointer.startsWith('/')) throw new UsageError(`"${pointer}" is not a JSON pointer; write it like /approvals/revision_rounds (alignkit confirm ${options.spec} --list shows them)`);
    if (!valueAt(file.data, pointer).found) throw new UsageError(`${at(file, pointer)}: ${pointer} is not in the spec (the nearest field that is starts here); nothing was confirmed`);
  }
  const sections = Object.keys(file.data as Record<string, unknown>).filter((key) => !['apiVersion', 'kind', PROVENANCE_KEY].includes(key));
  for (const section of options.sections) {
    if (!sections.includes(section)) {
      const guess = didYouMean(section, sections);
      throw new UsageError(`${file.shown}: --section "${section}" is not a section of the spec${guess ? `; did you mean "${guess}"?` : ''}. Sections: ${sections.join(', ')}`);
    }
  }
}

function printList(io: Io, file: YamlFile, terms: AssumedTerm[]): void {
  if (terms.length === 0) {
    io.stdout.write(`${sanitize(file.shown)}: no assumed values; every term is stated.\n`);
    return;
  }
  for (const term of terms) io.stdout.write(`${sanitize(at(file, term.pointer))}  ${sanitize(term.pointer)}  ${sanitize(describeTerm(term, file.data))}\n`);
  io.stdout.write(`${terms.length} assumed ${terms.length === 1 ? 'value' : 'values'}.\n`);
}

export async function runConfirm(options: ConfirmOptions, io: Io): Promise<number> {
  const file = readYamlFile(io, options.spec);
  if (!isRecord(file.data)) throw new UsageError(`${options.spec}:1:1: not a campaign spec (a YAML mapping)`);
  checkNames(file, options);
  const terms = assumedTerms(file.data);
  if (options.list) {
    if (options.pointers.length > 0 || options.sections.length > 0 || options.all)
      throw new UsageError('--list shows the assumed values and confirms nothing; leave out the pointers, --section and --all');
    printList(io, file, terms);
    return EXIT.clean;
  }

  const prefixes = [...options.pointers, ...options.sections.map((s) => `/${s}`)];
  const named = options.pointers.length > 0 || options.sections.length > 0 || options.all;
  let chosen: Set<string>;
  let interrupted = false;
  if (named) {
    chosen = new Set(terms.filter((t) => options.all || prefixes.some((p) => under(t.pointer, p))).map((t) => t.pointer));
    for (const pointer of options.pointers) {
      if (!terms.some((t) => under(t.pointer, pointer))) io.stdout.write(`${sanitize(at(file, pointer))}: ${sanitize(pointer)} is stated already (nothing under it is assumed).\n`);
    }
  } else {
    if (io.env.CI || io.stdinIsTTY !== true) {
      throw new UsageError(
        `name what to confirm: alignkit confirm ${options.spec} <pointer...>, --section <name> or --all (${terms.length} assumed; --list shows them). Without them, confirm asks value by value on a terminal`,
      );
    }
    if (terms.length === 0) {
      printList(io, file, terms);
      return EXIT.clean;
    }
    const { askConfirmations } = await import('../terminal/confirm-prompts.js');
    ({ chosen, interrupted } = await askConfirmations(terms.map((t) => ({ pointer: t.pointer, label: describeTerm(t, file.data), where: at(file, t.pointer) }))));
  }

  // Entries whose value has changed since are stated already; drop them with whatever they sit under.
  const recorded = Object.keys(provenanceOf(file.data));
  const stale = recorded.filter((p) => !terms.some((t) => t.pointer === p));
  const staleGone = named ? stale.filter((p) => options.all || prefixes.some((prefix) => under(p, prefix))) : [];
  const removing = new Set([...chosen, ...staleGone]);
  const left = terms.length - chosen.size;
  if (removing.size > 0) {
    let edited: string;
    try {
      edited = removeTopLevelEntries(file.text, PROVENANCE_KEY, removing);
    } catch (error) {
      if (error instanceof EditError) throw new UsageError(`${options.spec}: ${error.message}`);
      throw error;
    }
    writeOutputFile(resolve(io.cwd, options.spec), `${byteOrderMark(io, options.spec)}${edited}`, { force: true, shown: options.spec });
  }
  const what = chosen.size === 0 ? 'confirmed nothing' : `confirmed ${chosen.size} ${chosen.size === 1 ? 'value' : 'values'}`;
  const rest = left === 0 ? 'every term is stated now' : `${left} still assumed (${alignkitCommand(io.cwd)} confirm ${options.spec} --list)`;
  io.stdout.write(`${sanitize(options.spec)}: ${what}; ${rest}.\n`);
  return interrupted ? EXIT.interrupted : EXIT.clean;
}
