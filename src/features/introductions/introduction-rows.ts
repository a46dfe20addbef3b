import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { itemSummariesSubquery, organisationSummariesSubquery } from '../organisations/index.ts';
import { canSeePerson, peopleOfOrganisationByName } from '../people/index.ts';
import { accountCityIdSql, accountContacts, hasActiveOrgEditorSql } from '../users/index.ts';
import { canMoveStage, canWithdraw, circlesOf, contactsRevealed, seesPersonalDataOf, sidesToAnswer, type IntroductionFacts } from './introduction-policy.ts';
import type { Introduction, IntroductionContact, IntroductionSummary } from './introductions.schemas.ts';
import { introductionReads, introductions } from './introductions.table.ts';

export const INTRODUCTION = 'The introduction';

function makeSides() {
  return { fromOrg: organisationSummariesSubquery('from_org'), toOrg: organisationSummariesSubquery('to_org') };
}
let sides: ReturnType<typeof makeSides> | undefined;
/**
 * The two sides' organisations as joined in every statement on introductions (from_org, to_org),
 * for joins and WHERE conditions. Built on first use rather than on load: the organisations
 * module may still be loading when this one is (features import each other).
 */
export const sideOrganisations = () => (sides ??= makeSides());

/** Introductions joined with both organisations, their cities, whether each has editors, and the item. */
export function selectIntroductions(ctx: ServiceContext, where: SQL | undefined) {
  const { fromOrg, toOrg } = sideOrganisations();
  const fromCity = citySummariesSubquery('from_city');
  const toCity = citySummariesSubquery('to_city');
  const item = itemSummariesSubquery('item');
  return ctx.db
    .select({
      intro: introductions,
      fromOrg: { id: fromOrg.id, key: fromOrg.key, name: fromOrg.name, kind: fromOrg.kind },
      fromCity: { id: fromCity.id, key: fromCity.key, name: fromCity.name, country: fromCity.country },
      toOrg: { id: toOrg.id, key: toOrg.key, name: toOrg.name, kind: toOrg.kind },
      toCity: { id: toCity.id, key: toCity.key, name: toCity.name, country: toCity.country },
      fromHasEditors: hasActiveOrgEditorSql(fromOrg.id).mapWith(Boolean),
      toHasEditors: hasActiveOrgEditorSql(toOrg.id).mapWith(Boolean),
      brokerCityId: accountCityIdSql(introductions.brokeredBy),
      item: { id: item.id, direction: item.direction, title: item.title, text: item.text },
    })
    .from(introductions)
    .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrganisationId))
    .innerJoin(fromCity, eq(fromCity.id, fromOrg.cityId))
    .innerJoin(toOrg, eq(toOrg.id, introductions.toOrganisationId))
    .innerJoin(toCity, eq(toCity.id, toOrg.cityId))
    .leftJoin(item, eq(item.id, introductions.itemId))
    .where(where);
}
type SelectedRow = Awaited<ReturnType<typeof selectIntroductions>>[number];
export type IntroductionOrganisationRef = SelectedRow['fromOrg'] & { city: SelectedRow['fromCity'] };
/** A selected row with each side's organisation and city put together. */
export type IntroductionRow = Omit<SelectedRow, 'fromOrg' | 'fromCity' | 'toOrg' | 'toCity'> & {
  from: IntroductionOrganisationRef;
  to: IntroductionOrganisationRef;
};

export function shapeRow(r: SelectedRow): IntroductionRow {
  const { fromOrg: f, fromCity: fc, toOrg: t, toCity: tc, ...rest } = r;
  return { ...rest, from: { ...f, city: fc }, to: { ...t, city: tc } };
}

/** selectIntroductions, shaped; `build` adds ordering and limits. */
export async function loadIntroductions(
  ctx: ServiceContext,
  where: SQL | undefined,
  build: (q: ReturnType<typeof selectIntroductions>) => Promise<SelectedRow[]> = (q) => q,
): Promise<IntroductionRow[]> {
  return (await build(selectIntroductions(ctx, where))).map(shapeRow);
}

export function factsOf(row: IntroductionRow): IntroductionFacts {
  const i = row.intro;
  return {
    from: { organisationId: row.from.id, cityId: row.from.city.id, hasEditors: row.fromHasEditors },
    to: { organisationId: row.to.id, cityId: row.to.city.id, hasEditors: row.toHasEditors },
    status: i.status,
    requestedBy: i.requestedBy,
    brokeredBy: i.brokeredBy,
    fromAcceptedAt: i.fromAcceptedAt,
    toAcceptedAt: i.toAcceptedAt,
  };
}

export async function findIntroduction(ctx: ServiceContext, id: string): Promise<IntroductionRow> {
  const [row] = await loadIntroductions(ctx, eq(introductions.id, id));
  if (!row) throw notFound(INTRODUCTION);
  return row;
}

