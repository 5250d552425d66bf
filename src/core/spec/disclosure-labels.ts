/** Disclosure wording regulators accept, per jurisdiction (../shared notes, disclosure rules by country). */
export interface LabelProfile {
  accepted: readonly string[];
  /** Also accepted: "#<Brand>Partner" (FTC, Ad Standards Canada). */
  brandPartner?: boolean;
  /** Also accepted: "Sponsored by <Brand>". */
  sponsoredBy?: boolean;
  /** Also accepted: a brand hashtag ending in one of these words ("#NovaAmbassadeur"); default "partner" when brandPartner is set. */
  brandSuffixes?: readonly string[];
  /** Also accepted: one of these phrases followed by the brand ("patrocinado por Nova"); default "sponsored by" when sponsoredBy is set. */
  brandPhrases?: readonly string[];
  /** Labels the regulator has called too weak on their own. */
  rejected: readonly string[];
  regulator: string;
  /**
   * Where the regulator requires the disclosure inside a video itself (on
   * screen or spoken), the guidance that says so. Absent: an up-front caption
   * label with the platform's tool is enough for video (UK ASA, for one).
   */
  inVideo?: string;
}

const WEAK = ['#sp', '#spon', '#collab', '#gifted', 'thanks to', 'in partnership with', '#partner', 'sponsored by'];

export const LABEL_PROFILES: Readonly<Record<string, LabelProfile>> = {
  US: {
    accepted: ['ad', '#ad', 'advertisement', 'sponsored', '#sponsored', 'paid partnership'],
    brandPartner: true,
    sponsoredBy: true,
    rejected: ['#sp', '#spon', 'thanks to'],
    regulator: 'FTC (16 CFR 255)',
    inVideo: 'FTC Endorsement Guides, 16 CFR 255.5, and "Disclosures 101": the same medium as the endorsement',
  },
  GB: { accepted: ['ad', '#ad', 'advert', '#advert', 'advertisement', 'advertisement feature'], rejected: WEAK, regulator: 'ASA/CAP and CMA' },
  DE: {
    accepted: ['werbung', '#werbung', 'anzeige', '#anzeige'],
    rejected: [...WEAK, '#ad'],
    regulator: 'UWG §5a and the Landesmedienanstalten',
    inVideo: 'Landesmedienanstalten, Leitfaden Werbekennzeichnung: "Werbung" at the start of the video',
  },
  AT: { accepted: ['werbung', '#werbung', 'anzeige', '#anzeige'], rejected: WEAK, regulator: 'KommAustria' },
  FR: {
    accepted: ['publicité', '#publicité', 'collaboration commerciale', '#collaborationcommerciale'],
    rejected: WEAK,
    regulator: 'Loi 2023-451',
    inVideo: 'Loi 2023-451, art. 5: visible for the whole video',
  },
  NL: {
    accepted: ['advertorial', '#advertorial', 'paid promotion', '#advertisement', 'advertisement', '#paidpartnership', 'reclame', '#reclame'],
    rejected: WEAK,
    regulator: 'Mediawet and the CvdM',
    inVideo: 'CvdM rules for video uploaders: announced in the video',
  },
  CA: {
    accepted: ['ad', '#ad', 'sponsored', '#sponsored'],
    brandPartner: true,
    rejected: ['#sp', '#spon'],
    regulator: 'Competition Act and Ad Standards',
    inVideo: 'Ad Standards Influencer Marketing Disclosure Guidelines, 2023: in the video, not only its description',
  },
  AU: { accepted: ['ad', '#ad', 'advertising', '#advertising', 'paid partnership'], rejected: WEAK, regulator: 'ACL and AANA Code 2.7' },
  IN: {
    accepted: ['ad', '#ad', 'sponsored', '#sponsored', 'collaboration', '#collaboration', 'partnership', '#partnership', 'employee', 'free gift'],
    rejected: ['#sp', '#spon'],
    regulator: 'ASCI',
    inVideo: 'ASCI Guidelines for Influencer Advertising, 2021: on the video for a set share of its length',
  },
  SG: { accepted: ['ad', '#ad', 'sponsored', '#sponsored', 'advertisement'], rejected: ['#sp', '#spon'], regulator: 'ASAS' },
  ES: {
    accepted: ['publicidad', '#publicidad', 'publi', '#publi'],
    brandPhrases: ['patrocinado por', 'en colaboración con', 'embajador de', 'embajadora de'],
    rejected: [...WEAK, '#colab', '#patrocinado'],
    regulator: 'AUTOCONTROL, Código de conducta de publicidad a través de influencers',
    inVideo: 'Código de conducta de publicidad a través de influencers (AUTOCONTROL, aea, IAB Spain), annex: in the video, on screen or spoken',
  },
};

