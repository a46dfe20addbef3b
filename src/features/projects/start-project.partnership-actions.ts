import type { PartnershipActionContribution } from '../partnerships/index.ts';
import { canStartProject } from './project-policy.ts';

/** A partnership's `can.startProject`: the rule startProject checks. */
const projectActions: PartnershipActionContribution = { startProject: canStartProject };

export default projectActions;
