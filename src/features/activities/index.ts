// The activities feature as other features may use it (issue 13): the facts its policy judges,
// the policy, the pure rules and presenters, and read queries. Helpers of the same feature append
// their exports below (participants, reports, calendar, interchange).
export { loadActivityFacts, type LoadedActivityFacts } from './activity-facts.ts';
export { canOrganiseActivity, canPlanActivity, canReadActivity, canRegisterForActivity, participantListScope, type ActivityFacts } from './activity-policy.ts';
export { registrationWindow, type RegistrationClosedBecause, type RegistrationFacts, type RegistrationWindow } from './registration-window.ts';
export { presentParticipant, type ParticipantRow, type ParticipantViewOptions } from './participant-view.ts';
export { activityCan } from './activity-can.ts';
export { activityLanguage, getActivity, presentActivity, readableActivity, type ActivityRow } from './activity-read.ts';
export { activityEventView, type ActivityEventView } from './activity-event.ts';
export { toLocalDateTime, toLocalDay } from './local-time.ts';
export { listActivities } from './list-activities.ts';
export { activitiesOfMeasures } from './activities-of-measures.ts';
export { participationsOfUser, anonymiseParticipationsOfUser } from './participant-personal-data.ts';
export { startNeedsErasureJob } from './needs-erasure.ts';
export {
  loadActivityRecords,
  saveImportedActivities,
  canonicalActivity,
  mergeActivity,
  type ActivityFileRecord,
  type ActivityFileParticipant,
  type ImportedActivity,
} from './interchange-activities.ts';
export { isKnownTimeZone, fromLocalDateTime, localDaysBetween } from './local-time.ts';
export { linkedMeasure, type ActivityMeasureContribution, type LinkedMeasure } from './activity-measure-port.ts';
export { participationReport } from './participation-report.ts';
export { activityRecordsForReader } from './interchange-activities-for-reader.ts';
