// The introductions feature as other features may use it (issue 12): its public module.
export { acceptIntroduction, declineIntroduction, moveIntroductionStage, withdrawIntroduction } from './answer-introduction.ts';
export { startIntroductionReminderJob } from './introduction-reminders.ts';
export { requestIntroduction } from './request-introduction.ts';
