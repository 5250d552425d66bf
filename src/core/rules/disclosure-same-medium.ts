import { LABEL_PROFILES } from '../spec/disclosure-labels.js';
import { AUDIO_FORMATS, VIDEO_FORMATS, at, deliverableJurisdictions, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';

/**
 * The regulators of these jurisdictions that want the disclosure inside a
 * video, each with its guidance. A jurisdiction alignkit has no profile for
 * is held to it too: nothing says it does not.
 */
function inVideoRequiredBy(jurisdictions: readonly string[]): { jurisdiction: string; source: string }[] {
  return [...new Set(jurisdictions)].sort().flatMap((jurisdiction) => {
    const profile = LABEL_PROFILES[jurisdiction];
    if (!profile) return [{ jurisdiction, source: 'no disclosure profile, so held to the strictest reading' }];
    return profile.inVideo ? [{ jurisdiction, source: profile.inVideo }] : [];
  });
}

export const disclosureSameMedium: Rule = {
  id: 'disclosure-same-medium',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: 'The disclosure is in the medium of the content: on screen or spoken for video, spoken for audio, on every story frame, repeated during live streams.',
  rationale:
    "Since the FTC's 2023 Endorsement Guides a disclosure must be in the same medium as the endorsement: people watching a video do not read the caption, and podcast listeners never see one. Canada's Ad Standards, India's ASCI, the German Landesmedienanstalten, France's Loi 2023-451, the Dutch CvdM and Spain's AUTOCONTROL code also want it inside a video; the UK ASA accepts an up-front caption label (\"Ad\" first) with the platform's tool, so a UK-only video needs no on-screen label. A story needs the label on every frame and audio needs it spoken everywhere; live streams need repeats for viewers who join late; India's ASCI sets minimum on-screen times.",
  docs: {
    bad: `- id: priya-live
  format: live
  disclosure:
    labels: ["#ad"]
    placements: [title, platform_tool]`,
    good: `- id: priya-live
  format: live
  disclosure:
    labels: ["#ad", "Sponsored by Nova"]
    placements: [title, verbal, on_screen, platform_tool]
    repeat_every_min: 15`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      const p: string[] = d.disclosure.placements;
      const where = (): string => at('deliverables', i, 'disclosure', 'placements');
      if (AUDIO_FORMATS.has(d.format) || d.platform === 'podcast') {
        if (!p.includes('verbal')) hits.push(hit(where(), `Deliverable ${d.id} is audio, so the disclosure must be spoken (verbal).`, { hint: 'Add verbal to its disclosure placements.' }));
      } else if (d.format === 'story') {
        if (!p.includes('on_screen')) hits.push(hit(where(), `Deliverable ${d.id} is a story: the label must be on screen on every frame.`, { hint: 'Add on_screen to its disclosure placements.' }));
      } else if (VIDEO_FORMATS.has(d.format) && !p.includes('on_screen') && !p.includes('verbal')) {
        const requiring = inVideoRequiredBy(deliverableJurisdictions(spec, d));
        if (requiring.length > 0) {
          const who = requiring.map((r) => r.jurisdiction);
          const asks = `${who.length === 1 ? `${who[0]} asks` : `${who.slice(0, -1).join(', ')} and ${who.at(-1)} ask`} for that (${requiring.map((r) => r.source).join('; ')})`;
          hits.push(hit(where(), `Deliverable ${d.id} is a video, but its disclosure is not on screen or spoken; ${asks}.`, { hint: 'Add on_screen (with on_screen_min_s) or verbal.' }));
        }
      }
      if (d.format === 'live' && !d.disclosure.repeat_every_min) {
        hits.push(
          hit(at('deliverables', i, 'disclosure'), `Deliverable ${d.id} is a live stream but does not say how often the disclosure is repeated (repeat_every_min).`, {
            target: 'key',
            hint: 'Add repeat_every_min to its disclosure, e.g. 15, so viewers who join late hear or see it.',
          }),
        );
      }
      if (p.includes('on_screen') && deliverableJurisdictions(spec, d).includes('IN') && (d.disclosure.on_screen_min_s ?? 0) < 3) {
        hits.push(
          hit(at('deliverables', i, 'disclosure'), `Deliverable ${d.id} targets India, where ASCI requires an on-screen label for at least 3 seconds (on_screen_min_s).`, {
            target: 'key',
            hint: 'Add on_screen to its placements and on_screen_min_s: 3 (or more) to its disclosure.',
          }),
        );
      }
    });
    return hits;
  },
};
