import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { actorUserId, isAdmin } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, invalid, notFound, versionConflict } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { reviewDecisionMail } from '../mail/index.ts';
import { isExpired, renewedUntil, todayIso } from './item-validity.ts';
import { organisationParts, type OrganisationAuthorNames, type OrganisationMailboxes } from './organisation-contributions.ts';
import { canEditOrganisation, canReviewItems } from './organisation-policy.ts';
import { approvedBefore } from './item-review-previous.ts';
import type { ApproveItemRequest, RenewItemRequest, ReturnItemRequest, ReviewItem, ReviewQueueItem, ReviewQueueQuery } from './item-review.schemas.ts';
import { organisationItems, organisations } from './organisations.table.ts';

const NOT_FOUND = 'The offer or request';

/** `names`: organisationParts().authorNames, loaded by the caller (the select itself stays one statement). */
function selectItems(ctx: ServiceContext, names: OrganisationAuthorNames, where: SQL | undefined) {
  const city = citySummariesSubquery();
  return ctx.db
    .select({
      item: organisationItems,
      organisation: { id: organisations.id, key: organisations.key, name: organisations.name },
      city: { id: city.id, key: city.key, name: city.name, country: city.country },
      submitterName: names.displayNameOf(organisationItems.submittedBy),
    })
    .from(organisationItems)
    .innerJoin(organisations, eq(organisations.id, organisationItems.organisationId))
    .innerJoin(city, eq(city.id, organisations.cityId))
    .where(where);
}
type Selected = Awaited<ReturnType<typeof selectItems>>[number];

function view(r: Selected, today = todayIso()): ReviewItem {
  const i = r.item;
  return {
    id: i.id,
    organisation: r.organisation,
    city: r.city,
    direction: i.direction,
    status: i.status,
    reviewComment: i.reviewComment,
    category: i.category,
    lang: i.lang,
    title: i.title,
    text: i.text,
    themes: i.themes,
    concepts: i.concepts,
    validUntil: i.validUntil,
    expired: isExpired(i.validUntil, today),
    version: i.version,
    submittedAt: i.submittedAt?.toISOString() ?? null,
    // submitted_by is set to null when the account is deleted, so an id always has a name.
    submittedBy: i.submittedBy && r.submitterName !== null ? { id: i.submittedBy, displayName: r.submitterName } : null,
    reviewedAt: i.reviewedAt?.toISOString() ?? null,
  };
}

/** The items waiting for review: a coordinator's city, or every city for admins. Oldest first. */
export async function listReviewQueue(ctx: ServiceContext, query: ReviewQueueQuery): Promise<{ items: ReviewQueueItem[] }> {
  let cityId: string | undefined;
  if (isAdmin(ctx.actor)) cityId = query.cityId;
  else if (ctx.actor.kind === 'user' && ctx.actor.role === 'coordinator' && ctx.actor.cityId) cityId = ctx.actor.cityId;
  else throw forbidden('Only city coordinators and administrators review offers and requests.');
  const { authorNames } = await organisationParts();
  const rows = await selectItems(ctx, authorNames, and(eq(organisationItems.status, 'pending-review'), cityId ? eq(organisations.cityId, cityId) : undefined))
    .orderBy(
      asc(organisationItems.submittedAt),
      asc(organisations.name),
      asc(organisationItems.organisationId),
      asc(organisationItems.direction),
      asc(organisationItems.position),
    )
    .limit(query.limit);
  const today = todayIso();
  const items: ReviewQueueItem[] = [];
  // One indexed audit read per item: the reviewer compares the change with what is public now.
  for (const r of rows) items.push({ ...view(r, today), previous: await approvedBefore(ctx, r.item) });
  return { items };
}

/** Loads and locks the item for a state change, checking the content version the reviewer saw. */
async function lockItem(tx: ServiceContext, names: OrganisationAuthorNames, id: string, version?: number) {
  const [locked] = await tx.db.select({ id: organisationItems.id }).from(organisationItems).where(eq(organisationItems.id, id)).for('update');
  if (!locked) throw notFound(NOT_FOUND);
  const [row] = await selectItems(tx, names, eq(organisationItems.id, id));
  if (version !== undefined && row.item.version !== version) throw versionConflict(NOT_FOUND, row.item.version);
  return row;
}

async function reviewable(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select({ cityId: organisations.cityId })
    .from(organisationItems)
    .innerJoin(organisations, eq(organisations.id, organisationItems.organisationId))
    .where(eq(organisationItems.id, id));
  if (!row) throw notFound(NOT_FOUND);
  if (!canReviewItems(ctx.actor, row.cityId)) throw forbidden('Only the coordinators of the organisation’s city review its offers and requests.');
}

