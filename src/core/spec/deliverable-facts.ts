/**
 * Facts about a deliverable that rules, the schedule, documents and the
 * calendar all read: where it runs and when it goes live.
 */
import type { CampaignSpec, Deliverable } from './model.js';

/** Markets a deliverable is aimed at: its own list, or the campaign's. */
export function deliverableMarkets(spec: CampaignSpec, d: Deliverable): string[] {
  return d.markets ?? spec.campaign.markets;
}

/** Jurisdictions whose rules a deliverable must meet: its markets plus any jurisdiction the campaign names. */
export function deliverableJurisdictions(spec: CampaignSpec, d: Deliverable): string[] {
  return [...new Set([...deliverableMarkets(spec, d), ...(d.markets ? [] : spec.compliance.jurisdictions)])];
}

/** First instant a deliverable may be published: `at`, or the window's start. */
export function goLiveStart(d: Deliverable): string {
  return (d.go_live.at ?? d.go_live.window_start)!;
}

export function goLiveEnd(d: Deliverable): string {
  return (d.go_live.at ?? d.go_live.window_end)!;
}

/** Everyone who appears in a deliverable: its creator, then its co-creators (a panel, a podcast guest). */
export function appearingCreators(d: Deliverable): string[] {
  return [d.creator, ...(d.co_creators ?? []).filter((id) => id !== d.creator)];
}

/** Whether a creator appears in a deliverable, as its creator or a co-creator. */
export function appearsIn(d: Deliverable, creator: string): boolean {
  return d.creator === creator || (d.co_creators ?? []).includes(creator);
}
