import { at, hit } from './helpers.js';
import type { Rule } from './types.js';

interface FormatSpec {
  maxSeconds?: number;
  aspects: string[];
  note: string;
}

/** Platform limits from the platforms' own help pages (see ../shared notes, platform reference). */
const SPECS: Record<string, FormatSpec> = {
  'tiktok/short_video': { maxSeconds: 600, aspects: ['9:16'], note: 'TikTok videos run up to 10 minutes in 9:16' },
  'tiktok/live': { aspects: ['9:16'], note: 'TikTok LIVE is 9:16' },
  'instagram/reel': { maxSeconds: 180, aspects: ['9:16'], note: 'Instagram Reels run up to 3 minutes in 9:16' },
  'instagram/story': { maxSeconds: 60, aspects: ['9:16'], note: 'Instagram Story frames are up to 60 seconds each, in 9:16' },
  'instagram/feed_post': { aspects: ['4:5', '1:1'], note: 'Instagram feed posts are 4:5 or 1:1' },
  'instagram/carousel': { aspects: ['4:5', '1:1'], note: 'Instagram carousels are 4:5 or 1:1' },
  'youtube/short': { maxSeconds: 180, aspects: ['9:16', '1:1'], note: 'YouTube Shorts run up to 3 minutes in 9:16 or 1:1' },
  'youtube/dedicated_video': { aspects: ['16:9'], note: 'YouTube videos are 16:9' },
  'youtube/integration': { aspects: ['16:9'], note: 'YouTube integrations sit inside a 16:9 video' },
  'twitch/live': { aspects: ['16:9'], note: 'Twitch streams are 16:9' },
  'linkedin/native_video': { maxSeconds: 1800, aspects: ['16:9', '1:1', '4:5', '9:16'], note: 'LinkedIn videos run up to 30 minutes' },
  'podcast/host_read_preroll': { maxSeconds: 60, aspects: ['audio'], note: 'Pre-roll reads run 15-60 seconds of audio' },
  'podcast/host_read_midroll': { maxSeconds: 180, aspects: ['audio'], note: 'Mid-roll reads run 60-120 seconds of audio' },
  'podcast/episode': { maxSeconds: 4 * 3600, aspects: ['audio', '16:9'], note: 'Podcast episodes are audio, or 16:9 video for a video podcast, up to 4 hours' },
};

export const formatFitsPlatform: Rule = {
  id: 'format-fits-platform',
  severity: 'warning',
  category: 'quantified',
  description: "A deliverable's length and aspect ratio fit what its platform and format allow.",
  rationale: 'A 4-minute Reel or a 16:9 TikTok cannot be posted as briefed, and the problem surfaces only when the draft arrives. Catching it at kickoff saves a revision round.',
  docs: {
    bad: `  - id: jon-reel
    platform: instagram
    format: reel
    duration_s: { min: 60, max: 240 }   # Reels stop at 180 s
    aspect: "16:9"`,
    good: `  - id: jon-reel
    platform: instagram
    format: reel
    duration_s: { min: 30, max: 90 }
    aspect: "9:16"`,
  },
  check(spec) {
    return spec.deliverables.flatMap((d, i) => {
      const fit = SPECS[`${d.platform}/${d.format}`];
      if (!fit) return [];
      const hits = [];
      if (fit.maxSeconds !== undefined && d.duration_s && d.duration_s.max > fit.maxSeconds) {
        hits.push(
          hit(at('deliverables', i, 'duration_s', 'max'), `Deliverable ${d.id} may run ${d.duration_s.max} s, but ${fit.note}.`, {
            hint: 'Shorten the deliverable to fit, or brief it as a format of the platform that runs longer.',
          }),
        );
      }
      if (d.aspect && !fit.aspects.includes(d.aspect)) {
        hits.push(
          hit(at('deliverables', i, 'aspect'), `Deliverable ${d.id} is briefed as ${d.aspect}, but ${fit.note}.`, {
            hint: "Brief it in the platform's aspect, or choose a format that takes this one.",
          }),
        );
      }
      return hits;
    });
  },
};
