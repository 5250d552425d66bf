// Preloaded (--require) into a spawned alignkit: counts the time-zone-aware
// Intl.DateTimeFormat objects the run builds, and reports them on exit.
const original = Intl.DateTimeFormat;
let count = 0;
Intl.DateTimeFormat = new Proxy(original, {
  construct(target, args) {
    if (args[1] && args[1].timeZone !== undefined) count += 1;
    return new target(...args);
  },
});
process.on('exit', () => process.stderr.write(`zoned formatters: ${count}\n`));
