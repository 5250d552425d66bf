/** The campaign spec as TypeScript sees it; generated from the JSON Schema so the two cannot drift. */
export type { AlignkitCampaignSpec as CampaignSpec } from '../../generated/campaign.types.js';
export type * from '../../generated/campaign.types.js';
