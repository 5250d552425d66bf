/** `alignkit calendar`: every dated commitment of a spec as an .ics file, for everyone or one party. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../io/display-path.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/process-io.js';
import { campaignEvents, eventsFor } from '../core/calendar/events.js';
import { previousEvents, toIcs } from '../core/calendar/ics.js';
import { safeFileSegment } from '../core/render/render.js';
import { didYouMean } from '../core/validate/schema.js';
import { isDeviceOrPipe, readTextInput, writeFileWhole } from '../io/files.js';
import { writeOutputDir } from '../io/output-dir.js';

/** An earlier calendar larger than this is not read for its sequence numbers. */
const MAX_CALENDAR_BYTES = 16 * 1024 * 1024;
import { passGate } from './gate.js';

export interface CalendarOptions {
  spec: string;
  party?: string;
  out?: string;
  force: boolean;
  config?: string;
  today?: string;
  color?: boolean;
  version: string;
}

export async function runCalendar(options: CalendarOptions, io: Io): Promise<number> {
  const loaded = await passGate(options, io, {
    verb: 'write the calendar for',
    refused: (spec) => `not writing the calendar for ${spec}: fix the errors above, or pass --force to write it anyway, with every event marked DRAFT`,
  });
  if (typeof loaded === 'number') return loaded;
  const { spec, result } = loaded;
  const parties = spec.parties.map((p) => p.id);
  if (options.party !== undefined && !parties.includes(options.party)) {
    const suggestion = didYouMean(options.party, parties);
    throw new UsageError(`--party "${options.party}" is not a party in ${options.spec}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  }
  const draft = result.errorCount > 0;
  const events = eventsFor(campaignEvents(spec), options.party).map((e) => (draft ? { ...e, summary: `DRAFT: ${e.summary}` } : e));
  const who = options.party === undefined ? '' : ` (${spec.parties.find((p) => p.id === options.party)!.name})`;
  const name = `${draft ? 'DRAFT: ' : ''}${spec.campaign.name}${who}`;
  const stamp = spec.campaign.window.start;

  if (options.out === '-') {
    io.stdout.write(toIcs(events, { name, stamp }));
  } else {
    const fileName = options.party === undefined ? 'calendar.ics' : `calendar-${safeFileSegment(options.party)}.ics`;
    const target = options.out === undefined ? `out/${safeFileSegment(spec.campaign.id)}/${fileName}` : options.out;
    const absolute = resolve(io.cwd, target);
    if (isDeviceOrPipe(absolute)) {
      // --out /dev/stdout, or a pipe: the calendar alone, as with --out -.
      writeFileWhole(absolute, toIcs(events, { name, stamp }), target);
    } else {
      // The calendar written here before numbers the events' revisions (SEQUENCE), so a re-import moves them.
      const previous = existsSync(absolute) ? previousEvents(readTextInput(absolute, target, 'calendar', MAX_CALENDAR_BYTES).toString('utf8')) : undefined;
      const ics = toIcs(events, { name, stamp, ...(previous ? { previous } : {}) });
      const [written] = writeOutputDir(resolve(absolute, '..'), displayPath(io.cwd, resolve(absolute, '..')), [{ fileName: absolute.split(/[\\/]/).pop()!, content: ics }], options.force);
      io.stdout.write(`wrote ${written} (${events.length} events)\n`);
    }
  }
  if (draft) io.stderr.write(`alignkit: calendar written with --force despite ${result.errorCount} error${result.errorCount === 1 ? '' : 's'}; every event is marked DRAFT\n`);
  return EXIT.clean;
}
