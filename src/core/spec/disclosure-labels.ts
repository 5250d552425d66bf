/** Disclosure wording regulators accept, per jurisdiction (../shared notes, disclosure rules by country). */
export interface LabelProfile {
  accepted: readonly string[];
  /** Also accepted: "#<Brand>Partner" (FTC, Ad Standards Canada). */
  brandPartner?: boolean;
  /** Also accepted: "Sponsored by <Brand>". */
  sponsoredBy?: boolean;
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
    rejected: [...WEAK, '#ad', 'sponsored by'],
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
};

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
  if (profile.accepted.includes(l) || profile.accepted.some((term) => wholeWords(term).test(l))) return true;
  if (profile.brandPartner && /(?<![\p{L}\d])#\p{L}[\p{L}\d]*partner(?![\p{L}\d])/u.test(l) && !/(?<![\p{L}\d])#partner\b/u.test(l)) return true;
  if (profile.sponsoredBy && /\bsponsored by \S/.test(l)) return true;
  return false;
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
