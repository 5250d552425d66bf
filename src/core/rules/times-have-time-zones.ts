import { readablePath } from '../spec/pointer.js';
import { hit } from './helpers.js';
import { textFields } from './text-fields.js';
import type { Rule, RuleHit } from './types.js';

// 24-hour times need two-digit hours, so video timestamps (0:03) and aspect ratios (9:16) are not times.
export const BARE_TIME = /(?<![\w:])(?:(?:[01]\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap](?:m|\.m\.))(?![\w:])/i;
// Every bare time above has a digit followed by `:` and a minute digit, or by an optional space and a/p. This is
// much cheaper to look for than BARE_TIME (a lookbehind at every position), and most texts have neither.
export const MAY_HOLD_TIME = /\d(?::[0-5]|\s?[ap])/i;
const ZONE_NEARBY = /\b(?:[A-Z][a-z]+\/[A-Za-z_]+|UTC|GMT|[ECMP][SD]?T|BST|CET|CEST|AEST|AEDT|IST|SGT|JST)\b|[+-]\d{2}:?\d{2}\b/;

export const timesHaveTimeZones: Rule = {
  id: 'times-have-time-zones',
  severity: 'error',
  category: 'quantified',
  description: 'Every time of day written in text names its time zone ("17:00 America/New_York", not "5pm").',
  rationale: 'Parties sit in different time zones. "Drafts by 5pm" is three different deadlines for a brand in New York, an agency in London and a creator in Los Angeles.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    brief_notes: Post at 6pm on launch day`,
    good: `deliverables:
  - id: maya-tiktok
    brief_notes: Post at 18:00 America/New_York on launch day`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    for (const f of textFields(spec)) {
      if (!MAY_HOLD_TIME.test(f.text)) continue;
      const bare = timesWithoutZone(f.text);
      if (bare.length === 0) continue;
      const quoted = bare.map((t) => `"${t}"`);
      const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
      hits.push(
        hit(f.pointer, `${list} in ${readablePath(f.pointer, spec)} ${bare.length === 1 ? 'has' : 'have'} no time zone.`, {
          hint: `Write the zone next to ${bare.length === 1 ? 'it' : 'each time'}, e.g. 17:00 America/New_York.`,
        }),
      );
    }
    return hits;
  },
};

/**
 * Every time of day in a text that no zone follows. A zone counts for the time
 * it follows within 30 characters, and never past the next time: in "9am or
 * 17:00 America/New_York" the zone belongs to 17:00 only.
 */
function timesWithoutZone(text: string): string[] {
  const times = [...text.matchAll(new RegExp(BARE_TIME.source, 'gi'))];
  return times.flatMap((m, i) => {
    const end = Math.min(m.index + m[0].length + 30, times[i + 1]?.index ?? text.length);
    return ZONE_NEARBY.test(text.slice(m.index, end)) ? [] : [m[0]];
  });
}
