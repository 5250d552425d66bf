/** Closed vocabularies of the campaign spec. Rules and documents key off these values. */

export const CATEGORIES = [
  'consumer_electronics',
  'beauty',
  'fashion',
  'food_bev',
  'home',
  'travel',
  'gaming',
  'fitness',
  'alcohol',
  'financial_promotion',
  'gambling',
  'health_supplement',
  'pharma',
  'nicotine',
  'crypto',
  'b2b_software',
  'other',
] as const;

/** Categories that carry extra legal duties (age gates, approvals, risk warnings). */
export const REGULATED_CATEGORIES = ['alcohol', 'financial_promotion', 'gambling', 'health_supplement', 'pharma', 'nicotine', 'crypto'] as const;

export const ROLES = ['brand', 'agency', 'creator', 'talent_manager', 'legal', 'compliance_approver', 'pr', 'platform_rep', 'production'] as const;

export const AUTHORITIES = ['approve_content', 'approve_claims', 'sign_contract', 'issue_statement', 'pause_content', 'release_payment', 'approve_paid_media'] as const;

export const OBJECTIVE_TYPES = ['awareness', 'consideration', 'conversion', 'lead_gen', 'content_library', 'advocacy', 'thought_leadership'] as const;

export const MANDATORY_TYPES = ['product_on_screen_by_s', 'verbal_brand_mention', 'cta', 'link', 'promo_code', 'hashtag', 'handle_tag', 'risk_warning', 'responsibility_message'] as const;

export const CREATIVE_LATITUDE = ['scripted', 'talking_points', 'open_brief'] as const;

export const PLATFORMS = ['tiktok', 'instagram', 'youtube', 'twitch', 'x', 'linkedin', 'facebook', 'pinterest', 'snapchat', 'podcast', 'blog', 'newsletter'] as const;

export const FORMATS = [
  'short_video',
  'reel',
  'story',
  'feed_post',
  'carousel',
  'live',
  'dedicated_video',
  'integration',
  'short',
  'text_post',
  'document_post',
  'native_video',
  'host_read_preroll',
  'host_read_midroll',
  'episode',
  'article',
] as const;

export const ASPECTS = ['9:16', '4:5', '1:1', '16:9', 'audio', 'text'] as const;

/** Where a disclosure appears. The last four are accepted so rules can name them as too weak. */
export const DISCLOSURE_PLACEMENTS = [
  'caption_first_line',
  'on_screen',
  'verbal',
  'title',
  'description_first_line',
  'platform_tool',
  'above_the_fold',
  'caption_end',
  'hashtag_stack',
  'bio',
  'comments',
] as const;

export const REVIEW_BASES = ['calendar', 'business'] as const;
export const MISSED_REVIEW_OUTCOMES = ['deemed_approved', 'escalate', 'go_live_moves'] as const;

export const RACI_ACTIVITIES = [
  'brief_signoff',
  'contract',
  'content_review',
  'claims_review',
  'posting',
  'paid_amplification',
  'reporting',
  'crisis_statement',
  'payment',
  'renewal_decision',
] as const;

export const METRICS = [
  'reach',
  'impressions',
  'views',
  'frequency',
  'engagements',
  'engagement_rate',
  'vtr',
  'ctr',
  'clicks',
  'cpm',
  'cpv',
  'cpe',
  'cpc',
  'conversions',
  'cvr',
  'cpa',
  'leads',
  'cpl',
  'revenue',
  'roas',
  'roi',
  'emv',
  'sentiment',
  'brand_lift',
  'share_of_voice',
  'incrementality',
  'followers_gained',
  'saves',
  'shares',
  'content_pieces',
] as const;

export const ENGAGEMENT_BASES = ['reach', 'impressions', 'views', 'followers'] as const;

export const UNITS = ['count', 'percent', 'percentage_points', 'ratio', 'currency', 'seconds'] as const;

