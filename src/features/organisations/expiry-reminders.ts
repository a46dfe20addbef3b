import { and, gte, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { systemActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { startPeriodicJob } from '../../shared/periodic-job.ts';
import type { WorkerLogger } from '../mail/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { expiryReminderMail } from '../mail/index.ts';
import { addDays, todayIso } from './item-validity.ts';
import { organisationParts } from './organisation-contributions.ts';
import { organisationItems, organisations } from './organisations.table.ts';

const BATCH = 200;
const HOUR = 60 * 60 * 1000;

export interface ExpiryReminderResult {
  items: number;
  mails: number;
}

const shortTitle = (title: string | null, text: string) => title ?? (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Reminds editors of items that expire within `daysBefore` days (and have not expired yet).
 * Work is claimed per organisation: a run locks organisations that have due items (skipping
 * those another run holds) and marks all their due items reminded in the same transaction that
 * enqueues the mails. Concurrent runs, in one or several server processes, therefore never
 * remind an item twice nor split one organisation's items into two mails; a failed run leaves
 * its items for the next one.
 */
export async function sendExpiryReminders(ctx: ServiceContext, options: { daysBefore: number; today?: string }): Promise<ExpiryReminderResult> {
  const today = options.today ?? todayIso();
  const horizon = addDays(today, options.daysBefore);
  const total: ExpiryReminderResult = { items: 0, mails: 0 };
  for (;;) {
    const batch = await inTransaction(ctx, (tx) => remindBatch(tx, today, horizon));
    total.items += batch.items;
    total.mails += batch.mails;
    if (batch.organisations < BATCH) return total;
  }
}

async function remindBatch(tx: ServiceContext, today: string, horizon: string): Promise<ExpiryReminderResult & { organisations: number }> {
  const due = and(
    isNull(organisationItems.expiryRemindedAt),
    isNotNull(organisationItems.validUntil),
    gte(organisationItems.validUntil, today),
    lte(organisationItems.validUntil, horizon),
  );
  const locked = await tx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(inArray(organisations.id, tx.db.selectDistinct({ id: organisationItems.organisationId }).from(organisationItems).where(due)))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  if (!locked.length) return { items: 0, mails: 0, organisations: 0 };
  // `due` again: a run that committed since this statement's snapshot may have reminded them.
  const claimed = await tx.db
    .update(organisationItems)
    .set({ expiryRemindedAt: new Date() })
    .where(
      and(
        inArray(
          organisationItems.organisationId,
          locked.map((o) => o.id),
        ),
        due,
      ),
    )
    .returning({
      organisationId: organisationItems.organisationId,
      direction: organisationItems.direction,
      position: organisationItems.position,
      title: organisationItems.title,
      text: organisationItems.text,
      validUntil: organisationItems.validUntil,
    });
  if (!claimed.length) return { items: 0, mails: 0, organisations: locked.length };

  let mails = 0;
  const orgIds = [...new Set(claimed.map((c) => c.organisationId))];
  const orgs = await tx.db.select().from(organisations).where(inArray(organisations.id, orgIds));
  for (const org of orgs) {
    const items = claimed
      .filter((c) => c.organisationId === org.id)
      .sort((a, b) => a.validUntil!.localeCompare(b.validUntil!) || a.direction.localeCompare(b.direction) || a.position - b.position)
      .map((c) => ({ direction: c.direction, title: shortTitle(c.title, c.text), validUntil: c.validUntil! }));
    // ?renew: the page asks a signed-out reader to sign in, and leads a signed-in editor to the first Renew button.
    const link = `${tx.config.publicUrl}/organisations/${encodeURIComponent(org.key)}?renew=1`;
    for (const to of await recipients(tx, org)) {
      const mail = expiryReminderMail(to.locale, { link, organisationName: org.name, items });
      await enqueueMail(tx.db, tx.config, { to: to.email, ...mail, purpose: 'expiry-reminder' });
      mails++;
    }
  }
  return { items: claimed.length, mails, organisations: locked.length };
}

/** The organisation's editors; an organisation without any is looked after by its city's coordinators. */
async function recipients(tx: ServiceContext, org: { id: string; cityId: string }) {
  const { mailboxes } = await organisationParts();
  const editors = await mailboxes.editors(tx, org.id);
  return editors.length ? editors : mailboxes.cityCoordinators(tx, org.cityId);
}

/** Hourly reminder run for `pontis serve`; returns a function that stops it. */
export function startExpiryReminderJob(db: Db, config: Config, logger: WorkerLogger, options: { daysBefore?: number } = {}): () => Promise<void> {
  const ctx: ServiceContext = { db, actor: systemActor('expiry reminders'), config };
  return startPeriodicJob('expiry reminders', HOUR, logger, async () => {
    const r = await sendExpiryReminders(ctx, { daysBefore: options.daysBefore ?? 14 });
    if (r.items) logger.info({ ...r }, 'expiry reminders enqueued');
  });
}
