/**
 * The source of schemas/campaign.schema.json (run `npm run generate`).
 * Descriptions are written to complete the sentence "`field`: …" in error
 * messages and to serve as the interview's help text.
 */
import * as V from '../core/spec/vocabulary.js';
import { definitions } from './definitions.js';
import { MAX_DAYS, MAX_HOURS, bool, freeMap, hours, idField, int, list, money, num, obj, oneOfEnum, partyRef, partyRefs, ref, requires, str, text, texts, type Schema } from './helpers.js';

export const SCHEMA_ID = 'https://alignkit.dev/schemas/campaign.schema.json';

const campaign = obj(
  {
    title: 'Campaign',
    description: 'What the campaign is, where it runs, when, and who owns it end to end.',
    examples: [{ id: 'nova-buds-launch', name: 'Nova Buds launch', owner: 'ines-alvarez' }],
  },
  {
    id: idField('campaign', 'nova-buds-launch'),
    name: str({ title: 'Name', description: 'The name everyone uses for the campaign.', examples: ['Nova Buds Pro launch'] }),
    brand: partyRef('Brand', 'The brand party that pays for and approves the campaign', 'nova-audio'),
    product: str({ title: 'Product', description: 'The product or service being promoted.', examples: ['Nova Buds Pro wireless earbuds'] }),
    category: oneOfEnum(
      {
        title: 'Category',
        description: 'The product category; regulated categories (alcohol, financial promotion, gambling, health supplements, pharma, nicotine, crypto) carry extra legal duties.',
        examples: ['consumer_electronics'],
      },
      V.CATEGORIES,
    ),
    markets: list(
      { title: 'Markets', description: 'Countries where the content is aimed or promoted; they decide which disclosure rules apply.', examples: [['US', 'CA']] },
      { $ref: '#/definitions/country' },
      { minItems: 1, uniqueItems: true },
    ),
    languages: list({ title: 'Languages', description: 'Languages the content is produced in.', examples: [['en-US']] }, { $ref: '#/definitions/language' }, { minItems: 1, uniqueItems: true }),
    currency: ref('currency', { title: 'Currency', description: 'The currency in which fees and budgets are agreed.', examples: ['USD'] }),
    timezone: ref('timeZone', { title: 'Time zone', description: "The campaign's home time zone, used where a party has none of its own.", examples: ['America/New_York'] }),
    budget: money('Budget', 'The most the campaign may spend in all: creator fees, bonus caps, paid media, usage-rights and exclusivity fees. Rule costs-add-up checks the plan against it.', {
      amount: 96000,
      currency: 'USD',
    }),
    window: obj(
      {
        title: 'Campaign window',
        description: 'The first and last day on which campaign content may go live.',
        examples: [{ start: '2027-03-01', end: '2027-04-30' }],
      },
      {
        start: ref('date', { title: 'Start', description: 'The first day of the campaign.', examples: ['2027-03-01'] }),
        end: ref('date', { title: 'End', description: 'The last day of the campaign.', examples: ['2027-04-30'] }),
      },
      ['start', 'end'],
    ),
    owner: partyRef('Campaign owner', 'The one person who owns the campaign end to end and breaks ties', 'ines-alvarez'),
    internal_notes: str(
      {
        title: 'Internal notes',
        description: 'Notes for the brand and agency only; never shown in creator-facing documents.',
        examples: ['Budget approved by CMO on 2027-01-10.'],
      },
      { 'x-audience': 'internal' },
    ),
  },
  ['id', 'name', 'brand', 'product', 'category', 'markets', 'languages', 'currency', 'timezone', 'window', 'owner'],
);

const audience = obj(
  {
    title: 'Audience',
    description: 'Audience facts for a creator, with their source and date; regulated categories depend on them.',
    examples: [{ followers: 182000, age_pct: { '13-17': 6, '18-24': 41 }, as_of: '2027-01-15', source: 'platform_insights' }],
  },
  {
    followers: int({ title: 'Followers', description: 'Followers on the main platform.', examples: [182000] }, { minimum: 0 }),
    geo_pct: freeMap({ title: 'Audience by country', description: 'Share of the audience per country, in percent.', examples: [{ US: 62, CA: 11 }] }, '^[A-Z]{2}$', { $ref: '#/definitions/percent' }),
    age_pct: freeMap({ title: 'Audience by age band', description: 'Share of the audience per age band, in percent.', examples: [{ '13-17': 6, '18-24': 41 }] }, '^\\d{2}(-\\d{2}|\\+)$', {
      $ref: '#/definitions/percent',
    }),
    as_of: ref('date', { title: 'As of', description: 'When these audience figures were taken.', examples: ['2027-01-15'] }),
    source: oneOfEnum({ title: 'Source', description: 'Where the audience figures come from.', examples: ['platform_insights'] }, ['platform_insights', 'third_party_tool', 'self_reported']),
  },
  ['as_of', 'source'],
);

