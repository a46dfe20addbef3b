import { asc, eq, inArray } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid, type FieldError } from '../../shared/errors.ts';
import { nextItemStatus } from './item-status.ts';
import { isExpired } from './item-validity.ts';
import { canReviewItems } from './organisation-policy.ts';
import type { CreateOrganisationRequest, OrganisationItem, OrganisationItemInput } from './organisations.schemas.ts';
import { organisationItems } from './organisations.table.ts';

type ItemRow = typeof organisationItems.$inferSelect;
type Direction = 'offer' | 'request';
const lists = [
  ['offers', 'offer'],
  ['requests', 'request'],
] as const;

const unique = (values: string[] | undefined) => [...new Set(values ?? [])];

function contentOf(direction: Direction, item: OrganisationItemInput, before: ItemRow | undefined) {
  return {
    direction,
    category: item.category ?? null,
    lang: item.lang ?? null,
    title: item.title || null,
    text: item.text,
    themes: unique(item.themes),
    // Left out, the confirmed concepts stay: a client unaware of them must not clear them.
    concepts: item.concepts ? unique(item.concepts) : (before?.concepts ?? []),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

// What the reviewer approved: the valid-until date and the position are not part of it.
function contentChanged(row: ItemRow, next: ReturnType<typeof contentOf>): boolean {
  return (
    row.direction !== next.direction ||
    row.category !== next.category ||
    row.lang !== next.lang ||
    row.title !== next.title ||
    row.text !== next.text ||
    row.themes.length !== next.themes.length ||
    row.themes.some((t, i) => t !== next.themes[i]) ||
    // Confirmed concepts say what the item is about, so changing them is reviewed like the text.
    !sameSet(row.concepts, next.concepts)
  );
}

/**
 * Writes offers and requests in the order given. A list that is sent is the complete list: items
 * sent with their id are updated in place and keep their review state unless their content
 * changed, items left out of it are deleted. A list that is left out is not touched (a client that
 * only edits the profile must not delete the offers). New or changed items wait for review unless
 * the writer reviews this city's items (nextItemStatus).
 */
export async function syncOrganisationItems(
  ctx: ServiceContext,
  org: { id: string; cityId: string },
  input: Pick<CreateOrganisationRequest, 'offers' | 'requests'>,
): Promise<void> {
  const stored = await ctx.db.select().from(organisationItems).where(eq(organisationItems.organisationId, org.id));
  const byId = new Map(stored.map((r) => [r.id, r]));
  const wanted = lists.flatMap(([list, direction]) =>
    (input[list] ?? []).map((item, position) => ({ path: `${list}.${position}`, direction, position, item })),
  );
  const fields: FieldError[] = [];
  const kept = new Set<string>();
  for (const w of wanted) {
    if (!w.item.id) continue;
    if (kept.has(w.item.id)) fields.push({ path: `${w.path}.id`, rule: 'duplicate', message: 'The same item is sent twice.' });
    else if (!byId.has(w.item.id)) fields.push({ path: `${w.path}.id`, rule: 'not_found', message: 'This organisation has no such item.' });
    kept.add(w.item.id);
  }
  if (fields.length) throw invalid(fields);

  const sentDirections = new Set(lists.filter(([list]) => input[list] !== undefined).map(([, direction]) => direction));
  const removed = stored.filter((r) => sentDirections.has(r.direction) && !kept.has(r.id)).map((r) => r.id);
  if (removed.length) await ctx.db.delete(organisationItems).where(inArray(organisationItems.id, removed));

  const writerReviews = canReviewItems(ctx.actor, org.cityId);
  const userId = actorUserId(ctx.actor);
  const now = new Date();
  for (const w of wanted) {
    const before = w.item.id ? byId.get(w.item.id) : undefined;
    const content = contentOf(w.direction, w.item, before);
    const validUntil = w.item.validUntil ?? null;
    const changed = !before || contentChanged(before, content);
    // Left out, the flag keeps a draft a draft: a client unaware of drafts must not submit them.
    const draft = w.item.draft ?? before?.status === 'draft';
    const next = nextItemStatus({ stored: before?.status ?? null, contentChanged: changed, draft, writerReviews });
    const review = next && {
      status: next.status,
      reviewComment: null,
      reviewedBy: next.reviewed ? userId : null,
      reviewedAt: next.reviewed ? now : null,
      ...(next.submitted ? { submittedBy: userId, submittedAt: now } : {}),
    };
    if (!before) {
      await ctx.db.insert(organisationItems).values({ organisationId: org.id, position: w.position, ...content, validUntil, ...review! });
      continue;
    }
    await ctx.db
      .update(organisationItems)
      .set({
        position: w.position,
        ...content,
        validUntil,
        ...(validUntil !== before.validUntil ? { expiryRemindedAt: null } : {}),
        ...(changed ? { version: before.version + 1 } : {}),
        ...(review ?? {}),
      })
      .where(eq(organisationItems.id, before.id));
  }
}

export function itemView(r: ItemRow, today: string): OrganisationItem {
  return {
    id: r.id,
    status: r.status,
    reviewComment: r.reviewComment,
    expired: isExpired(r.validUntil, today),
    version: r.version,
    category: r.category,
    lang: r.lang,
    title: r.title,
    text: r.text,
    themes: r.themes,
    concepts: r.concepts,
    validUntil: r.validUntil,
  };
}

/** Published: approved and not expired. The only items the public and partner cities see. */
export const isPublished = (item: Pick<OrganisationItem, 'status' | 'expired'>) => item.status === 'approved' && !item.expired;

export async function loadOrganisationItems(
  ctx: ServiceContext,
  organisationId: string,
  today: string,
): Promise<{ offers: OrganisationItem[]; requests: OrganisationItem[] }> {
  const rows = await ctx.db
    .select()
    .from(organisationItems)
    .where(eq(organisationItems.organisationId, organisationId))
    .orderBy(asc(organisationItems.direction), asc(organisationItems.position));
  const view = (direction: Direction) => rows.filter((r) => r.direction === direction).map((r) => itemView(r, today));
  return { offers: view('offer'), requests: view('request') };
}
