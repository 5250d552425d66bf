/**
 * `yaml` reads process.env.LOG_TOKENS for every token it parses, and Node's process.env is a C++ interceptor:
 * a fifth of every parse, and the bad-input corpus parses about 2,000 files through it. A plain copy of the
 * environment reads alike and costs nothing. The bundle removes the read at build time (scripts/bundle.mjs), so
 * this is the product's speed, not a shortcut.
 *
 * TZ is the one variable Node acts on when it is set: alignkit sets it to read a zone's offsets from local
 * time (src/core/time/zone-offset.ts). Setting or deleting it on the copy also sets or deletes it on the real
 * environment, so the suite runs that reader as the product does.
 */
const real = process.env;
process.env = new Proxy(
  { ...real },
  {
    set(copy, key, value) {
      if (key === 'TZ') real.TZ = value;
      return Reflect.set(copy, key, String(value));
    },
    deleteProperty(copy, key) {
      if (key === 'TZ') delete real.TZ;
      return Reflect.deleteProperty(copy, key);
    },
  },
);
