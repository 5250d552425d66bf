/** Every rule, sorted by id. A meta-test checks that each rule file is listed here and documented. */
import { approvalChainFits } from './approval-chain-fits.js';
import { approverWorkload } from './approver-workload.js';
import { approversHaveBackups } from './approvers-have-backups.js';
import { assumptionsConfirmed } from './assumptions-confirmed.js';
import { bonusTermsComplete } from './bonus-terms-complete.js';
import { bonusThresholdsReachable } from './bonus-thresholds-reachable.js';
import { campaignOwnerAccountable } from './campaign-owner-accountable.js';
import { claimsReachAMarket } from './claims-reach-a-market.js';
import { claimsSubstantiated } from './claims-substantiated.js';
import { contactsAndCodesDistinct } from './contacts-and-codes-distinct.js';
import { costsAddUp } from './costs-add-up.js';
import { conversionKpisTracked } from './conversion-kpis-tracked.js';
import { deadlineInPast } from './deadline-in-past.js';
import { deliverableFullySpecified } from './deliverable-fully-specified.js';
import { deliverablesHaveResponsible } from './deliverables-have-responsible.js';
import { disclosureLabelAccepted } from './disclosure-label-accepted.js';
import { disclosurePlatformTool } from './disclosure-platform-tool.js';
import { disclosureSameMedium } from './disclosure-same-medium.js';
import { disclosureUpfront } from './disclosure-upfront.js';
import { emvNotATarget } from './emv-not-a-target.js';
import { engagementRateBasis } from './engagement-rate-basis.js';
import { escalationPathReachable } from './escalation-path-reachable.js';
import { exclusivityComplete } from './exclusivity-complete.js';
import { formalReviewScheduled } from './formal-review-scheduled.js';
import { formatFitsPlatform } from './format-fits-platform.js';
import { franceBannedCategories } from './france-banned-categories.js';
import { goLiveAwakeHours } from './go-live-awake-hours.js';
import { goLiveInCampaignWindow } from './go-live-in-campaign-window.js';
import { idsUnique } from './ids-unique.js';
import { killFeeClear } from './kill-fee-clear.js';
import { kpiBaselineRealistic } from './kpi-baseline-realistic.js';
import { kpiMeasuredOneWay } from './kpi-measured-one-way.js';
import { kpiUnitMatchesMetric } from './kpi-unit-matches-metric.js';
import { messagingFocus } from './messaging-focus.js';
import { milestonesInOrder } from './milestones-in-order.js';
import { milestonesMatchApprovals } from './milestones-match-approvals.js';
import { minorsProtected } from './minors-protected.js';
import { moneyInCampaignCurrency } from './money-in-campaign-currency.js';
import { noPlaceholders } from './no-placeholders.js';
import { noVagueCommitments } from './no-vague-commitments.js';
import { noVagueTerms } from './no-vague-terms.js';
import { objectiveKpiFit } from './objective-kpi-fit.js';
import { onCameraActivityAge } from './on-camera-activity-age.js';
import { onePrimaryObjective } from './one-primary-objective.js';
import { paidAuthorizationCoversFlight } from './paid-authorization-covers-flight.js';
import { paidUseInText } from './paid-use-in-text.js';
import { paidUseWithinRights } from './paid-use-within-rights.js';
import { pauseRightsCoverContent } from './pause-rights-cover-content.js';
import { paymentScheduleComplete } from './payment-schedule-complete.js';
import { paymentTermsWithinLaw } from './payment-terms-within-law.js';
import { productBeforeDrafts } from './product-before-drafts.js';
import { raciAccountableHasAuthority } from './raci-accountable-has-authority.js';
import { raciOneAccountable } from './raci-one-accountable.js';
import { recurrenceConsistent } from './recurrence-consistent.js';
import { referencesResolve } from './references-resolve.js';
import { regulatedCategoryRules } from './regulated-category-rules.js';
import { reportingRhythm } from './reporting-rhythm.js';
import { responseSlaFitsReviews } from './response-sla-fits-reviews.js';
import { revisionTerms } from './revision-terms.js';
import { rightsRedFlags } from './rights-red-flags.js';
import { severityMatrixComplete } from './severity-matrix-complete.js';
import { signoffComplete } from './signoff-complete.js';
import { signoffNotStale } from './signoff-not-stale.js';
import { standardRisksCovered } from './standard-risks-covered.js';
import { statementsConsultation } from './statements-consultation.js';
import { terminationTerms } from './termination-terms.js';
import { textCadenceMatches } from './text-cadence-matches.js';
import { textDatesMatch } from './text-dates-match.js';
import { textMoneyMatches } from './text-money-matches.js';
import { timesHaveTimeZones } from './times-have-time-zones.js';
import { workingTimeValid } from './working-time-valid.js';
import { wrapAfterKpiWindows } from './wrap-after-kpi-windows.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  approvalChainFits,
  approverWorkload,
  approversHaveBackups,
  assumptionsConfirmed,
  bonusTermsComplete,
  bonusThresholdsReachable,
  campaignOwnerAccountable,
  claimsReachAMarket,
  claimsSubstantiated,
  contactsAndCodesDistinct,
  conversionKpisTracked,
  costsAddUp,
  deadlineInPast,
  deliverableFullySpecified,
  deliverablesHaveResponsible,
  disclosureLabelAccepted,
  disclosurePlatformTool,
  disclosureSameMedium,
  disclosureUpfront,
  emvNotATarget,
  engagementRateBasis,
  escalationPathReachable,
  exclusivityComplete,
  formalReviewScheduled,
  formatFitsPlatform,
  franceBannedCategories,
  goLiveAwakeHours,
  goLiveInCampaignWindow,
  idsUnique,
  killFeeClear,
  kpiBaselineRealistic,
  kpiMeasuredOneWay,
  kpiUnitMatchesMetric,
  messagingFocus,
  milestonesInOrder,
  milestonesMatchApprovals,
  minorsProtected,
  moneyInCampaignCurrency,
  noPlaceholders,
  noVagueCommitments,
  noVagueTerms,
  objectiveKpiFit,
  onCameraActivityAge,
  onePrimaryObjective,
  paidAuthorizationCoversFlight,
  paidUseInText,
  paidUseWithinRights,
  pauseRightsCoverContent,
  paymentScheduleComplete,
  paymentTermsWithinLaw,
  productBeforeDrafts,
  raciAccountableHasAuthority,
  raciOneAccountable,
  recurrenceConsistent,
  referencesResolve,
  regulatedCategoryRules,
  reportingRhythm,
  responseSlaFitsReviews,
  revisionTerms,
  rightsRedFlags,
  severityMatrixComplete,
  signoffComplete,
  signoffNotStale,
  standardRisksCovered,
  statementsConsultation,
  terminationTerms,
  textCadenceMatches,
  textDatesMatch,
  textMoneyMatches,
  timesHaveTimeZones,
  workingTimeValid,
  wrapAfterKpiWindows,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
