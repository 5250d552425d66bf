/**
 * The words documents use for the spec's closed vocabularies. Typed against
 * the vocabularies, so adding a value without a label fails the type check.
 */
import type * as V from '../spec/vocabulary.js';

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const PLATFORM: Labels<typeof V.PLATFORMS> = {
  tiktok: 'TikTok',
  instagram: 'Instagram',
  youtube: 'YouTube',
  twitch: 'Twitch',
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
  podcast: 'Podcast',
  blog: 'Blog',
  newsletter: 'Newsletter',
};

export const FORMAT: Labels<typeof V.FORMATS> = {
  short_video: 'short video',
  reel: 'Reel',
  story: 'Story',
  feed_post: 'feed post',
  carousel: 'carousel',
  live: 'live stream',
  dedicated_video: 'dedicated video',
  integration: 'integration',
  short: 'Short',
  text_post: 'text post',
  document_post: 'document post',
  native_video: 'native video',
  host_read_preroll: 'host-read pre-roll',
  host_read_midroll: 'host-read mid-roll',
  episode: 'episode',
  article: 'article',
};

export const ROLE: Labels<typeof V.ROLES> = {
  brand: 'Brand',
  agency: 'Agency',
  creator: 'Creator',
  talent_manager: 'Talent manager',
  legal: 'Legal',
  compliance_approver: 'Compliance approver',
  pr: 'PR',
  platform_rep: 'Platform representative',
  production: 'Production',
};

export const AUTHORITY: Labels<typeof V.AUTHORITIES> = {
  approve_content: 'approve content',
  approve_claims: 'approve claims',
  sign_contract: 'sign contracts',
  issue_statement: 'issue statements',
  pause_content: 'pause content',
  release_payment: 'release payments',
  approve_paid_media: 'approve paid media',
};

export const OBJECTIVE_TYPE: Labels<typeof V.OBJECTIVE_TYPES> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  conversion: 'Conversion',
  lead_gen: 'Lead generation',
  content_library: 'Content library',
  advocacy: 'Advocacy',
  thought_leadership: 'Thought leadership',
};

export const CATEGORY: Labels<typeof V.CATEGORIES> = {
  consumer_electronics: 'consumer electronics',
  beauty: 'beauty',
  fashion: 'fashion',
  food_bev: 'food and beverage',
  home: 'home',
  travel: 'travel',
  gaming: 'gaming',
  fitness: 'fitness',
  alcohol: 'alcohol (regulated)',
  financial_promotion: 'financial promotion (regulated)',
  gambling: 'gambling (regulated)',
  health_supplement: 'health supplements (regulated)',
  pharma: 'pharmaceuticals (regulated)',
  nicotine: 'nicotine (regulated)',
  crypto: 'crypto-assets (regulated)',
  b2b_software: 'B2B software',
  other: 'other',
};

/** How a mandatory element reads in a checklist, given its value. */
export const MANDATORY: Readonly<Record<(typeof V.MANDATORY_TYPES)[number], (value: string) => string>> = {
  product_on_screen_by_s: (v) => `Product on screen within the first ${v} s`,
  verbal_brand_mention: (v) => `Say the brand name: "${v}"`,
  cta: (v) => `Call to action: ${v}`,
  link: (v) => `Link: ${v}`,
  promo_code: (v) => `Promo code: ${v}`,
  hashtag: (v) => `Hashtag: ${v}`,
  handle_tag: (v) => `Tag: ${v}`,
  risk_warning: (v) => `Risk warning: ${v}`,
  responsibility_message: (v) => `Responsibility message: ${v}`,
};

export const LATITUDE: Labels<typeof V.CREATIVE_LATITUDE> = {
  scripted: 'Scripted: the brand provides the script',
  talking_points: 'Talking points: you write the script around the agreed points',
  open_brief: 'Open brief: you decide the idea and the script within this brief',
};

