import { z } from 'zod';
import type { User } from '../users/users.schemas.ts';

export const PERSONAL_DATA_EXPORT_FORMAT = 'pontis-personal-data';
export const PERSONAL_DATA_EXPORT_VERSION = 1;

type Rows = Record<string, unknown>[];

/** GET /api/me/export: one file with every category of data Pontis holds about the caller. */
export interface PersonalDataExport {
  format: typeof PERSONAL_DATA_EXPORT_FORMAT;
  version: typeof PERSONAL_DATA_EXPORT_VERSION;
  exportedAt: string;
  account: User;
  /** Person records (contacts) with the account's e-mail address. */
  people: Rows;
  sessions: Rows;
  apiTokens: Rows;
  calendarFeeds: Rows;
  callFollows: Rows;
  callReminders: Rows;
  introductions: Rows;
  introductionReads: Rows;
  matchFeedback: Rows;
  invitationsReceived: Rows;
  invitationsSent: Rows;
  csvImports: Rows;
  /** Registrations for exchange activities (and delegation places under the account's address), with what was stated. */
  activityParticipations: Rows;
  /** Mail to the account's address still in the outbox (one-time links blanked). */
  mail: Rows;
  historyAboutYou: Rows;
  historyOfYourChanges: Rows;
}

/** DELETE /api/me: the account's password confirms that its owner, not a borrowed session, asks. */
export const eraseMeRequest = z.object({ password: z.string().min(1).max(1000) }).meta({ id: 'EraseMeRequest' });

export const erasedResponse = z.object({ ok: z.literal(true), erased: z.literal(true) }).meta({ id: 'Erased' });

export type EraseMeRequest = z.infer<typeof eraseMeRequest>;
export type ErasedResponse = z.infer<typeof erasedResponse>;