export const DATA_SOURCES = ['platform_insights', 'platform_api', 'ads_manager', 'screenshot', 'ga4_utm', 'promo_code', 'affiliate_network', 'crm', 'brand_lift_study', 'social_listening'] as const;

export const ATTRIBUTION_MODELS = ['promo_code', 'last_click', 'view_through', 'holdout', 'mmm'] as const;
export const REPORTING_CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'end_of_campaign'] as const;

export const COMPENSATION_MODELS = ['flat_fee', 'retainer', 'cpa', 'rev_share', 'hybrid', 'gifted_only'] as const;
export const PAYMENT_TRIGGERS = ['signature', 'product_received', 'draft_approved', 'go_live', 'report_delivered', 'month_start'] as const;

/** How a bonus's threshold is measured: the creator's total, each post on its own, or the average per post. */
export const BONUS_SCOPES = ['creator_total', 'per_post', 'post_average'] as const;

/**
 * What a milestone marks, for the rules that read it against the plan: the product in the creators' hands,
 * every first draft in, every piece approved; `other` for a milestone none of them should read.
 */
export const MILESTONE_KINDS = ['product_delivered', 'all_drafts_in', 'all_content_approved', 'other'] as const;

/** What marks the start of production, which the kill fee's two shares hinge on. */
export const PRODUCTION_STARTS = ['signature', 'product_received', 'brief_signed_off', 'filming_started', 'draft_submitted'] as const;

export const PAID_MECHANISMS = ['spark_ads', 'partnership_ads', 'thought_leader_ads', 'whitelisting', 'brand_handle_ads', 'youtube_partnership_ads'] as const;
export const PAID_RIGHTS_START = ['go_live', 'first_spend'] as const;
export const EDIT_RIGHTS = ['none', 'cutdowns_captions', 'full'] as const;

export const MORALITY_CLAUSES = ['none', 'creator_only', 'mutual'] as const;
export const CONTENT_ON_TERMINATION = ['remains', 'remove'] as const;

export const SEVERITY_LEVELS = ['sev1', 'sev2', 'sev3'] as const;
export const PAUSE_SCOPES = ['organic', 'paid', 'all'] as const;

/** What missing a renewal criterion means at the formal review. */
export const CRITERION_CONSEQUENCES = ['adjust', 'end'] as const;
/** The outcomes of a formal review. */
export const RENEWAL_OUTCOMES = ['renew', 'adjust', 'end'] as const;
/** Where a planned deliverable stands at the wrap. */
export const DELIVERY_STATUSES = ['delivered', 'partly_delivered', 'not_delivered'] as const;
/** What a campaign's money went on, for cost per result at the wrap. */
export const COST_ITEMS = ['creator_fees', 'bonuses', 'paid_media', 'usage_rights', 'exclusivity', 'production', 'agency_fees', 'product_seeding', 'other'] as const;
/** An incident's three readings: how far it spread, how much it hurts the brand, what it does to the partnership. */
export const INCIDENT_REACH = ['contained', 'spreading', 'viral'] as const;
export const INCIDENT_REPUTATION = ['minor', 'damaging', 'severe'] as const;
export const INCIDENT_RELATIONSHIP = ['intact', 'strained', 'broken'] as const;
export const INCIDENT_STATUSES = ['open', 'resolved'] as const;

