import type { PartnershipTimelineContribution } from '../../partnerships/index.ts';
import { projectEntriesOfPartnership } from './partnership-project-entries.ts';

/** The joint projects' stages and milestones on their partnership's timeline (see partnership-project-entries.ts). */
const projectTimelineEntries: PartnershipTimelineContribution = { entriesOf: projectEntriesOfPartnership };

export default projectTimelineEntries;
