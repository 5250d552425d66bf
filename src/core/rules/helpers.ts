/** Small lookups shared by rules. Rules run only on schema-valid specs, so shapes are trusted. */
import type { CampaignSpec, Deliverable, Party } from '../spec/model.js';
import { encodePointer } from '../spec/pointer.js';
import { specMemo } from './spec-memo.js';
import type { RuleHit } from './types.js';
export { amountText } from '../number-text.js';

export { deliverableJurisdictions, goLiveEnd, goLiveStart } from '../spec/deliverable-facts.js';

export const at = (...segments: (string | number)[]): string => encodePointer(segments);

/** The spec's parties by id; shared by the rules that run on one spec, so do not change it. */
export function partiesById(spec: CampaignSpec): ReadonlyMap<string, Party> {
  return specMemo('partiesById', spec, () => new Map(spec.parties.map((p) => [p.id, p])));
}

export function hit(pointer: string, message: string, extra: Partial<RuleHit> = {}): RuleHit {
  return { pointer, message, ...extra };
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

export function goLivePointer(d: Deliverable, index: number): string {
  return d.go_live.at ? at('deliverables', index, 'go_live', 'at') : at('deliverables', index, 'go_live', 'window_start');
}

export const VIDEO_FORMATS = new Set(['short_video', 'reel', 'live', 'dedicated_video', 'integration', 'short', 'native_video']);
export const AUDIO_FORMATS = new Set(['host_read_preroll', 'host_read_midroll', 'episode']);
export const CONVERSION_METRICS = new Set(['conversions', 'cvr', 'cpa', 'leads', 'cpl', 'revenue', 'roas', 'roi']);

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