const party = obj(
  {
    title: 'Party',
    description: 'A person who takes part in the campaign, with their organisation, role, time zone and authority.',
    examples: [{ id: 'maya-chen', role: 'creator', organisation: 'Maya Makes', name: 'Maya Chen', timezone: 'America/Los_Angeles' }],
  },
  {
    id: idField('party', 'maya-chen'),
    role: oneOfEnum({ title: 'Role', description: 'What this party does in the campaign.', examples: ['creator'] }, V.ROLES),
    organisation: str({ title: 'Organisation', description: 'The company or team the person works for.', examples: ['Nova Audio Inc.'] }),
    name: str({ title: 'Name', description: "The person's full name.", examples: ['Maya Chen'] }),
    title: str({ title: 'Job title', description: "The person's job title.", examples: ['Head of Influencer Marketing'] }),
    contact: obj(
      { title: 'Contact', description: 'How to reach the person.', examples: [{ email: 'maya@example.com' }] },
      {
        email: ref('email', { title: 'Email', description: 'The email address for routine messages.', examples: ['maya@example.com'] }),
        phone: str({ title: 'Phone', description: 'A phone number in international format for urgent matters.', examples: ['+1 415 555 0134'] }, { pattern: '^\\+[0-9 ()-]{6,20}$' }),
        handle: str({ title: 'Chat handle', description: "The person's handle on the agreed chat channel.", examples: ['@maya (Slack Connect)'] }),
      },
      ['email'],
    ),
    timezone: ref('timeZone', { title: 'Time zone', description: 'The time zone the person works in; deadlines for them are shown in it.', examples: ['America/Los_Angeles'] }),
    language: ref('language', {
      title: 'Language',
      description: "The language the person reads documents in; a creator's brief is written in it (en, fr, fr-CA, de, es; other languages get English).",
      examples: ['fr-CA'],
    }),
    working_hours: obj(
      {
        title: 'Working hours',
        description:
          'The days and hours the person works, on their own clock. A business review window of theirs counts only these hours: 8 business hours from Thursday 17:00 in a Monday-Friday 09:00-17:00 week end on Friday at 17:00. Without it, they work Monday to Friday, 09:00-17:00 (in an alignkit/v1 spec: every hour of Monday to Friday, so 48 business hours are two working days).',
        examples: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' }],
      },
      {
        days: list(
          { title: 'Days', description: 'The days of the week they work.', examples: [['monday', 'tuesday', 'wednesday', 'thursday', 'friday']] },
          { type: 'string', enum: [...V.WEEKDAYS] },
          { minItems: 1, uniqueItems: true },
        ),
        start: ref('timeOfDay', { title: 'Start', description: 'When their working day starts.', examples: ['09:00'] }),
        end: ref('endOfDay', { title: 'End', description: 'When their working day ends (24:00: at midnight).', examples: ['17:00'] }),
      },
      ['days', 'start', 'end'],
    ),
    country: ref('country', {
      title: 'Country',
      description:
        'Where the person or their business is established. For a creator it decides which law caps the payment terms (payment-terms-within-law); without it, the country of their public holidays or time zone is read.',
      examples: ['DE'],
    }),
    holidays: str(
      {
        title: 'Public holidays',
        description:
          'Whose public holidays the person has off: a country code, or a country and region (US, GB, DE-BE, CA-QC). Their business review windows skip those days (calendars from the date-holidays library).',
        examples: ['US'],
      },
      { pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' },
    ),
    authority: list(
      { title: 'Authority', description: 'What this party may decide on behalf of their organisation.', examples: [['approve_content', 'sign_contract']] },
      { type: 'string', enum: [...V.AUTHORITIES] },
      { uniqueItems: true },
    ),
    backup: partyRef('Backup', 'Who acts for this party when they are away', 'leo-park'),
    handles: freeMap({ title: 'Handles', description: "The creator's account handle per platform.", examples: [{ tiktok: '@mayamakes' }] }, '^[a-z]+$', { type: 'string', minLength: 1 }),
    age: int({ title: 'Age', description: "The creator's age in years; needed for age-restricted categories.", examples: [27] }, { minimum: 0, maximum: 120 }),
    audience,
  },
  ['id', 'role', 'organisation', 'name', 'contact', 'timezone', 'authority'],
);

const objective = obj(
  {
    title: 'Objective',
    description: 'What the campaign is for, and the KPIs that show it worked.',
    examples: [{ id: 'launch-awareness', primary: true, type: 'awareness', statement: 'Make Nova Buds Pro known to US Gen Z commuters.', kpis: ['views-total'] }],
  },
  {
    id: idField('objective', 'launch-awareness'),
    primary: bool({ title: 'Primary', description: 'Whether this is the one primary objective; exactly one objective is primary.', examples: [true] }),
    type: oneOfEnum({ title: 'Type', description: 'The kind of objective.', examples: ['awareness'] }, V.OBJECTIVE_TYPES),
    statement: text('Statement', 'The objective in one sentence, with audience and market.', 'Make Nova Buds Pro known to US Gen Z commuters.'),
    kpis: ref('idList', { title: 'KPIs', description: 'The KPIs that measure this objective (KPI ids).', examples: [['views-total']] }, { minItems: 1 }),
    failure_looks_like: text('What failure looks like', 'What the parties would call failure, agreed at kickoff.', 'Fewer than 1M views by 2027-03-31.'),
  },
  ['id', 'primary', 'type', 'statement', 'kpis'],
);

const claim = obj(
  {
    title: 'Claim',
    description: 'A factual product claim, with what substantiates it and who approved it.',
    examples: [{ id: 'battery-40h', text: '40 hours of battery life with the case', substantiation: 'Lab test report NA-2027-014', approved_by: 'dana-legal', markets: ['US'] }],
  },
  {
    id: idField('claim', 'battery-40h'),
    text: text('Claim', 'The claim exactly as the creator may say it.', '40 hours of battery life with the case'),
    substantiation: text('Substantiation', 'The evidence that backs the claim (test, study, certificate).', 'Lab test report NA-2027-014'),
    approved_by: partyRef('Approved by', 'Who approved the claim for use', 'dana-legal'),
    markets: list({ title: 'Markets', description: 'Markets in which the claim may be made.', examples: [['US']] }, { $ref: '#/definitions/country' }, { uniqueItems: true }),
  },
  ['id', 'text', 'substantiation', 'approved_by'],
);

const mandatory = obj(
  {
    title: 'Mandatory element',
    description: 'Something every listed deliverable must contain.',
    examples: [{ type: 'product_on_screen_by_s', value: '3', applies_to: ['tiktok-1'] }],
  },
  {
    type: oneOfEnum({ title: 'Type', description: 'The kind of element.', examples: ['product_on_screen_by_s'] }, V.MANDATORY_TYPES),
    value: str({ title: 'Value', description: 'The exact value: seconds, wording, link, code or hashtag.', examples: ['3', '#NovaBudsPro'] }),
    applies_to: ref('idList', { title: 'Applies to', description: 'The deliverables that must contain it (deliverable ids).', examples: [['tiktok-1']] }, { minItems: 1 }),
  },
  ['type', 'value', 'applies_to'],
);

const messaging = obj(
  {
    title: 'Messaging',
    description: "What the content says: key messages, claims, mandatory elements, dos and don'ts.",
    examples: [{ key_messages: ['40-hour battery'], dos: ['Show the case'], donts: ['Mention competitors'] }],
  },
  {
    key_messages: texts('Key messages', 'The messages the audience should remember; three at most.', ['40 hours of battery with the case']),
    claims: list({ title: 'Claims', description: 'Factual claims the creators may make, each substantiated.', examples: [[]] }, claim),
    mandatory: list({ title: 'Mandatory elements', description: 'Elements each deliverable must contain.', examples: [[]] }, mandatory),
    dos: texts('Dos', 'What creators should do.', ['Show the case opening on camera']),
    donts: texts("Don'ts", 'What creators must not do.', ['Mention or show competitor products']),
    references: list({ title: 'References', description: 'Links to brand guides, mood boards or reference posts.', examples: [['https://example.com/brand-guide']] }, { $ref: '#/definitions/url' }),
  },
  ['key_messages', 'dos', 'donts'],
);

const creativeAutonomy = obj(
  {
    title: 'Creative autonomy',
    description: 'Who decides what about the content: the creator alone, the brand, or both together.',
    examples: [{ latitude: 'talking_points', creator_decides: ['Setting'], brand_approves: ['Claims'], decided_together: ['Posting date'] }],
  },
  {
    latitude: oneOfEnum({ title: 'Latitude', description: 'How much of the content is scripted by the brand.', examples: ['talking_points'] }, V.CREATIVE_LATITUDE),
    creator_decides: texts('The creator decides', 'What the creator decides alone.', ['Setting, music, tone and edit']),
    brand_approves: texts('The brand approves', 'What the brand must approve before posting.', ['Every product claim']),
    decided_together: texts('Decided together', 'What both sides agree on together.', ['Posting date and time']),
  },
  ['latitude', 'creator_decides', 'brand_approves', 'decided_together'],
);

const deliverable = obj(
  {
    title: 'Deliverable',
    description: 'One piece of content (or a batch of identical pieces) with exact specs and dates.',
    examples: [{ id: 'tiktok-1', creator: 'maya-chen', platform: 'tiktok', format: 'short_video', count: 1 }],
  },
  {
    id: idField('deliverable', 'tiktok-1'),
    creator: partyRef('Creator', 'The creator who makes and posts it', 'maya-chen'),
    co_creators: partyRefs(
      'Co-creators',
      'Other creators who appear in it: the panel of a live event, the guest of a podcast episode. Each is briefed on it, bound by its dates and checked like its creator (age, time zone)',
      ['jon-reyes', 'priya-nair'],
    ),
    platform: oneOfEnum({ title: 'Platform', description: 'Where it is posted.', examples: ['tiktok'] }, V.PLATFORMS),
    format: oneOfEnum({ title: 'Format', description: 'The content format on that platform.', examples: ['short_video'] }, V.FORMATS),
    count: int({ title: 'Count', description: 'How many pieces of this kind.', examples: [3] }, { minimum: 1 }),
    duration_s: obj(
      { title: 'Duration', description: 'The allowed length in seconds.', examples: [{ min: 15, max: 30 }] },
      {
        min: int({ title: 'Minimum', description: 'The shortest allowed length in seconds.', examples: [15] }, { minimum: 0 }),
        max: int({ title: 'Maximum', description: 'The longest allowed length in seconds.', examples: [30] }, { minimum: 1 }),
      },
      ['min', 'max'],
    ),
    story_frames: int({ title: 'Story frames', description: 'How many frames a story has.', examples: [3] }, { minimum: 1 }),
    aspect: oneOfEnum({ title: 'Aspect ratio', description: 'The aspect ratio, or audio/text for formats without a picture.', examples: ['9:16'] }, V.ASPECTS),
    language: ref('language', { title: 'Language', description: 'The language of the content.', examples: ['en-US'] }),
    markets: list(
      { title: 'Markets', description: "Markets this deliverable targets, if fewer than the campaign's.", examples: [['US']] },
      { $ref: '#/definitions/country' },
      { minItems: 1, uniqueItems: true },
    ),
    brief_notes: text('Brief notes', 'Anything specific to this deliverable.', 'Open on the subway platform; product on screen by 0:03.'),
    draft_due: ref('zonedDateTime', {
      title: 'Draft due',
      description: 'When the creator delivers the first draft for review.',
      examples: ['2027-03-04T17:00 America/New_York'],
    }),
    go_live: obj(
      {
        title: 'Go-live',
        description: 'When it is published: an exact time (`at`) or a window (`window_start` to `window_end`).',
        examples: [{ at: '2027-03-12T18:00 America/New_York' }],
      },
      {
        at: ref('zonedDateTime', { title: 'At', description: 'The exact publishing time.', examples: ['2027-03-12T18:00 America/New_York'] }),
        window_start: ref('zonedDateTime', { title: 'Window start', description: 'The earliest publishing time.', examples: ['2027-03-12T09:00 America/New_York'] }),
        window_end: ref('zonedDateTime', { title: 'Window end', description: 'The latest publishing time.', examples: ['2027-03-14T21:00 America/New_York'] }),
      },
      [],
      {
        oneOf: [requires('at'), requires('window_start', 'window_end')],
        'x-one-of': 'either `at`, or both `window_start` and `window_end`',
      },
    ),
    recurrence: obj(
      {
        title: 'Recurrence',
        description:
          "For content made again every week or month (an ambassador's monthly post): how often and how many times. `draft_due` and `go_live` give the first occurrence; each later one keeps their wall-clock times and the draft's lead time before go-live, on the day `day` names. `count` is the total over all occurrences. Every schedule rule, brief and calendar sees each occurrence.",
        examples: [{ frequency: 'monthly', occurrences: 6, day: 'second_thursday' }],
      },
      {
        frequency: oneOfEnum({ title: 'Frequency', description: 'Weekly or monthly.', examples: ['monthly'] }, V.RECURRENCE_FREQUENCIES),
        interval: int({ title: 'Interval', description: 'Every how many weeks or months (2: every other month). Default 1.', examples: [2] }, { maximum: 12, minimum: 1 }),
        occurrences: int({ title: 'Occurrences', description: 'How many times, the first included.', examples: [6] }, { maximum: 60, minimum: 2 }),
        day: str(
          {
            title: 'Day',
            description:
              "For a monthly recurrence, the day of the month each occurrence goes live: `first_business_day` or `last_business_day` (Monday to Friday), `second_thursday` (`first` to `fourth`, or `last`, with a weekday), or `day_15` (1 to 28). Without it, the first go-live's day of the month (or the month's last day when shorter).",
            examples: ['first_business_day'],
          },
          { pattern: '^(?:(?:first|last)_business_day|(?:first|second|third|fourth|last)_(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|day_(?:[1-9]|1[0-9]|2[0-8]))$' },
        ),
      },
      ['frequency', 'occurrences'],
    ),
    min_live_days: int({ title: 'Minimum live days', description: 'How many days the content must stay up.', examples: [90] }, { maximum: MAX_DAYS, minimum: 1 }),
    highlight_days: int({ title: 'Highlight days', description: 'How many days a story stays pinned as a highlight.', examples: [30] }, { maximum: MAX_DAYS, minimum: 0 }),
    disclosure: obj(
      {
        title: 'Disclosure',
        description: 'How the paid relationship is disclosed: labels and where they appear.',
        examples: [{ labels: ['#ad'], placements: ['caption_first_line', 'on_screen', 'platform_tool'] }],
      },
      {
        labels: list({ title: 'Labels', description: 'The exact disclosure words used.', examples: [['#ad', 'Paid partnership']] }, { type: 'string', minLength: 1 }, { minItems: 1 }),
        placements: list(
          { title: 'Placements', description: 'Where the label appears.', examples: [['caption_first_line', 'on_screen', 'platform_tool']] },
          { type: 'string', enum: [...V.DISCLOSURE_PLACEMENTS] },
          { minItems: 1, uniqueItems: true },
        ),
        on_screen_min_s: int({ title: 'On screen for', description: 'How many seconds an on-screen label stays visible.', examples: [3] }, { minimum: 1 }),
        repeat_every_min: int({ title: 'Repeat every', description: 'For live streams: how often, in minutes, the disclosure is repeated.', examples: [15] }, { maximum: MAX_HOURS, minimum: 1 }),
      },
      ['labels', 'placements'],
    ),
    tracking: obj(
      { title: 'Tracking', description: 'How conversions from this deliverable are tracked.', examples: [{ promo_code: 'MAYA15' }] },
      {
        utm: str({ title: 'UTM link', description: 'The tracked link, with UTM parameters.', examples: ['https://nova.example/buds?utm_source=tiktok&utm_campaign=launch'] }),
        promo_code: str({ title: 'Promo code', description: "The creator's discount code.", examples: ['MAYA15'] }),
        affiliate_url: ref('url', { title: 'Affiliate link', description: "The creator's affiliate link.", examples: ['https://aff.example/maya'] }),
      },
    ),
  },
  ['id', 'creator', 'platform', 'format', 'count', 'language', 'draft_due', 'go_live', 'min_live_days', 'disclosure'],
);

const approvalStage = obj(
  {
    title: 'Approval stage',
    description: 'One review step: who reviews, and within how long.',
    examples: [{ name: 'Brand review', approver: 'ines-alvarez', review_window: { hours: 48, basis: 'business' }, timezone: 'America/New_York' }],
  },
  {
    name: str({ title: 'Name', description: 'What this stage is called.', examples: ['Brand review'] }),
    approver: partyRef('Approver', 'Who approves at this stage', 'ines-alvarez'),
    review_window: obj(
      { title: 'Review window', description: 'How long the approver has to answer.', examples: [{ hours: 48, basis: 'business' }] },
      {
        hours: hours('Hours', 'The review window in hours.', 48),
        basis: oneOfEnum(
          {
            title: 'Basis',
            description:
              "Whether the hours are counted on the calendar or in business hours: the approver's working_hours if their party states them, else Monday to Friday 09:00-17:00 (in an alignkit/v1 spec: every hour of Monday to Friday), in the approver's time zone, skipping the public holidays their party names.",
            examples: ['business'],
          },
          V.REVIEW_BASES,
        ),
      },
      ['hours', 'basis'],
    ),
    timezone: ref('timeZone', { title: 'Time zone', description: "The approver's time zone, in which the window is counted.", examples: ['America/New_York'] }),
    parallel_with_previous: bool({
      title: 'Parallel with the previous stage',
      description: 'This stage reviews at the same time as the stage before it (legal and brand in parallel); both start together and the pass goes on when the slower one ends.',
      examples: [true],
    }),
    minutes_per_draft: int(
      {
        title: 'Minutes per draft',
        description: 'How long one draft takes the approver to review, in minutes. With it, rule approver-workload checks that the drafts landing in one window fit in the working hours it has.',
        examples: [45],
      },
      { minimum: 1, maximum: 1440 },
    ),
  },
  ['name', 'approver', 'review_window', 'timezone'],
);

const approvals = obj(
  {
    title: 'Approvals',
    description: 'The approval path: ordered review stages, revision rounds and what happens when a review is late.',
    examples: [{ revision_rounds: 2, creator_turnaround_h: 48, on_missed_review: 'escalate' }],
  },
  {
    stages: list({ title: 'Stages', description: 'Review stages, in order.', examples: [[]] }, approvalStage, { minItems: 1 }),
    revision_rounds: int({ title: 'Revision rounds', description: 'How many rounds of revisions are included in the fee.', examples: [2] }, { minimum: 0, maximum: 10 }),
    creator_turnaround_h: hours('Creator turnaround', 'Hours the creator has to deliver each revision.', 48),
    extra_round_fee: money('Extra round fee', 'What each revision round beyond the included ones costs.', { amount: 500, currency: 'USD' }),
    re_review_window: obj(
      {
        title: 'Re-review window',
        description: 'How long a revised draft takes to check, when it is shorter than the first review: each revision round is re-reviewed in it by the stage whose window lasts longest.',
        examples: [{ hours: 24, basis: 'business' }],
      },
      {
        hours: hours('Hours', 'The re-review window in hours.', 24),
        basis: oneOfEnum({ title: 'Basis', description: 'Calendar or business hours, as for the review windows.', examples: ['business'] }, V.REVIEW_BASES),
      },
      ['hours', 'basis'],
    ),
    on_missed_review: oneOfEnum({ title: 'When a review is late', description: 'What happens when an approver misses the review window.', examples: ['escalate'] }, V.MISSED_REVIEW_OUTCOMES),
  },
  ['stages', 'revision_rounds', 'creator_turnaround_h', 'on_missed_review'],
);

const milestone = obj(
  {
    title: 'Milestone',
    description: 'A dated checkpoint with an owner.',
    examples: [{ id: 'contracts-signed', name: 'All contracts signed', at: '2027-02-20T17:00 America/New_York', owner: 'ines-alvarez' }],
  },
  {
    id: idField('milestone', 'contracts-signed'),
    name: str({ title: 'Name', description: 'What is reached at this milestone.', examples: ['All contracts signed'] }),
    at: ref('zonedDateTime', { title: 'At', description: 'When the milestone is due.', examples: ['2027-02-20T17:00 America/New_York'] }),
    owner: partyRef('Owner', 'Who makes sure it happens', 'ines-alvarez'),
    depends_on: ref('idList', { title: 'Depends on', description: 'Milestones that must be reached first (milestone ids).', examples: [['brief-approved']] }),
    kind: oneOfEnum(
      {
        title: 'Kind',
        description:
          'What the milestone marks, for the rules that check it against the plan: product_delivered (the product in the creators\' hands, before their drafts), all_drafts_in (after the last draft is due), all_content_approved (after the last possible approval), or other (none of these). Without it, alignkit reads an English name ("Product delivered to every creator", "All content approved"); a name in another language needs it.',
        examples: ['product_delivered'],
      },
      V.MILESTONE_KINDS,
    ),
  },
  ['id', 'name', 'at', 'owner'],
);

const raciEntry = obj(
  {
    title: 'RACI entry',
    description: 'For one activity: who does it, who is accountable, who is consulted and who is informed.',
    examples: [{ activity: 'content_review', responsible: ['leo-park'], accountable: 'ines-alvarez', consulted: ['dana-legal'], informed: ['maya-chen'] }],
  },
  {
    activity: oneOfEnum({ title: 'Activity', description: 'The activity.', examples: ['content_review'] }, V.RACI_ACTIVITIES),
    responsible: partyRefs('Responsible', 'Who does the work', ['leo-park']),
    accountable: partyRef('Accountable', 'The one party who answers for the outcome', 'ines-alvarez'),
    consulted: partyRefs('Consulted', 'Who is asked before decisions', ['dana-legal']),
    informed: partyRefs('Informed', 'Who is told afterwards', ['maya-chen']),
  },
  ['activity', 'responsible', 'accountable'],
);

const kpi = obj(
  {
    title: 'KPI',
    description: 'A measurable target with its definition, baseline, data source, window and owner.',
    examples: [{ id: 'views-total', metric: 'views', target: 2000000, unit: 'count' }],
  },
  {
    id: idField('KPI', 'views-total'),
    name: str({ title: 'Name', description: 'A readable name for the KPI.', examples: ['Total video views'] }),
    metric: oneOfEnum({ title: 'Metric', description: 'The metric, from the alignkit glossary (see docs/spec.md).', examples: ['views'] }, V.METRICS),
    basis: oneOfEnum({ title: 'Basis', description: 'For engagement rate: what engagements are divided by. The same KPI can differ fivefold between bases.', examples: ['views'] }, V.ENGAGEMENT_BASES),
    cost_basis: list(
      {
        title: 'Cost basis',
        description: 'For a cost-per-result KPI (CPA, CPL, CPM, CPV, CPE, CPC): which costs it divides, in the plan (rule costs-add-up) and at the wrap. Without it: every cost.',
        examples: [['creator_fees', 'paid_media']],
      },
      { type: 'string', enum: [...V.PLANNED_COST_ITEMS] },
      { minItems: 1, uniqueItems: true },
    ),
    definition: text('Definition', 'How the number is computed, in words, where the glossary leaves room.', 'Likes + comments + shares + saves divided by views, times 100.'),
    target: num({ title: 'Target', description: 'The number that counts as success.', examples: [2000000] }),
    unit: oneOfEnum({ title: 'Unit', description: 'The unit of the target.', examples: ['count'] }, V.UNITS),
    baseline: obj(
      { title: 'Baseline', description: 'What the number was before, and where that figure comes from.', examples: [{ value: 850000, source: 'Autumn 2026 campaign report' }] },
      {
        value: num({ title: 'Value', description: 'The baseline figure.', examples: [850000] }),
        source: text('Source', 'Where the baseline comes from.', 'Autumn 2026 campaign report'),
      },
      ['value', 'source'],
    ),
    data_source: oneOfEnum({ title: 'Data source', description: 'Where the actual numbers are read.', examples: ['platform_insights'] }, V.DATA_SOURCES),
    window: obj(
      {
        title: 'Measurement window',
        description: 'When the KPI is measured: fixed dates (`start`, `end`) or a number of days after each post (`days_after_post`).',
        examples: [{ days_after_post: 30 }],
      },
      {
        start: ref('date', { title: 'Start', description: 'The first day counted.', examples: ['2027-03-10'] }),
        end: ref('date', { title: 'End', description: 'The last day counted.', examples: ['2027-04-30'] }),
        days_after_post: int({ title: 'Days after post', description: 'How many days after each post are counted.', examples: [30] }, { maximum: MAX_DAYS, minimum: 1 }),
      },
      [],
      {
        oneOf: [requires('start', 'end'), requires('days_after_post')],
        'x-one-of': 'either both `start` and `end`, or `days_after_post`',
      },
    ),
    attribution: obj(
      { title: 'Attribution', description: 'How conversions are credited to the content.', examples: [{ model: 'promo_code', window_days: 14 }] },
      {
        model: oneOfEnum({ title: 'Model', description: 'The attribution model.', examples: ['promo_code'] }, V.ATTRIBUTION_MODELS),
        window_days: int({ title: 'Window', description: 'Days after exposure in which a conversion counts.', examples: [14] }, { maximum: MAX_DAYS, minimum: 1 }),
      },
      ['model', 'window_days'],
    ),
    owner: partyRef('Owner', 'Who reports this KPI', 'leo-park'),
    reporting_cadence: oneOfEnum({ title: 'Reporting cadence', description: 'How often the KPI is reported.', examples: ['weekly'] }, V.REPORTING_CADENCES),
  },
  ['id', 'metric', 'target', 'unit', 'data_source', 'window', 'owner', 'reporting_cadence'],
);

const paymentStep = obj(
  {
    title: 'Payment step',
    description: 'One instalment: its share of the fee, what triggers it, and the payment terms.',
    examples: [{ pct: 50, trigger: 'signature', net_days: 30 }],
  },
  {
    pct: ref('percent', { title: 'Share', description: 'The share of the fee paid in this instalment, in percent.', examples: [50] }),
    trigger: oneOfEnum({ title: 'Trigger', description: 'What makes the instalment due.', examples: ['signature'] }, V.PAYMENT_TRIGGERS),
    net_days: int({ title: 'Net days', description: 'Days after the trigger (and invoice) within which it is paid.', examples: [30] }, { maximum: MAX_DAYS, minimum: 0 }),
  },
  ['pct', 'trigger', 'net_days'],
);

const bonus = obj(
  {
    title: 'Bonus',
    description: 'A performance bonus tied to a KPI.',
    examples: [{ kpi: 'sales-code', threshold: 500, amount: { amount: 1000, currency: 'USD' }, cap: { amount: 3000, currency: 'USD' } }],
  },
  {
    kpi: ref('id', { title: 'KPI', description: 'The KPI the bonus is measured on (a KPI id).', examples: ['sales-code'] }),
    threshold: num({ title: 'Threshold', description: 'The KPI value from which the bonus is paid.', examples: [500] }),
    amount: money('Amount', 'The bonus paid when the threshold is reached.', { amount: 1000, currency: 'USD' }),
    cap: money('Cap', 'The most the bonus can pay in total.', { amount: 3000, currency: 'USD' }),
    scope: oneOfEnum(
      {
        title: 'Scope',
        description:
          "What the threshold is measured on: the creator's total over the KPI window (creator_total), each post on its own (per_post, paid once per post that reaches it, up to the cap), or the average per post (post_average).",
        examples: ['per_post'],
      },
      V.BONUS_SCOPES,
    ),
    definition: text(
      'Definition',
      "How the bonus's number is read, when the contract writes it out. It must measure what the KPI measures: a bonus on engagement by followers for a KPI by views is a second KPI.",
      'Engagement rate by views as in KPI er-views, averaged over both videos',
    ),
  },
  ['kpi', 'threshold', 'amount', 'cap'],
);

const compensationEntry = obj(
  {
    title: 'Compensation',
    description: 'What one creator is paid, when and on what terms.',
    examples: [{ creator: 'maya-chen', model: 'flat_fee', amount: { amount: 12000, currency: 'USD' } }],
  },
  {
    creator: partyRef('Creator', 'The creator being paid', 'maya-chen'),
    model: oneOfEnum({ title: 'Model', description: 'How the creator is paid.', examples: ['flat_fee'] }, V.COMPENSATION_MODELS),
    amount: money('Fee', 'The base fee.', { amount: 12000, currency: 'USD' }),
    schedule: list({ title: 'Payment schedule', description: 'Instalments; their shares add up to 100 %.', examples: [[{ pct: 50, trigger: 'signature', net_days: 30 }]] }, paymentStep, {
      minItems: 1,
    }),
    bonuses: list({ title: 'Bonuses', description: 'Performance bonuses.', examples: [[]] }, bonus),
    affiliate: obj(
      { title: 'Affiliate terms', description: "Commission on sales through the creator's link or code.", examples: [{ rate_pct: 10, cookie_days: 30 }] },
      {
        rate_pct: ref('percent', { title: 'Rate', description: 'Commission in percent of attributed revenue.', examples: [10] }),
        cookie_days: int({ title: 'Cookie days', description: 'How long after a click a sale still counts.', examples: [30] }, { maximum: MAX_DAYS, minimum: 1 }),
      },
      ['rate_pct', 'cookie_days'],
    ),
    kill_fee: obj(
      { title: 'Kill fee', description: 'What is paid if the brand cancels, before and after production starts.', examples: [{ before_production_pct: 25, after_production_pct: 100 }] },
      {
        before_production_pct: ref('percent', { title: 'Before production', description: 'Share of the fee paid on cancellation before production starts.', examples: [25] }),
        after_production_pct: ref('percent', { title: 'After production', description: 'Share of the fee paid on cancellation after production starts.', examples: [100] }),
        paid_counts: bool({
          title: 'Payments made count',
          description:
            'Whether payments already made count towards the kill fee: true, the kill fee is what the creator keeps in all (a deposit counts towards it); false, it is paid on top of them. Needed whenever something is paid before production starts, because a 50 % deposit and a 25 % kill fee read both ways.',
          examples: [true],
        }),
        production_starts: oneOfEnum(
          {
            title: 'Production starts',
            description: 'What counts as the start of production, where the kill fee changes: signature, the product received, the brief signed off, filming started, or the first draft submitted.',
            examples: ['product_received'],
          },
          V.PRODUCTION_STARTS,
        ),
      },
      ['before_production_pct', 'after_production_pct'],
    ),
  },
  ['creator', 'model', 'amount', 'schedule', 'kill_fee'],
  { 'x-audience': 'party', 'x-party-field': 'creator' },
);

const usageRights = obj(
  {
    title: 'Usage rights',
    description: 'What the brand may do with the content: organic reposts, paid use, edits and AI alteration.',
    examples: [{ edits: 'cutdowns_captions', ai_alteration: false, perpetual: false }],
  },
  {
    organic: obj(
      { title: 'Organic reposting', description: "Reposting on the brand's own channels without paid promotion.", examples: [{ channels: ['instagram', 'tiktok'], days: 180 }] },
      {
        channels: list(
          { title: 'Channels', description: 'Brand channels where the content may be reposted.', examples: [['instagram', 'tiktok']] },
          { type: 'string', enum: [...V.PLATFORMS] },
          { uniqueItems: true },
        ),
        days: int({ title: 'Days', description: 'How long reposting is allowed, in days from go-live.', examples: [180] }, { maximum: MAX_DAYS, minimum: 1 }),
        months: int(
          {
            title: 'Months',
            description: 'How long reposting is allowed, in calendar months from go-live, as contracts say it: 12 months from 9 March run to 8 March of the next year.',
            examples: [12],
          },
          { maximum: 1200, minimum: 1 },
        ),
      },
      ['channels'],
      { oneOf: [requires('days'), requires('months')], 'x-one-of': 'either `days` or `months`' },
    ),
    paid: obj(
      {
        title: 'Paid usage',
        description: 'Paid promotion of the content: which ad mechanisms, for how long and where.',
        examples: [{ mechanisms: ['spark_ads'], days: 60, start: 'go_live', territories: ['US'] }],
      },
      {
        mechanisms: list(
          { title: 'Mechanisms', description: 'Ad mechanisms the brand may use.', examples: [['spark_ads', 'partnership_ads']] },
          { type: 'string', enum: [...V.PAID_MECHANISMS] },
          { minItems: 1, uniqueItems: true },
        ),
        days: int({ title: 'Days', description: 'How many days of paid use are granted.', examples: [60] }, { maximum: MAX_DAYS, minimum: 1 }),
        start: oneOfEnum({ title: 'Counted from', description: 'When the paid days start counting.', examples: ['go_live'] }, V.PAID_RIGHTS_START),
        territories: list({ title: 'Territories', description: 'Countries where the ads may run.', examples: [['US', 'CA']] }, { $ref: '#/definitions/country' }, { minItems: 1, uniqueItems: true }),
        spend_cap: money('Spend cap', 'The most the brand may spend on ads with this content.', { amount: 20000, currency: 'USD' }),
        fee: money('Fee', 'What the creator is paid for paid usage.', { amount: 3000, currency: 'USD' }),
      },
      ['mechanisms', 'days', 'start', 'territories'],
    ),
    edits: oneOfEnum({ title: 'Edits', description: 'How far the brand may edit the content.', examples: ['cutdowns_captions'] }, V.EDIT_RIGHTS),
    ai_alteration: bool({ title: 'AI alteration', description: "Whether the brand may alter the content or the creator's likeness with AI.", examples: [false] }),
    perpetual: bool({ title: 'Perpetual', description: 'Whether any right is granted forever.', examples: [false] }),
    renewal_fee: money('Renewal fee', 'What extending the rights costs.', { amount: 2000, currency: 'USD' }),
  },
  ['edits', 'ai_alteration', 'perpetual'],
);

const paidPlanEntry = obj(
  {
    title: 'Paid media flight',
    description: 'Planned paid promotion of deliverables; it must stay within the granted usage rights.',
    examples: [{ id: 'spark-flight-1', deliverables: ['tiktok-1'], mechanism: 'spark_ads', start: '2027-03-13', end: '2027-04-11', territories: ['US'] }],
  },
  {
    id: idField('paid flight', 'spark-flight-1'),
    deliverables: ref('idList', { title: 'Deliverables', description: 'The deliverables promoted (deliverable ids).', examples: [['tiktok-1']] }, { minItems: 1 }),
    mechanism: oneOfEnum({ title: 'Mechanism', description: 'The ad mechanism used.', examples: ['spark_ads'] }, V.PAID_MECHANISMS),
    start: ref('date', { title: 'Start', description: 'The first day of spend.', examples: ['2027-03-13'] }),
    end: ref('date', { title: 'End', description: 'The last day of spend.', examples: ['2027-04-11'] }),
    territories: list({ title: 'Territories', description: 'Countries targeted.', examples: [['US']] }, { $ref: '#/definitions/country' }, { minItems: 1, uniqueItems: true }),
    budget: money('Budget', 'The media budget of the flight.', { amount: 15000, currency: 'USD' }),
  },
  ['id', 'deliverables', 'mechanism', 'start', 'end', 'territories'],
  { 'x-audience': 'internal' },
);

const exclusivityEntry = obj(
  {
    title: 'Exclusivity',
    description: 'What a creator may not promote, where and for how long, and what that is paid.',
    examples: [{ creators: ['maya-chen'], categories: ['wireless earbuds'], from: '2027-03-01', to: '2027-04-30' }],
  },
  {
    creators: partyRefs('Creators', 'The creators bound by it'),
    categories: texts('Categories', 'Product categories they may not promote.', ['wireless earbuds', 'headphones']),
    competitors: texts('Competitors', 'Named competitor brands they may not promote.', ['Sonix', 'AirWave']),
    platforms: list({ title: 'Platforms', description: 'Platforms the exclusivity covers.', examples: [['tiktok', 'instagram']] }, { type: 'string', enum: [...V.PLATFORMS] }, { uniqueItems: true }),
    from: ref('date', { title: 'From', description: 'The first day of exclusivity.', examples: ['2027-03-01'] }),
    to: ref('date', { title: 'To', description: 'The last day of exclusivity.', examples: ['2027-04-30'] }),
    fee: money('Fee', 'What the creator is paid for exclusivity.', { amount: 1500, currency: 'USD' }),
  },
  ['creators', 'from', 'to'],
);

const conduct = obj(
  {
    title: 'Conduct',
    description: 'Morality clause, brand-safety exclusions and how fast content comes down when asked.',
    examples: [{ morality: 'mutual', brand_safety_exclusions: ['politics'], takedown_sla_h: 24 }],
  },
  {
    morality: oneOfEnum({ title: 'Morality clause', description: 'Who the morality clause binds.', examples: ['mutual'] }, V.MORALITY_CLAUSES),
    brand_safety_exclusions: texts('Brand-safety exclusions', 'Topics and content that must not appear near the brand.', ['politics', 'gambling']),
    takedown_sla_h: hours('Takedown time', 'Hours within which the creator removes content when asked.', 24),
  },
  ['morality', 'takedown_sla_h'],
);

const termination = obj(
  {
    title: 'Termination',
    description: 'How either side can end the agreement and what happens to the content.',
    examples: [{ for_cause: ['Breach of disclosure duties'], content_on_termination: 'remains' }],
  },
  {
    for_cause: texts('For cause', 'Reasons that allow immediate termination.', ['Breach of disclosure duties']),
    for_convenience: obj(
      { title: 'For convenience', description: 'Ending without cause: notice and fee.', examples: [{ notice_days: 14, fee_pct: 50 }] },
      {
        notice_days: int({ title: 'Notice', description: 'Days of notice.', examples: [14] }, { maximum: MAX_DAYS, minimum: 0 }),
        fee_pct: ref('percent', { title: 'Fee', description: 'Share of the remaining fee paid.', examples: [50] }),
      },
      ['notice_days', 'fee_pct'],
    ),
    content_on_termination: oneOfEnum({ title: 'Content on termination', description: 'Whether published content stays up or comes down.', examples: ['remains'] }, V.CONTENT_ON_TERMINATION),
    remove_within_days: int({ title: 'Remove within', description: 'Days within which content comes down, when it must.', examples: [7] }, { maximum: MAX_DAYS, minimum: 0 }),
  },
  ['for_cause', 'content_on_termination'],
);

const compliance = obj(
  {
    title: 'Compliance',
    description: "Which jurisdictions' rules apply, and the rules of regulated categories.",
    examples: [{ jurisdictions: ['US'] }],
  },
  {
    jurisdictions: list(
      { title: 'Jurisdictions', description: 'Jurisdictions whose advertising rules apply.', examples: [['US', 'GB']] },
      { $ref: '#/definitions/country' },
      { minItems: 1, uniqueItems: true },
    ),
    regulated: obj(
      {
        title: 'Regulated-category rules',
        description: 'Extra rules for alcohol, financial promotion and other regulated categories.',
        examples: [{ min_talent_age: 25, max_audience_u18_pct: 25 }],
      },
      {
        min_talent_age: int({ title: 'Minimum talent age', description: 'The youngest age allowed for anyone in a significant role.', examples: [25] }, { minimum: 0 }),
        max_audience_u18_pct: ref('percent', { title: 'Maximum under-18 audience', description: "The largest share of under-18s allowed in a creator's audience.", examples: [25] }),
        min_audience_lpa_pct: ref('percent', { title: 'Minimum legal-age audience', description: 'The smallest share of the audience that must be of legal purchase age.', examples: [73.8] }),
        finprom_approver: partyRef('Financial promotion approver', 'The authorised person who approves financial promotions', 'kwame-compliance'),
        risk_warning: text('Risk warning', 'The risk warning wording that must appear.', 'Capital at risk.'),
        responsibility_message: text('Responsibility message', 'The responsible-drinking or gambling message that must appear.', 'Enjoy responsibly. drinkaware.co.uk'),
      },
    ),
  },
  ['jurisdictions'],
);

const risk = obj(
  {
    title: 'Risk',
    description: 'A pre-mortem risk: how it shows, who watches it, and the fallback.',
    examples: [{ id: 'creator-no-show', description: 'A creator cannot deliver', likelihood: 2, impact: 4, trigger: 'Draft 48 h late', owner: 'leo-park', mitigation: 'Swap in the backup creator' }],
  },
  {
    id: idField('risk', 'creator-no-show'),
    description: text('Description', 'What could go wrong.', 'A creator cannot deliver on time'),
    likelihood: int({ title: 'Likelihood', description: 'How likely, from 1 (rare) to 5 (almost certain).', examples: [2] }, { minimum: 1, maximum: 5 }),
    impact: int({ title: 'Impact', description: 'How bad, from 1 (minor) to 5 (severe).', examples: [4] }, { minimum: 1, maximum: 5 }),
    trigger: text('Trigger', 'The observable sign that the risk has happened.', 'Draft more than 48 h late'),
    owner: partyRef('Owner', 'Who watches for the trigger and acts', 'leo-park'),
    mitigation: text('Mitigation', 'What is done when it happens.', 'Swap in the backup creator and move go-live by one week'),
  },
  ['id', 'description', 'likelihood', 'impact', 'trigger', 'owner', 'mitigation'],
);

const severityLevel = obj(
  {
    title: 'Severity level',
    description: 'One row of the severity matrix: what it covers and how fast the parties respond.',
    examples: [{ level: 'sev1', definition: 'Legal or safety breach, trending scandal', acknowledge_within_min: 60, action_within_h: 2, escalate_to: ['ines-alvarez'] }],
  },
  {
    level: oneOfEnum({ title: 'Level', description: 'The severity level.', examples: ['sev1'] }, V.SEVERITY_LEVELS),
    definition: text('Definition', 'What incidents belong to this level.', 'Legal or safety breach, trending scandal'),
    acknowledge_within_min: int({ title: 'Acknowledge within', description: 'Minutes within which the incident is acknowledged.', examples: [60] }, { maximum: MAX_HOURS, minimum: 1 }),
    action_within_h: int({ title: 'Act within', description: 'Hours within which action is taken.', examples: [2] }, { maximum: MAX_HOURS, minimum: 1 }),
    escalate_to: partyRefs('Escalate to', 'Who is alerted', ['ines-alvarez']),
  },
  ['level', 'definition', 'acknowledge_within_min', 'action_within_h', 'escalate_to'],
);

const contingency = obj(
  {
    title: 'Contingency',
    description: 'The pre-mortem, the severity matrix, public statements, pause rights and backups.',
    examples: [{ statements: { mutual_consultation: true, consult_window_h: 2 } }],
  },
  {
    risks: list({ title: 'Risks', description: 'Risks found in the pre-mortem.', examples: [[]] }, risk, { minItems: 1 }),
    severity_matrix: list({ title: 'Severity matrix', description: 'Response times per severity level.', examples: [[]] }, severityLevel, { minItems: 1 }),
    statements: obj(
      {
        title: 'Public statements',
        description: 'How public statements are made in an incident.',
        examples: [{ mutual_consultation: true, consult_window_h: 2, holding_statement: 'We are aware and looking into it.' }],
      },
      {
        mutual_consultation: bool({ title: 'Mutual consultation', description: 'Whether brand and creator consult each other before any public statement.', examples: [true] }),
        consult_window_h: hours('Consultation window', 'Hours each side has to respond before a statement goes out.', 2),
        holding_statement: text('Holding statement', 'The agreed first public response.', 'We are aware of the comments and are looking into them.'),
      },
      ['mutual_consultation'],
    ),
    pause_rights: list(
      { title: 'Pause rights', description: 'Who may pause content, which content, and how fast.', examples: [[{ holder: 'ines-alvarez', scope: 'paid', within_h: 1 }]] },
      obj(
        { title: 'Pause right', description: 'A right to pause content.', examples: [{ holder: 'ines-alvarez', scope: 'paid', within_h: 1 }] },
        {
          holder: partyRef('Holder', 'Who may order the pause', 'ines-alvarez'),
          scope: oneOfEnum({ title: 'Scope', description: 'Which content can be paused.', examples: ['paid'] }, V.PAUSE_SCOPES),
          within_h: hours('Within', 'Hours within which the pause takes effect.', 1),
        },
        ['holder', 'scope', 'within_h'],
      ),
    ),
    backups: list(
      { title: 'Backups', description: 'Who replaces whom if a party drops out.', examples: [[{ for: 'maya-chen', replacement: 'jon-reyes' }]] },
      obj(
        { title: 'Backup', description: 'A replacement for a party.', examples: [{ for: 'maya-chen', replacement: 'jon-reyes' }] },
        {
          for: partyRef('For', 'The party who might drop out', 'maya-chen'),
          replacement: partyRef('Replacement', 'Who steps in', 'jon-reyes'),
        },
        ['for', 'replacement'],
      ),
    ),
  },
  ['risks', 'severity_matrix', 'statements'],
);

const meeting = obj(
  {
    title: 'Meeting',
    description: 'A recurring meeting with day, time and time zone.',
    examples: [{ name: 'Weekly status', frequency: 'weekly', day: 'tuesday', time: '10:00', timezone: 'America/New_York', duration_min: 30, attendees: ['ines-alvarez'] }],
  },
  {
    name: str({ title: 'Name', description: 'What the meeting is called.', examples: ['Weekly status'] }),
    frequency: oneOfEnum({ title: 'Frequency', description: 'How often it happens.', examples: ['weekly'] }, V.MEETING_FREQUENCIES),
    day: oneOfEnum({ title: 'Day', description: 'The weekday it happens on.', examples: ['tuesday'] }, V.WEEKDAYS),
    time: ref('timeOfDay', { title: 'Time', description: "The start time, in the meeting's time zone.", examples: ['10:00'] }),
    timezone: ref('timeZone', { title: 'Time zone', description: 'The time zone of the start time.', examples: ['America/New_York'] }),
    duration_min: int({ title: 'Duration', description: 'Length in minutes.', examples: [30] }, { maximum: MAX_HOURS, minimum: 5 }),
    attendees: partyRefs('Attendees', 'Who attends', ['ines-alvarez', 'leo-park']),
  },
  ['name', 'frequency', 'day', 'time', 'timezone', 'attendees'],
);

const communication = obj(
  {
    title: 'Communication',
    description: 'Meetings, channels, response times, escalation, check-ins, the wrap report and the formal review.',
    examples: [{ response_sla_h: 24, check_ins_days_after_first_post: [7, 10], wrap_report_due_days: 21 }],
  },
  {
    cadence: list({ title: 'Cadence', description: 'Recurring meetings.', examples: [[]] }, meeting, { minItems: 1 }),
    channels: obj(
      { title: 'Channels', description: 'Where routine and urgent messages go.', examples: [{ routine: 'Email', urgent: 'Phone call, then Slack Connect' }] },
      {
        routine: str({ title: 'Routine', description: 'The channel for routine messages.', examples: ['Email'] }),
        urgent: str({ title: 'Urgent', description: 'The channel for urgent messages.', examples: ['Phone call, then Slack Connect #nova-launch'] }),
      },
      ['routine', 'urgent'],
    ),
    response_sla_h: hours('Response time', 'Hours within which a routine message is answered.', 24),
    escalation_path: partyRefs('Escalation path', 'Who to escalate to, in order', ['leo-park', 'ines-alvarez']),
    check_ins_days_after_first_post: list(
      { title: 'Check-ins after first post', description: 'Days after the first post on which performance is reviewed together.', examples: [[7, 10]] },
      { type: 'integer', minimum: 1, maximum: MAX_DAYS },
      { uniqueItems: true },
    ),
    wrap_report_due_days: int({ title: 'Wrap report due', description: 'Days after the campaign ends by which the wrap report is delivered.', examples: [21] }, { maximum: MAX_DAYS, minimum: 1 }),
    wrap_report_due: ref('date', {
      title: 'Wrap report due date',
      description: 'The date by which the wrap report is delivered, when the contract names a date rather than a number of days after the campaign ends.',
      examples: ['2027-05-14'],
    }),
    formal_review: obj(
      { title: 'Formal review', description: 'The date on which the parties decide to renew, adjust or end, and the criteria.', examples: [{ date: '2027-05-28', criteria: ['CPA under $25'] }] },
      {
        date: ref('date', { title: 'Date', description: 'When the decision is made.', examples: ['2027-05-28'] }),
        criteria: texts(
          'Criteria',
          'What the decision is based on, agreed in advance, in words. At the wrap, the team records whether each was met and the evidence; a KPI target that decides is better stated in `kpi_criteria`.',
          ['CPA under $25', 'Sentiment net positive'],
        ),
        kpi_criteria: list(
          {
            title: 'KPI criteria',
            description:
              "KPIs whose targets decide the renewal, and what missing one means. The KPI's own target, definition and window are the threshold, so the brief, the bonus and the renewal cannot measure it differently. `alignkit wrap` evaluates them.",
            examples: [[{ kpi: 'code-sales', if_missed: 'end' }]],
          },
          obj(
            { title: 'KPI criterion', description: 'One KPI that decides the renewal.', examples: [{ kpi: 'code-sales', if_missed: 'end' }] },
            {
              kpi: ref('id', { title: 'KPI', description: 'The KPI whose target must be met (a KPI id).', examples: ['code-sales'] }),
              if_missed: oneOfEnum({ title: 'If missed', description: 'What missing the target means: adjust the partnership, or end it.', examples: ['end'] }, V.CRITERION_CONSEQUENCES),
            },
            ['kpi', 'if_missed'],
          ),
          { minItems: 1 },
        ),
      },
      ['date', 'criteria'],
    ),
  },
  ['cadence', 'channels', 'response_sla_h', 'escalation_path', 'check_ins_days_after_first_post'],
  { oneOf: [requires('wrap_report_due_days'), requires('wrap_report_due')], 'x-one-of': 'either `wrap_report_due_days` or `wrap_report_due` (a date)' },
);

const decision = obj(
  {
    title: 'Decision',
    description: 'A decision taken after kickoff, with who took it.',
    examples: [{ id: 'd-001', date: '2027-02-12', decision: 'Move TikTok go-live to 18:00 ET', by: 'ines-alvarez' }],
  },
  {
    id: idField('decision', 'd-001'),
    date: ref('date', { title: 'Date', description: 'When it was decided.', examples: ['2027-02-12'] }),
    decision: text('Decision', 'What was decided.', 'Move TikTok go-live to 18:00 ET'),
    by: partyRef('By', 'Who decided', 'ines-alvarez'),
  },
  ['id', 'date', 'decision', 'by'],
);

export const campaignSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCHEMA_ID,
  title: 'alignkit campaign spec',
  description: 'Every assumption of an influencer campaign kickoff, in quantified form: one YAML file per campaign.',
  examples: [{ apiVersion: 'alignkit/v2', kind: 'Campaign' }],
  type: 'object',
  additionalProperties: false,
  required: [
    'apiVersion',
    'kind',
    'campaign',
    'parties',
    'objectives',
    'messaging',
    'creative_autonomy',
    'deliverables',
    'approvals',
    'raci',
    'kpis',
    'compensation',
    'usage_rights',
    'compliance',
    'contingency',
    'communication',
  ],
  properties: {
    apiVersion: {
      title: 'API version',
      description:
        'The version of the spec format. alignkit/v2 counts business hours in a working day: a party without working_hours works Monday to Friday, 09:00-17:00. alignkit/v1 (still read) counts every hour of Monday to Friday; `alignkit migrate` moves a v1 spec to v2 and keeps what it meant.',
      examples: ['alignkit/v2'],
      type: 'string',
      enum: ['alignkit/v2', 'alignkit/v1'],
    },
    kind: { title: 'Kind', description: 'What this file describes.', examples: ['Campaign'], type: 'string', const: 'Campaign' },
    campaign,
    parties: list({ title: 'Parties', description: 'Everyone who takes part: brand, agency, creators, managers, legal.', examples: [[]] }, party, { minItems: 2 }),
    objectives: list({ title: 'Objectives', description: 'What the campaign is for; exactly one is primary.', examples: [[]] }, objective, { minItems: 1 }),
    messaging,
    creative_autonomy: creativeAutonomy,
    deliverables: list({ title: 'Deliverables', description: 'Every piece of content owed, with exact specs and dates.', examples: [[]] }, deliverable, { minItems: 1 }),
    approvals,
    milestones: list({ title: 'Milestones', description: 'Dated checkpoints with owners.', examples: [[]] }, milestone),
    raci: list({ title: 'RACI', description: 'Who is responsible, accountable, consulted and informed for each activity.', examples: [[]] }, raciEntry, { minItems: 1 }),
    kpis: list({ title: 'KPIs', description: 'What success means, in numbers.', examples: [[]] }, kpi, { minItems: 1 }),
    compensation: list({ title: 'Compensation', description: 'What each creator is paid, one entry per creator.', examples: [[]] }, compensationEntry, { minItems: 1 }),
    usage_rights: usageRights,
    paid_media_plan: list({ title: 'Paid media plan', description: 'Planned paid promotion; must stay within the usage rights.', examples: [[]] }, paidPlanEntry),
    exclusivity: list({ title: 'Exclusivity', description: 'Exclusivity terms.', examples: [[]] }, exclusivityEntry),
    conduct,
    termination,
    compliance,
    contingency,
    communication,
    decision_log: list(
      { title: 'Decision log', description: 'Decisions taken after kickoff.', examples: [[]] },
      decision,
      // A record of how the terms came about, not a term: editing it does not void a sign-off.
      { 'x-agreement': false },
    ),
    assumed: {
      ...freeMap(
        {
          title: 'Assumed terms',
          description:
            'Values nobody has confirmed yet (a preset term kickoff kept, a value it derived), by JSON pointer, each with the value it had when it was assumed. `alignkit lint` lists them (rule assumptions-confirmed), `alignkit confirm` confirms them, and changing a value makes it stated. kickoff writes this list; delete an entry only by confirming it.',
          examples: [{ '/approvals/revision_rounds': 2, '/campaign/markets': ['US'] }],
        },
        '^(/([^~]|~[01])*)+$',
        {},
      ),
      // Provenance, not a term: confirming a value does not change what was signed. Internal, so a
      // custom template never sees pointers into fields its reader may not see; documents get the
      // "Not yet confirmed" list worked out for their reader instead.
      'x-agreement': false,
      'x-audience': 'internal',
    },
  },
  definitions,
};
