/** A deliverable in plain words, with every time on one reader's wall clock. */
import { documentLanguage, type DocumentLanguage } from '../../i18n/language.js';
import { labelProfile, PLATFORMS_WITH_TOOL } from '../../spec/disclosure-labels.js';
import { appearingCreators, deliverableJurisdictions } from '../../spec/deliverable-facts.js';
import { liveUntil } from '../../schedule/dates.js';
import { goLiveDate, occurrencesOf } from '../../schedule/recurrence.js';
import { daysBetween } from '../../time/wall.js';
import type { CampaignSpec, Deliverable } from '../../spec/model.js';
import { namer } from './common.js';

const ENGLISH = documentLanguage('en');

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
  /** For a deliverable with co-creators: who posts it and who else appears; empty otherwise. */
  appearing: string;
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

export function lengthText(d: Deliverable, lang: DocumentLanguage = ENGLISH): string {
  if (d.duration_s)
    return d.duration_s.min === d.duration_s.max
      ? lang.t('deliverable.seconds', { seconds: String(d.duration_s.min) })
      : lang.t('deliverable.secondsRange', { min: String(d.duration_s.min), max: String(d.duration_s.max) });
  if (d.story_frames) return lang.count(d.story_frames, 'frame');
  return '';
}

export function titleOf(d: Deliverable, lang: DocumentLanguage = ENGLISH): string {
  return lang.t('deliverable.title', { count: String(d.count), platform: lang.label('platform', d.platform), format: lang.label('format', d.format) });
}

/**
 * "Tue 9 Mar 2027, 17:00" or "between … and …", on the wall clock of `zone`; for a recurring deliverable,
 * followed by the rhythm and the go-live day of every later occurrence.
 */
export function goLiveText(d: Deliverable, zone?: string, lang: DocumentLanguage = ENGLISH): string {
  const first = d.go_live.at ? lang.zoned(d.go_live.at, zone) : lang.t('deliverable.goLiveWindow', { start: lang.zoned(d.go_live.window_start!, zone), end: lang.zoned(d.go_live.window_end!, zone) });
  if (!d.recurrence) return first;
  const later = occurrencesOf(d)
    .slice(1)
    .map((o) => lang.date(goLiveDate(o.deliverable)));
  return lang.t('deliverable.recurring', { first, interval: d.recurrence.interval ?? 1, unit: d.recurrence.frequency === 'weekly' ? 'week' : 'month', dates: lang.and(later) });
}

/** The first draft's due time; for a recurring deliverable, also how long before each later go-live the next draft is due. */
export function draftDueText(d: Deliverable, zone?: string, lang: DocumentLanguage = ENGLISH): string {
  const first = lang.zoned(d.draft_due, zone);
  if (!d.recurrence) return first;
  const lead = daysBetween(d.draft_due.slice(0, 10), goLiveDate(d));
  return lang.t('deliverable.recurringDraft', { first, days: lead });
}

/** Each market's accepted wording for this deliverable's language: what the disclosure rules check it against. */
function disclosureRules(spec: CampaignSpec, d: Deliverable): DisclosureRuleView[] {
  return deliverableJurisdictions(spec, d)
    .sort()
    .flatMap((market) => {
      const profile = labelProfile(market, d.language);
      return profile ? [{ market, regulator: profile.regulator, accepted: profile.accepted.join(', '), avoid: profile.rejected.join(', ') }] : [];
    });
}

export function deliverableView(spec: CampaignSpec, d: Deliverable, zone?: string, lang: DocumentLanguage = ENGLISH): DeliverableView {
  const name = namer(spec);
  const mandatory = (spec.messaging.mandatory ?? []).filter((m) => m.applies_to.includes(d.id)).map((m) => lang.label('mandatory', m.type, { value: m.value }));
  const tracking: TrackingView[] = [];
  if (d.tracking?.promo_code) tracking.push({ label: lang.t('deliverable.promoCode'), value: d.tracking.promo_code, isUrl: false });
  if (d.tracking?.utm) tracking.push({ label: lang.t('deliverable.trackingLink'), value: d.tracking.utm, isUrl: true });
  if (d.tracking?.affiliate_url) tracking.push({ label: lang.t('deliverable.affiliateLink'), value: d.tracking.affiliate_url, isUrl: true });
  const placements = d.disclosure.placements.filter((p) => p !== 'platform_tool').map((p) => lang.label('placement', p));
  const tool = d.disclosure.placements.includes('platform_tool') ? (PLATFORMS_WITH_TOOL[d.platform] ? lang.label('platformTool', d.platform) : lang.t('deliverable.platformToolFallback')) : '';
  const others = appearingCreators(d).slice(1);
  const highlights = d.highlight_days ? lang.t('deliverable.highlights', { days: lang.count(d.highlight_days, 'day') }) : '';
  return {
    id: d.id,
    title: titleOf(d, lang),
    creator: name(d.creator),
    platform: lang.label('platform', d.platform),
    format: lang.label('format', d.format),
    count: d.count,
    length: lengthText(d, lang),
    aspect: d.aspect ?? '',
    language: d.language,
    markets: (d.markets ?? spec.campaign.markets).join(', '),
    appearing: others.length > 0 ? lang.t('deliverable.appearing', { creator: name(d.creator), others: lang.and(others.map(name)), count: others.length }) : '',
    draftDue: draftDueText(d, zone, lang),
    goLive: goLiveText(d, zone, lang),
    keepLive: `${lang.t('deliverable.keepLive', { days: lang.count(d.min_live_days, 'day'), date: lang.date(liveUntil(d)) })}${highlights}`,
    mustInclude: mandatory,
    tracking,
    notes: d.brief_notes ?? '',
    disclosure: {
      labels: d.disclosure.labels,
      placements: lang.and(placements),
      onScreen: d.disclosure.on_screen_min_s ? lang.t('deliverable.seconds', { seconds: String(d.disclosure.on_screen_min_s) }) : '',
      repeat: d.disclosure.repeat_every_min ? lang.t('deliverable.repeat', { minutes: String(d.disclosure.repeat_every_min) }) : '',
      tool,
      rules: disclosureRules(spec, d),
    },
  };
}
