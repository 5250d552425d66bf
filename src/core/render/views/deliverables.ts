/** A deliverable in plain words, with every time on one reader's wall clock. */
import { LABEL_PROFILES, PLATFORMS_WITH_TOOL } from '../../spec/disclosure-labels.js';
import { deliverableJurisdictions } from '../../spec/deliverable-facts.js';
import { liveUntil } from '../../schedule/dates.js';
import type { CampaignSpec, Deliverable } from '../../spec/model.js';
import { andList, dateText, pluralText, zonedText } from '../format.js';
import { FORMAT, MANDATORY, PLACEMENT, PLATFORM } from '../labels.js';
import { namer } from './common.js';

export interface TrackingView {
  label: string;
  value: string;
  isUrl: boolean;
}

export interface DisclosureRuleView {
  market: string;
  regulator: string;
  accepted: string;
  avoid: string;
}

export interface DeliverableView {
  id: string;
  title: string;
  creator: string;
  platform: string;
  format: string;
  count: number;
  length: string;
  aspect: string;
  language: string;
  markets: string;
  draftDue: string;
  goLive: string;
  keepLive: string;
  mustInclude: string[];
  tracking: TrackingView[];
  notes: string;
  disclosure: {
    labels: string[];
    placements: string;
    onScreen: string;
    repeat: string;
    tool: string;
    rules: DisclosureRuleView[];
  };
}

export function lengthText(d: Deliverable): string {
  if (d.duration_s) return d.duration_s.min === d.duration_s.max ? `${d.duration_s.min} s` : `${d.duration_s.min}-${d.duration_s.max} s`;
  if (d.story_frames) return pluralText(d.story_frames, 'frame');
  return '';
}

export function titleOf(d: Deliverable): string {
  return `${d.count} × ${PLATFORM[d.platform]} ${FORMAT[d.format]}`;
}

/** "Tue 9 Mar 2027, 17:00" or "between … and …", on the wall clock of `zone`. */
export function goLiveText(d: Deliverable, zone?: string): string {
  if (d.go_live.at) return zonedText(d.go_live.at, zone);
  return `between ${zonedText(d.go_live.window_start!, zone)} and ${zonedText(d.go_live.window_end!, zone)}`;
}

function disclosureRules(spec: CampaignSpec, d: Deliverable): DisclosureRuleView[] {
  return deliverableJurisdictions(spec, d)
    .filter((market) => LABEL_PROFILES[market])
    .sort()
    .map((market) => {
      const profile = LABEL_PROFILES[market]!;
      return { market, regulator: profile.regulator, accepted: profile.accepted.join(', '), avoid: profile.rejected.join(', ') };
    });
}

export function deliverableView(spec: CampaignSpec, d: Deliverable, zone?: string): DeliverableView {
  const name = namer(spec);
  const mandatory = (spec.messaging.mandatory ?? []).filter((m) => m.applies_to.includes(d.id)).map((m) => MANDATORY[m.type](m.value));
  const tracking: TrackingView[] = [];
  if (d.tracking?.promo_code) tracking.push({ label: 'Promo code', value: d.tracking.promo_code, isUrl: false });
  if (d.tracking?.utm) tracking.push({ label: 'Tracking link', value: d.tracking.utm, isUrl: true });
  if (d.tracking?.affiliate_url) tracking.push({ label: 'Affiliate link', value: d.tracking.affiliate_url, isUrl: true });
  const placements = d.disclosure.placements.filter((p) => p !== 'platform_tool').map((p) => PLACEMENT[p]);
  const tool = d.disclosure.placements.includes('platform_tool') ? (PLATFORMS_WITH_TOOL[d.platform] ?? "the platform's paid-partnership setting") : '';
  return {
    id: d.id,
    title: titleOf(d),
    creator: name(d.creator),
    platform: PLATFORM[d.platform],
    format: FORMAT[d.format],
    count: d.count,
    length: lengthText(d),
    aspect: d.aspect ?? '',
    language: d.language,
    markets: (d.markets ?? spec.campaign.markets).join(', '),
    draftDue: zonedText(d.draft_due, zone),
    goLive: goLiveText(d, zone),
    keepLive: `${pluralText(d.min_live_days, 'day')}, until ${dateText(liveUntil(d))}${d.highlight_days ? `; in highlights for ${pluralText(d.highlight_days, 'day')}` : ''}`,
    mustInclude: mandatory,
    tracking,
    notes: d.brief_notes ?? '',
    disclosure: {
      labels: d.disclosure.labels,
      placements: andList(placements),
      onScreen: d.disclosure.on_screen_min_s ? `${d.disclosure.on_screen_min_s} s` : '',
      repeat: d.disclosure.repeat_every_min ? `every ${d.disclosure.repeat_every_min} min` : '',
      tool,
      rules: disclosureRules(spec, d),
    },
  };
}
