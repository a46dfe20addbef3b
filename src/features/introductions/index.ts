// The introductions feature as other features may use it (issue 12): its public module.
export { acceptIntroduction, declineIntroduction, moveIntroductionStage, withdrawIntroduction } from './answer-introduction.ts';
export { startIntroductionReminderJob } from './introduction-reminders.ts';
export { requestIntroduction } from './request-introduction.ts';
export { acceptedIntroductionsWithinCities } from './accepted-ties.ts';
export { introductionExistsBetween } from './introduction-between.ts';
export { backdateIntroducedOn, backdateIntroductionTimes, introductionAcceptedAt } from './backdate-introduction.ts';
export { introducedOrganisationIds, introductionPairsSubquery, pendingIntroductionEndsSql } from './introduction-ends.ts';
export { recordMetThroughActivity, type MetThroughActivity } from './record-encounter.ts';
