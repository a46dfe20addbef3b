// The call-radar feature as other features may use it (issue 12): its public module.
export { revokeCalendarFeedsOfUser } from './calendar-feeds.service.ts';
export { startCallReminderJob } from './call-reminders.ts';
export { followDemoCall } from './follow-demo-call.ts';