export const MEETING_FREQUENCIES = ['daily', 'weekly', 'biweekly', 'monthly'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** How often a recurring deliverable comes again. */
export const RECURRENCE_FREQUENCIES = ['weekly', 'monthly'] as const;

export const FOLLOWUP_TYPES = ['check_in', 'difficult_conversation', 'wrap_review', 'formal_review', 'other'] as const;
/** Where an action item from an earlier follow-up stands. */
export const ACTION_STATUSES = ['done', 'dropped', 'open'] as const;
/** The parts of the agreement a requested change can touch. */
export const CHANGE_AREAS = [
  'objectives',
  'messaging',
  'creative_autonomy',
  'deliverables',
  'schedule',
  'approvals',
  'raci',
  'kpis',
  'compensation',
  'usage_rights',
  'exclusivity',
  'paid_media',
  'contingency',
  'communication',
  'other',
] as const;

/** Metrics where a lower number is better. */
export const LOWER_IS_BETTER_METRICS: ReadonlySet<string> = new Set(['cpm', 'cpv', 'cpe', 'cpc', 'cpa', 'cpl']);

/** The costs the spec itself plans (a subset of COST_ITEMS), which a cost-per-result KPI can divide. */
export const PLANNED_COST_ITEMS = ['creator_fees', 'bonuses', 'paid_media', 'usage_rights', 'exclusivity'] as const;

/** Cost-per-result metrics and the volume each divides cost by (per `per` results). */
export const COST_PER_RESULT: Readonly<Record<string, { volume: (typeof METRICS)[number]; per: number }>> = {
  cpm: { volume: 'impressions', per: 1000 },
  cpv: { volume: 'views', per: 1 },
  cpe: { volume: 'engagements', per: 1 },
  cpc: { volume: 'clicks', per: 1 },
  cpa: { volume: 'conversions', per: 1 },
  cpl: { volume: 'leads', per: 1 },
};

/** What each metric means and how it is computed; shown in docs/spec.md and the documents. */
export const METRIC_GLOSSARY: Record<(typeof METRICS)[number], { name: string; formula: string }> = {
  reach: { name: 'Reach', formula: 'Unique accounts exposed (not additive across creators)' },
  impressions: { name: 'Impressions', formula: 'Exposures including repeats' },
  views: { name: 'Views', formula: 'Video views as the platform counts them' },
  frequency: { name: 'Frequency', formula: 'impressions / reach' },
  engagements: { name: 'Engagements', formula: 'likes + comments + shares + saves' },
  engagement_rate: { name: 'Engagement rate', formula: 'engagements / basis x 100 (basis: reach, impressions, views or followers)' },
  vtr: { name: 'View-through rate', formula: 'completed views / impressions x 100' },
  ctr: { name: 'Click-through rate', formula: 'link clicks / impressions x 100' },
  clicks: { name: 'Link clicks', formula: 'Clicks on the tracked link' },
  cpm: { name: 'Cost per mille', formula: 'cost / impressions x 1000' },
  cpv: { name: 'Cost per view', formula: 'cost / views' },
  cpe: { name: 'Cost per engagement', formula: 'cost / engagements' },
  cpc: { name: 'Cost per click', formula: 'cost / clicks' },
  conversions: { name: 'Conversions', formula: 'Attributed purchases or sign-ups' },
  cvr: { name: 'Conversion rate', formula: 'conversions / sessions x 100' },
  cpa: { name: 'Cost per acquisition', formula: 'cost / conversions' },
  leads: { name: 'Qualified leads', formula: 'Leads meeting the agreed qualification' },
  cpl: { name: 'Cost per lead', formula: 'cost / qualified leads' },
  revenue: { name: 'Attributed revenue', formula: 'Revenue credited by the attribution model' },
  roas: { name: 'Return on ad spend', formula: 'attributed revenue / cost' },
  roi: { name: 'Return on investment', formula: '(revenue - total cost) / total cost x 100' },
  emv: { name: 'Earned media value', formula: 'Sum of metric x vendor price; report only, no standard' },
  sentiment: { name: 'Net sentiment', formula: '(positive - negative) / (positive + negative)' },
  brand_lift: { name: 'Brand lift', formula: 'exposed - control, in percentage points' },
  share_of_voice: { name: 'Share of voice', formula: 'brand mentions / (brand + competitor mentions)' },
  incrementality: { name: 'Incrementality', formula: '(test - control) / control' },
  followers_gained: { name: 'Followers gained', formula: 'New followers of the brand account in the window' },
  saves: { name: 'Saves', formula: 'Saves of the content' },
  shares: { name: 'Shares', formula: 'Shares of the content' },
  content_pieces: { name: 'Content pieces', formula: 'Pieces delivered and approved' },
};
