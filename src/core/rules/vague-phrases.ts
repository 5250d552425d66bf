/** Phrases that sound like agreement but mean different things to each party, with a quantified replacement. */
export interface VaguePhrase {
  pattern: RegExp;
  replacement: string;
}

const phrase = (words: string, replacement: string): VaguePhrase => ({
  pattern: new RegExp(`(?:${words})`, 'i'),
  replacement,
});

export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  phrase('high[- ]quality|premium|elevated', '1080×1920, ≥30 fps, captions, no other-app watermark, product in focus ≥2 s'),
  phrase('authentic|in your (?:own )?voice', 'talking points, no script; only these claims verbatim'),
  phrase('on[- ]brand', '3 reference posts; no competitor products; tone rules'),
  phrase('engaging|impactful', 'hook in the first 2 s; er ≥4 % on reach; a question call to action'),
  phrase('viral', 'a views target with a window, e.g. 500k views in 7 days'),
  phrase('asap|as soon as possible|soon|eod|end of day|cob', 'a date and time with its zone, e.g. 2027-03-04T17:00 America/New_York'),
  phrase('quick turnaround|fast turnaround', 'feedback within 48 business hours, approver time zone'),
  phrase('a few|a couple of|some (?:posts|videos|stories|content)', 'an exact count (and frames for stories)'),
  phrase('prominently(?: feature)?|prominent', 'on screen by 0:03, ≥5 s in total; brand name said once'),
  phrase('clear disclosure|clearly disclosed?', '"#ad" first in the caption, on screen ≥3 s, plus the platform tool'),
  phrase('as needed|as required|in perpetuity|all media', 'named channels, a number of days and territories, e.g. paid social, 60 days, US+CA'),
  phrase('reasonable(?: revisions)?|appropriate', 'a number: e.g. 2 revision rounds of 48 h each; extra rounds $500'),
  phrase('timely payment|prompt payment', '50 % on signature, 50 % Net 30 from the go-live invoice'),
  phrase('strong results|good results|great results|perform(?:s)? well', 'a KPI id with a target and window'),
  phrase('brand[- ]safe|family[- ]friendly', 'an enumerated list of excluded topics'),
  phrase('regular updates|regularly|periodic(?:ally)?', 'a cadence: weekly, Tuesday 10:00 America/New_York, 30 min'),
  phrase('best efforts|ideally|where possible|if possible', 'a firm obligation, or delete it'),
  phrase('major issue|serious issue', 'a severity level (sev1, sev2, sev3)'),
  phrase('as discussed|as agreed|etc\\.?|and so on|tbd|tbc', 'the decision itself (a decision_log id) or the full list'),
];

// One pass over each text instead of one per phrase: every phrase becomes a capture group.
// Whole words only; a consumed leading boundary is much faster in V8 than a lookbehind.
const ANY = new RegExp(`(?:^|[^\\w-])(?:${VAGUE_PHRASES.map((p) => `(${p.pattern.source})`).join('|')})(?![\\w-])`, 'i');

/**
 * Identifiers that contain words but are not prose: URLs, email addresses, time
 * zones (Etc/UTC, America/New_York), `code spans`, and codes or ids
 * with a digit or an underscore (SOON20, launch_asap). A vague word inside one
 * is the identifier's, not a commitment's.
 */
const IDENTIFIER = /\b[a-z][a-z0-9+.-]*:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Z][a-z]+(?:\/[A-Z][\w+-]*)+|`[^`]*`|\b(?=[\w-]*[\d_])[\w-]+/g;

const blankIdentifiers = (text: string) => text.replace(IDENTIFIER, (identifier) => ' '.repeat(identifier.length));

export function findVague(text: string): { match: string; replacement: string } | undefined {
  // Most texts have no vague word at all; only one that seems to is searched again without its identifiers.
  if (!ANY.test(text)) return undefined;
  const m = ANY.exec(blankIdentifiers(text));
  if (!m) return undefined;
  const group = m.findIndex((g, i) => i > 0 && g !== undefined);
  return { match: m[group]!, replacement: VAGUE_PHRASES[group - 1]!.replacement };
}