export const PLACEMENT: Labels<typeof V.DISCLOSURE_PLACEMENTS> = {
  caption_first_line: 'in the first line of the caption',
  on_screen: 'on screen',
  verbal: 'said out loud',
  title: 'in the title',
  description_first_line: 'in the first line of the description',
  platform_tool: "with the platform's paid-partnership setting",
  above_the_fold: 'above the fold',
  caption_end: 'at the end of the caption',
  hashtag_stack: 'among other hashtags',
  bio: 'in the bio',
  comments: 'in the comments',
};

export const REVIEW_MISSED: Labels<typeof V.MISSED_REVIEW_OUTCOMES> = {
  deemed_approved: 'the draft counts as approved',
  escalate: 'it is escalated to the next person on the escalation path',
  go_live_moves: 'go-live moves by the length of the delay',
};

export const RACI_ACTIVITY: Labels<typeof V.RACI_ACTIVITIES> = {
  brief_signoff: 'Brief sign-off',
  contract: 'Contract',
  content_review: 'Content review',
  claims_review: 'Claims review',
  posting: 'Posting',
  paid_amplification: 'Paid amplification',
  reporting: 'Reporting',
  crisis_statement: 'Crisis statement',
  payment: 'Payment',
  renewal_decision: 'Renewal decision',
};

export const DATA_SOURCE: Labels<typeof V.DATA_SOURCES> = {
  platform_insights: 'platform insights',
  platform_api: 'platform API',
  ads_manager: 'ads manager',
  screenshot: 'screenshots',
  ga4_utm: 'GA4 (UTM)',
  promo_code: 'promo code redemptions',
  affiliate_network: 'affiliate network',
  crm: 'CRM',
  brand_lift_study: 'brand lift study',
  social_listening: 'social listening',
};

export const CADENCE: Labels<typeof V.REPORTING_CADENCES> = {
  daily: 'daily',
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  end_of_campaign: 'at the end of the campaign',
};

