import type { ActivityMeasureContribution } from '../activities/index.ts';
import { measurePartnershipId } from './measure-partnership.ts';

/** Activities link to measures of their partnership's programme: they ask here (activities cannot import action programmes). */
const activityMeasures: ActivityMeasureContribution = { measurePartnershipId };

export default activityMeasures;
