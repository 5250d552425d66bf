/**
 * Values several rules derive from the same spec (the text walk, parties by
 * id), worked out once per run of the rules. runRules clears it before each
 * spec, so a spec changed in place between two runs is never served stale
 * data.
 *
 * Plain fields replaced for each spec, not a long-lived Map or WeakMap: with
 * either, V8's young-generation collector kept every spec of a batch alive
 * until a full collection (peak RSS for 1,000 specs 80 → 135 MiB).
 */
let current: object | undefined;
let names: string[] = [];
let values: unknown[] = [];

/** Called by runRules before the rules look at `spec`. */
export function startSpecMemo(spec: object): void {
  current = spec;
  names = [];
  values = [];
}

/** `compute(spec)` once per run of the rules on this spec; computed every time for any other object. */
export function specMemo<T>(name: string, spec: object, compute: () => T): T {
  if (spec !== current) return compute();
  const at = names.indexOf(name);
  if (at >= 0) return values[at] as T;
  const value = compute();
  names.push(name);
  values.push(value);
  return value;
}
