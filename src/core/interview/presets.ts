/** The kickoff presets: complete, lint-clean specs to start from, moved to the chosen dates. */
import { parse } from 'yaml';
import { PRESETS } from '../../generated/presets.js';
import { daysBetween, defaultWindowStart, shiftDates, type Spec } from './draft.js';

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS).sort();
export const DEFAULT_PRESET = 'product-launch';

export function isPreset(name: string): boolean {
  return Object.hasOwn(PRESETS, name);
}

/** Each preset's data, read once: a kickoff reads its preset twice and the YAML parser took 12 ms each time. */
const parsed = new Map<string, Spec>();

/** The preset as written: the anchor dates, role-based ids. A copy of its own, which the caller may change. */
export function presetSpec(name: string): Spec {
  const text = PRESETS[name];
  if (text === undefined) throw new Error(`no preset named ${name}`);
  let data = parsed.get(name);
  if (!data) parsed.set(name, (data = parse(text) as Spec));
  return structuredClone(data);
}

/** The preset moved so its window starts on the first Monday eight weeks after `today`. */
export function startingSpec(name: string, today: string): Spec {
  const spec = presetSpec(name);
  const start = ((spec.campaign as Spec).window as Spec).start as string;
  shiftDates(spec, daysBetween(start, defaultWindowStart(today)), () => false);
  return spec;
}
