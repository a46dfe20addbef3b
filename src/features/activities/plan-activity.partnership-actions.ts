import type { PartnershipActionContribution } from '../partnerships/index.ts';
import { canPlanActivity } from './activity-policy.ts';

/** A partnership's `can.planActivity`: the rule createActivity checks. */
const activityActions: PartnershipActionContribution = { planActivity: canPlanActivity };

export default activityActions;