export const FREQUENCY: Labels<typeof V.MEETING_FREQUENCIES> = {
  daily: 'Daily',
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

export const COMPENSATION_MODEL: Labels<typeof V.COMPENSATION_MODELS> = {
  flat_fee: 'Flat fee',
  retainer: 'Retainer',
  cpa: 'Per acquisition',
  rev_share: 'Revenue share',
  hybrid: 'Fee plus commission',
  gifted_only: 'Product only',
};

export const PAYMENT_TRIGGER: Labels<typeof V.PAYMENT_TRIGGERS> = {
  signature: 'contract signature',
  product_received: 'product received',
  draft_approved: 'draft approval',
  go_live: 'go-live',
  report_delivered: 'report delivered',
  month_start: 'the start of each month',
};

export const PAID_MECHANISM: Labels<typeof V.PAID_MECHANISMS> = {
  spark_ads: 'TikTok Spark Ads',
  partnership_ads: 'Meta partnership ads',
  thought_leader_ads: 'LinkedIn thought leader ads',
  whitelisting: 'whitelisting (ads from your handle)',
  brand_handle_ads: "ads from the brand's handle",
  youtube_partnership_ads: 'YouTube partnership ads',
};

export const EDITS: Labels<typeof V.EDIT_RIGHTS> = {
  none: 'The brand may not edit your content.',
  cutdowns_captions: 'The brand may make cut-downs and change captions, nothing more.',
  full: 'The brand may edit your content freely.',
};

export const MORALITY: Labels<typeof V.MORALITY_CLAUSES> = {
  none: 'No morality clause.',
  creator_only: 'A morality clause binds the creator only.',
  mutual: 'A mutual morality clause binds the creator and the brand.',
};

export const PAUSE_SCOPE: Labels<typeof V.PAUSE_SCOPES> = { organic: 'organic posts', paid: 'paid ads', all: 'all content' };

/** How the agreement names an attribution model. */
export const ATTRIBUTION_MODEL: Labels<typeof V.ATTRIBUTION_MODELS> = {
  promo_code: 'promo code',
  last_click: 'last click',
  view_through: 'view through',
  holdout: 'holdout',
  mmm: 'mmm',
};

export const UNIT: Labels<typeof V.UNITS> = {
  count: '',
  percent: ' %',
  percentage_points: ' pp',
  ratio: '×',
  currency: '',
  seconds: ' s',
};

export const FOLLOWUP_TYPE: Labels<typeof V.FOLLOWUP_TYPES> = {
  check_in: 'Check-in',
  difficult_conversation: 'Conversation',
  wrap_review: 'Wrap review',
  formal_review: 'Formal review',
  other: 'Meeting',
};

/** Where a KPI stands in a follow-up, against its target or its pace. */
export const KPI_STATUS = {
  on_target: 'on target',
  above_target: 'above target',
  below_target: 'below target',
  not_started: 'not started',
  ahead: 'ahead',
  on_track: 'on track',
  behind: 'behind',
} as const;

export const CHANGE_AREA: Labels<typeof V.CHANGE_AREAS> = {
  objectives: 'Objectives',
  messaging: 'Messaging',
  creative_autonomy: 'Creative autonomy',
  deliverables: 'Deliverables',
  schedule: 'Schedule',
  approvals: 'Approvals',
  raci: 'Responsibilities (RACI)',
  kpis: 'KPIs',
  compensation: 'Compensation',
  usage_rights: 'Usage rights',
  exclusivity: 'Exclusivity',
  paid_media: 'Paid media',
  contingency: 'Contingencies',
  communication: 'Communication',
  other: 'Other',
};

export const WEEKDAY: Labels<typeof V.WEEKDAYS> = {
  monday: 'Mondays',
  tuesday: 'Tuesdays',
  wednesday: 'Wednesdays',
  thursday: 'Thursdays',
  friday: 'Fridays',
  saturday: 'Saturdays',
  sunday: 'Sundays',
};

export const OUTCOME: Labels<typeof V.RENEWAL_OUTCOMES> = { renew: 'Renew', adjust: 'Adjust', end: 'End' };

export const COST_ITEM: Labels<typeof V.COST_ITEMS> = {
  creator_fees: 'Creator fees',
  bonuses: 'Bonuses',
  paid_media: 'Paid media',
  usage_rights: 'Usage rights',
  exclusivity: 'Exclusivity',
  production: 'Production',
  agency_fees: 'Agency fees',
  product_seeding: 'Product and seeding',
  other: 'Other',
};

export const REACH: Labels<typeof V.INCIDENT_REACH> = {
  contained: 'contained (few people saw it, not spreading)',
  spreading: 'spreading (shares, comments or niche press growing)',
  viral: 'viral (trending or mainstream press)',
};
export const REPUTATION: Labels<typeof V.INCIDENT_REPUTATION> = {
  minor: 'minor (embarrassing, fixable)',
  damaging: 'damaging (hurts trust in the brand)',
  severe: 'severe (legal, safety or values breach)',
};
export const RELATIONSHIP: Labels<typeof V.INCIDENT_RELATIONSHIP> = {
  intact: 'intact',
  strained: 'strained (trust between brand and creator is shaken)',
  broken: 'broken (one side may end the partnership)',
};

export const BONUS_SCOPE: Labels<typeof V.BONUS_SCOPES> = {
  creator_total: 'in your total over the KPI window',
  per_post: 'on a single post (paid for each post that reaches it)',
  post_average: 'on average per post',
};

export const PRODUCTION_START: Labels<typeof V.PRODUCTION_STARTS> = {
  signature: 'at contract signature',
  product_received: 'when the product is received',
  brief_signed_off: 'when the brief is signed off',
  filming_started: 'when filming starts',
  draft_submitted: 'when the first draft is submitted',
};
