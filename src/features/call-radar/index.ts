// The call-radar feature as other features may use it (issue 12): its public module.
export { startCallReminderJob } from './call-reminders.ts';
export { followDemoCall } from './follow-demo-call.ts';
export type { CalendarFeedContribution } from './calendar-feed-contributions.ts';
