import { at, hit } from './helpers.js';
import type { Rule, RuleHit } from './types.js';
import { PLATFORMS_WITH_TOOL } from '../spec/disclosure-labels.js';

export const disclosurePlatformTool: Rule = {
  id: 'disclosure-platform-tool',
  severity: 'error',
  category: 'disclosure-and-compliance',
  description: 'Where a platform has a paid-partnership tool, it is switched on, and a label also appears in the content itself.',
  rationale:
    'TikTok and YouTube require their tools for branded content, and platforms remove or demote posts without them. Regulators (FTC, ASA) say the tool alone is not enough: the label must also be in the content.',
  docs: {
    bad: `deliverables:
  - id: maya-tiktok
    platform: tiktok
    disclosure:
      labels: ["#ad"]
      placements: [caption_first_line, on_screen]   # toggle not switched on`,
    good: `deliverables:
  - id: maya-tiktok
    platform: tiktok
    disclosure:
      labels: ["#ad"]
      placements: [caption_first_line, on_screen, platform_tool]`,
  },
  check(spec) {
    const hits: RuleHit[] = [];
    spec.deliverables.forEach((d, i) => {
      const placements: string[] = d.disclosure.placements;
      const tool = PLATFORMS_WITH_TOOL[d.platform];
      if (tool && !placements.includes('platform_tool')) {
        hits.push(hit(at('deliverables', i, 'disclosure', 'placements'), `Deliverable ${d.id} is on ${d.platform} but does not use ${tool}.`, { hint: 'Add platform_tool to placements.' }));
      }
      if (placements.length === 1 && placements[0] === 'platform_tool') {
        hits.push(hit(at('deliverables', i, 'disclosure', 'placements'), `Deliverable ${d.id} relies on the platform tool alone; regulators also require a label in the content.`));
      }
    });
    return hits;
  },
};