/**
 * Where a market's regulator asks for the disclosure in the language of the
 * content, the wording for content in another of its languages, by market and
 * language subtag. Ad Standards (Canada) lists French hashtags beside the
 * English ones and asks for the disclosure in the creator's and audience's
 * language; the FTC asks for it in the language of the endorsement.
 */
export const LANGUAGE_PROFILES: Readonly<Record<string, Readonly<Record<string, LabelProfile>>>> = {
  CA: {
    fr: {
      accepted: ['pub', '#pub', 'publicité', '#publicité', 'commandité', '#commandité', 'contenu commandité'],
      brandSuffixes: ['partenaire', 'ambassadeur', 'ambassadrice'],
      rejected: ['#sp', '#spon', '#collab', '#partenaire', 'merci à'],
      regulator: 'Competition Act and Ad Standards (French-language content)',
      inVideo: 'Ad Standards Influencer Marketing Disclosure Guidelines, 2023: in the video, not only its description',
    },
  },
  US: {
    es: {
      accepted: ['anuncio', '#anuncio', 'publicidad', '#publicidad', 'patrocinado', '#patrocinado'],
      brandPhrases: ['patrocinado por'],
      rejected: ['#sp', '#spon', 'gracias a'],
      regulator: 'FTC (16 CFR 255; Spanish-language content)',
      inVideo: 'FTC Endorsement Guides, 16 CFR 255.5, and "Disclosures 101": the same medium and the same language as the endorsement',
    },
  },
};

/** The wording rules for content in `language` (a BCP 47 tag such as fr-CA) aimed at `market`. */
export function labelProfile(market: string, language: string | undefined): LabelProfile | undefined {
  const subtag = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_PROFILES[market]?.[subtag] ?? LABEL_PROFILES[market];
}

export function normaliseLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A label is accepted when it contains accepted wording as whole words:
 * "Ad: paid partnership with Larkfield" contains "Ad", and a spoken
 * "This episode is sponsored by Ledgerly" contains "sponsored by".
 */
// One compiled pattern per term: the rule asks for every label of every deliverable in every market.
const wholeWordPatterns = new Map<string, RegExp>();

function wholeWords(term: string): RegExp {
  let pattern = wholeWordPatterns.get(term);
  if (!pattern) wholeWordPatterns.set(term, (pattern = new RegExp(`(?<![\\p{L}\\d#])${escapeRegExp(term)}(?![\\p{L}\\d])`, 'u')));
  return pattern;
}

export function acceptedBy(profile: LabelProfile, label: string): boolean {
  const l = normaliseLabel(label);
  // The label is exactly an accepted term (the usual "#ad"): that is a whole-word match, without a regular expression.
  // Each pattern needs its words in the label: a substring test first spares compiling the patterns (Unicode
  // classes, lookbehind) for the labels that cannot match, which is nearly all of them.
  if (profile.accepted.includes(l) || profile.accepted.some((term) => l.includes(term) && wholeWords(term).test(l))) return true;
  const suffixes = profile.brandSuffixes ?? (profile.brandPartner ? ['partner'] : []);
  if (suffixes.some((suffix) => l.includes(suffix) && l.includes('#') && brandHashtag(suffix).test(l) && !wholeWords(`#${suffix}`).test(l))) return true;
  const phrases = profile.brandPhrases ?? (profile.sponsoredBy ? ['sponsored by'] : []);
  return phrases.some((phrase) => l.includes(phrase) && brandPhrase(phrase).test(l));
}

const brandPhrases = new Map<string, RegExp>();

/** "sponsored by Nova": the phrase followed by a name. */
function brandPhrase(phrase: string): RegExp {
  let pattern = brandPhrases.get(phrase);
  if (!pattern) brandPhrases.set(phrase, (pattern = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase)} \\S`, 'u')));
  return pattern;
}

const brandHashtags = new Map<string, RegExp>();

/** "#NovaPartner": a hashtag that is a brand name followed by the word. */
function brandHashtag(suffix: string): RegExp {
  let pattern = brandHashtags.get(suffix);
  if (!pattern) brandHashtags.set(suffix, (pattern = new RegExp(`(?<![\\p{L}\\d])#\\p{L}[\\p{L}\\d]*${escapeRegExp(suffix)}(?![\\p{L}\\d])`, 'u')));
  return pattern;
}

/** Platforms with a built-in paid-partnership or branded-content setting. */
export const PLATFORMS_WITH_TOOL: Readonly<Record<string, string>> = {
  tiktok: 'the "Disclose commercial content" toggle',
  instagram: 'the Paid partnership label',
  facebook: 'the Paid partnership label',
  youtube: 'the "includes paid promotion" checkbox',
  twitch: 'the Branded Content checkbox',
  snapchat: 'the Paid Partnership tag',
  pinterest: 'the Paid partnership tag',
};
