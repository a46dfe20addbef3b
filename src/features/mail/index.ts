// The mail feature as other features may use it (issue 12): its public module.
export { type WorkerLogger, startMailWorker } from './mail-delivery.ts';
export { enqueueMail } from './mail-outbox.ts';
export { pruneMailOutbox, redactOneTimeLinks } from './mail-retention.ts';
export {
  type IntroductionRequestMailParams,
  type MailContent,
  expiryReminderMail,
  introductionAcceptedMail,
  introductionDeclinedMail,
  introductionReminderMail,
  introductionRequestMail,
  invitationMail,
  passwordResetMail,
  pickMailLocale,
  reviewDecisionMail,
} from './mail-templates.ts';
export { deleteMailTo, mailMentioning, redactMail } from './mail-erasure.ts';
export { discardOutboxMailsByPurpose, outboxMailIdsByPurpose } from './outbox-by-purpose.ts';
export { type ActivityMailKind, type ActivityMailParams, activityMail } from './activity-mail-templates.ts';
export type { MailAttachment } from './mail.table.ts';