const shortTitle = (title: string | null, text: string) => title ?? (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function toSummary(actor: Actor, row: IntroductionRow, unread: boolean): IntroductionSummary {
  const i = row.intro;
  return {
    id: i.id,
    status: i.status,
    stage: i.stage,
    brokered: i.brokeredBy !== null,
    from: { organisation: row.from, acceptedAt: i.fromAcceptedAt?.toISOString() ?? null },
    to: { organisation: row.to, acceptedAt: i.toAcceptedAt?.toISOString() ?? null },
    item: row.item?.id ? { id: row.item.id, direction: row.item.direction, title: shortTitle(row.item.title, row.item.text) } : null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    version: i.version,
    unread,
    awaitingYou: sidesToAnswer(actor, factsOf(row)).length > 0,
  };
}

/** The users a side brings: the asker (unless a coordinator brokered it) and whoever accepted for it. */
export function sideUserIds(row: IntroductionRow, side: 'from' | 'to'): string[] {
  const i = row.intro;
  const ids = side === 'from' ? [i.brokeredBy ? null : i.requestedBy, i.fromAcceptedBy] : [i.toAcceptedBy];
  return [...new Set(ids.filter((x): x is string => !!x))];
}

/**
 * Contact details of one side for a reader: its users' names and e-mails, and the organisation's
 * people the reader may see under their consent (partners see those visible to partners).
 */
export async function sideContacts(ctx: ServiceContext, reader: Actor, row: IntroductionRow, side: 'from' | 'to'): Promise<IntroductionContact[]> {
  const org = row[side];
  const ids = sideUserIds(row, side);
  const accountRows = (await accountContacts(ctx, ids)).map((a) => ({ id: a.id, name: a.displayName, email: a.email }));
  const personRows = await peopleOfOrganisationByName(ctx, org.id);
  // The other side's circle reads with the consent given to partners (the cities are partners).
  const readerIsOtherSide = circlesOf(reader, factsOf(row)).includes(side === 'from' ? 'to' : 'from');
  return [
    ...ids
      .map((id) => accountRows.find((a) => a.id === id))
      .filter((a) => !!a)
      .map((a) => ({ kind: 'user' as const, name: a.name, email: a.email, phone: null, roleTitle: null })),
    ...personRows
      .filter((p) => canSeePerson(reader, p, false) || (readerIsOtherSide && p.visibleToPartners))
      .map((p) => ({ kind: 'person' as const, name: p.name, email: p.email, phone: p.phone, roleTitle: p.roleTitle })),
  ];
}

async function userRef(ctx: ServiceContext, id: string | null) {
  if (!id) return null;
  const [u] = await accountContacts(ctx, [id]);
  return u ? { displayName: u.displayName, email: u.email } : null;
}

export async function toDetail(ctx: ServiceContext, row: IntroductionRow, unread = false): Promise<Introduction> {
  const actor = ctx.actor;
  const facts = factsOf(row);
  const i = row.intro;
  const revealed = contactsRevealed(facts);
  const summary = toSummary(actor, row, unread);
  const contacts = async (side: 'from' | 'to') => (seesPersonalDataOf(actor, facts, side) ? sideContacts(ctx, actor, row, side) : null);
  const can = { answer: sidesToAnswer(actor, facts).length > 0, withdraw: canWithdraw(actor, facts), moveStage: canMoveStage(actor, facts) };
  return {
    ...summary,
    from: { ...summary.from, contacts: await contacts('from') },
    to: { ...summary.to, contacts: await contacts('to') },
    message: i.message,
    requestedBy: !i.brokeredBy && seesPersonalDataOf(actor, facts, 'from') ? await userRef(ctx, i.requestedBy) : null,
    brokeredBy: i.brokeredBy && seesBroker(actor, row) ? await userRef(ctx, i.brokeredBy) : null,
    declinedAt: i.declinedAt?.toISOString() ?? null,
    declinedSide: i.declinedSide,
    declinedReason: i.declinedReason,
    withdrawnAt: i.withdrawnAt?.toISOString() ?? null,
    ladder: { introducedOn: i.introducedOn, metOn: i.metOn, collaboratingOn: i.collaboratingOn, jointProjectOn: i.jointProjectOn },
    contactsRevealed: revealed,
    can,
    viewer: {
      sides: circlesOf(actor, facts),
      canAccept: can.answer,
      canDecline: can.answer,
      canWithdraw: can.withdraw,
      canMoveStage: can.moveStage,
    },
  };
}

/** A broker is a coordinator: admins, the broker and their own city's circle see them; everyone once accepted. */
function seesBroker(actor: Actor, row: IntroductionRow): boolean {
  const facts = factsOf(row);
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  if (contactsRevealed(facts) || actor.role === 'admin' || actor.id === row.intro.brokeredBy) return true;
  return circlesOf(actor, facts).some((s) => row[s].city.id === row.brokerCityId);
}

/** Marks the introduction read by the user (upsert), so it leaves their unread count. */
export async function markRead(ctx: ServiceContext, introductionId: string, userId: string) {
  await ctx.db
    .insert(introductionReads)
    .values({ introductionId, userId, readAt: sql`now()` })
    .onConflictDoUpdate({ target: [introductionReads.introductionId, introductionReads.userId], set: { readAt: sql`now()` } });
}

export const liveOrDeclined = (a: string, b: string) =>
  and(
    or(
      and(eq(introductions.fromOrganisationId, a), eq(introductions.toOrganisationId, b)),
      and(eq(introductions.fromOrganisationId, b), eq(introductions.toOrganisationId, a)),
    ),
    inArray(introductions.status, ['pending', 'accepted', 'declined']),
  );
