/**
 * Values several rules derive from the same spec (the text walk, parties by
 * id), worked out once per run of the rules. runRules clears it before each
 * spec, so a spec changed in place between two runs is never served stale
 * data. Not a WeakMap: values that point back at their spec (as the text walk
 * does) kept every spec of a batch alive past V8's young generation.
 */
let current: object | undefined;
const values = new Map<string, unknown>();

/** Called by runRules before the rules look at `spec`. */
export function startSpecMemo(spec: object): void {
  current = spec;
  values.clear();
}

/** `compute(spec)` once per run of the rules on this spec; computed every time for any other object. */
export function specMemo<T>(name: string, spec: object, compute: () => T): T {
  if (spec !== current) return compute();
  if (!values.has(name)) values.set(name, compute());
  return values.get(name) as T;
}