async function decide(ctx: ServiceContext, id: string, version: number | undefined, status: 'approved' | 'returned', comment: string | null) {
  await reviewable(ctx, id);
  const parts = await organisationParts();
  return inTransaction(ctx, async (tx) => {
    const before = await lockItem(tx, parts.authorNames, id, version);
    if (before.item.status !== 'pending-review') {
      throw new AppError('not_pending', 409, `The item is ${before.item.status}, not waiting for review.`, [], { status: before.item.status });
    }
    await tx.db
      .update(organisationItems)
      .set({ status, reviewComment: comment, reviewedBy: actorUserId(tx.actor), reviewedAt: new Date() })
      .where(eq(organisationItems.id, id));
    const [after] = await selectItems(tx, parts.authorNames, eq(organisationItems.id, id));
    await recordDomainEvent(tx, { entityType: 'organisation-item', entityId: id, action: 'update', before: view(before), after: view(after) });
    // Approval publishes the item, a return withdraws it: search follows the event at once (search.subscribers.ts).
    await tellSubmitter(tx, parts.mailboxes, after, status, comment);
    return view(after);
  });
}

/** Mails the editor who submitted the item (not a reviewer deciding on their own item) in their language. */
async function tellSubmitter(tx: ServiceContext, mailboxes: OrganisationMailboxes, row: Selected, decision: 'approved' | 'returned', comment: string | null) {
  const submitterId = row.item.submittedBy;
  if (!submitterId || submitterId === actorUserId(tx.actor)) return;
  const to = await mailboxes.account(tx, submitterId);
  if (!to) return;
  const page = `${tx.config.publicUrl}/organisations/${encodeURIComponent(row.organisation.key)}`;
  const text = row.item.text;
  const mail = reviewDecisionMail(to.locale, {
    decision,
    organisationName: row.organisation.name,
    direction: row.item.direction,
    title: row.item.title ?? (text.length > 80 ? `${text.slice(0, 79)}…` : text),
    comment,
    link: decision === 'approved' ? page : `${page}/edit`,
  });
  await enqueueMail(tx.db, tx.config, { to: to.email, ...mail, purpose: 'review-decision' });
}

export const approveItem = (ctx: ServiceContext, id: string, input: ApproveItemRequest) => decide(ctx, id, input.version, 'approved', null);

export const returnItem = (ctx: ServiceContext, id: string, input: ReturnItemRequest) => decide(ctx, id, input.version, 'returned', input.comment);

/**
 * Extends how long an item stands (the one click from the expiry reminder). Only the date changes,
 * so the item keeps its review state; the next expiry is reminded again.
 */
export async function renewItem(ctx: ServiceContext, id: string, input: RenewItemRequest): Promise<ReviewItem> {
  const [org] = await ctx.db
    .select({ id: organisations.id, cityId: organisations.cityId })
    .from(organisationItems)
    .innerJoin(organisations, eq(organisations.id, organisationItems.organisationId))
    .where(eq(organisationItems.id, id));
  if (!org) throw notFound(NOT_FOUND);
  if (!canEditOrganisation(ctx.actor, org)) throw forbidden('Only the organisation’s editors and its city’s coordinators can renew its items.');
  const today = todayIso();
  if (input.validUntil !== undefined && input.validUntil < today) {
    throw invalid([{ path: 'validUntil', rule: 'in_the_past', message: 'Choose today or a later day.' }]);
  }
  const { authorNames } = await organisationParts();
  return inTransaction(ctx, async (tx) => {
    const before = await lockItem(tx, authorNames, id);
    const validUntil = input.validUntil ?? renewedUntil(before.item.validUntil, today);
    await tx.db.update(organisationItems).set({ validUntil, expiryRemindedAt: null }).where(eq(organisationItems.id, id));
    // The date is part of the organisation's form: a form read before the renewal must not undo it (409 on save).
    await tx.db
      .update(organisations)
      .set({ version: sql`${organisations.version} + 1`, updatedAt: new Date(), updatedBy: actorUserId(tx.actor) })
      .where(eq(organisations.id, org.id));
    const [after] = await selectItems(tx, authorNames, eq(organisationItems.id, id));
    await recordDomainEvent(tx, { entityType: 'organisation-item', entityId: id, action: 'update', before: view(before, today), after: view(after, today) });
    return view(after, today);
  });
}
