import { AUDIO_FORMATS, VIDEO_FORMATS, at, hit } from './helpers.js';
import type { Rule } from './types.js';

export const deliverableFullySpecified: Rule = {
  id: 'deliverable-fully-specified',
  severity: 'error',
  category: 'quantified',
  description: 'Each deliverable states its length (seconds or story frames) and aspect ratio, not just platform and count.',
  rationale:
    'Vague deliverables are the most common cause of creator disputes: "a TikTok" means 12 seconds to one creator and 3 minutes to the brand. Video and audio need a duration range, stories need a frame count, and anything with a picture needs an aspect ratio.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    platform: tiktok
    format: short_video
    count: 3
    duration_s: ~   # how long?
    aspect: ~       # which aspect?`,
    good: `deliverables:
  - id: maya-tiktok
    platform: tiktok
    format: short_video
    count: 3
    duration_s: { min: 15, max: 30 }
    aspect: "9:16"`,
  },
  check(spec) {
    return spec.deliverables.flatMap((d, i) => {
      const missing: string[] = [];
      const timed = VIDEO_FORMATS.has(d.format) || AUDIO_FORMATS.has(d.format);
      if (timed && !d.duration_s) missing.push('`duration_s` (a length range in seconds, e.g. { min: 15, max: 30 })');
      if (d.format === 'story' && !d.story_frames) missing.push('`story_frames` (how many frames, e.g. 3)');
      if (!d.aspect) missing.push(`\`aspect\` (${AUDIO_FORMATS.has(d.format) ? '"audio"' : 'e.g. "9:16"'})`);
      if (d.duration_s && d.duration_s.min > d.duration_s.max) {
        return [
          hit(at('deliverables', i, 'duration_s'), `Deliverable ${d.id}: the shortest length (${d.duration_s.min} s) is longer than the longest (${d.duration_s.max} s).`, {
            hint: 'Swap the two, or correct the one that is wrong.',
          }),
        ];
      }
      if (missing.length === 0) return [];
      const them = missing.length === 1 ? 'it' : 'them';
      return [
        hit(at('deliverables', i), `Deliverable ${d.id} (${d.platform} ${d.format}) does not say ${missing.join(' or ')}.`, {
          target: 'key',
          hint: `Agree ${them} with the creator and add ${them} to the deliverable: the brief tells the creator what to produce from ${them}.`,
        }),
      ];
    });
  },
};
