import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actingAs, actorUserId, demoSource, isAdmin } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { storedTexts } from '../../shared/localised-texts.ts';
import { presentAgreements } from '../agreements/index.ts';
import { agreementParties, agreements } from '../agreements/agreements.table.ts';
import { recordAudit } from '../audit/index.ts';
import { seedDemoCalls } from '../calls/index.ts';
import { cities } from '../cities/cities.table.ts';
import { importInterchange, type ImportSummary } from '../interchange/index.ts';
import { partnerships, timelineEvents } from '../partnerships/partnerships.table.ts';
import { presentTimelineEvent } from '../partnerships/index.ts';
import { people } from '../people/people.table.ts';
import { seedDemoProject } from '../projects/index.ts';
import { reindexPeople } from '../search/index.ts';
import { syncThemes } from '../themes/index.ts';
import { users } from '../users/users.table.ts';
import { seedDemoAccounts, type CreatedDemoAccount } from './demo-accounts.ts';
import { lastAuditId, spreadDemoEditDates } from './demo-edit-dates.ts';
import { seedDemoIntroductions } from './demo-introductions.ts';
import { DEMO_PARTNERSHIP_KEY, demoAgreement, demoOffices, demoPeople, demoTimeline } from './demo-facts.ts';
import demoDocument from './demo-partnership.json' with { type: 'json' };

export interface DemoSeedSummary {
  /** False when the demo partnership had its agreement already: then nothing was changed. */
  seeded: boolean;
  import: ImportSummary | null;
  officesSet: number;
  agreementId: string | null;
  timelineEvents: number;
  people: number;
  /** The demo accounts created now, with their generated passwords: to be shown once, never stored. */
  accounts: CreatedDemoAccount[];
  introductions: number;
}

/** True on a fresh installation: no cities and no user accounts yet. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [{ n: cityCount }] = await db.select({ n: count() }).from(cities);
  const [{ n: userCount }] = await db.select({ n: count() }).from(users);
  return cityCount === 0 && userCount === 0;
}

/**
 * Loads the demo partnership Dortmund – Cluj-Napoca in one transaction: the theme catalogue, the
 * interchange file (cities, partnership, organisations), the coordinating offices, the Letter of
 * Intent, the timeline and the two mayors. Does nothing when the partnership has its agreement
 * already, so it is safe to call at every start. Needs an admin or the system actor (CLI).
 */
export async function seedDemo(ctx: ServiceContext): Promise<DemoSeedSummary> {
  if (!isAdmin(ctx.actor)) throw forbidden('Only platform administrators can load the demo.');
  // Every change below is authored "Demo data" in the history, whoever loaded the demo.
  return inTransaction({ ...ctx, actor: actingAs(ctx.actor, demoSource) }, async (tx) => {
    if (await hasAgreement(tx)) {
      return { seeded: false, import: null, officesSet: 0, agreementId: null, timelineEvents: 0, people: 0, accounts: [], introductions: 0 };
    }
    const sinceAuditId = await lastAuditId(tx);
    await syncThemes(tx.db);
    const imported = await importInterchange(tx, demoDocument);
    const cityIds = await demoCityIds(tx);
    const officesSet = await setOffices(tx);
    const partnershipId = await activatePartnership(tx);
    const agreementId = await addAgreement(tx, partnershipId, cityIds);
    const events = await addTimeline(tx, partnershipId);
    const added = await addPeople(tx, cityIds);
    await seedDemoCalls(tx);
    // After the demo calls (when seeded): the project idea answers one of them.
    await seedDemoProject(tx, DEMO_PARTNERSHIP_KEY);
    // A living demo: people of every role in both cities, their introductions, past edit days.
    const accounts = await seedDemoAccounts(tx);
    const intros = await seedDemoIntroductions(tx, accounts.actors);
    await spreadDemoEditDates(tx, sinceAuditId);
    return {
      seeded: true,
      import: imported,
      officesSet,
      agreementId,
      timelineEvents: events,
      people: added,
      accounts: accounts.created,
      introductions: intros.introductions,
    };
  });
}

async function hasAgreement(tx: ServiceContext): Promise<boolean> {
  const rows = await tx.db
    .select({ id: agreements.id })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .where(eq(partnerships.key, DEMO_PARTNERSHIP_KEY))
    .limit(1);
  return rows.length > 0;
}

async function demoCityIds(tx: ServiceContext): Promise<Map<string, string>> {
  const rows = await tx.db
    .select({ id: cities.id, key: cities.key })
    .from(cities)
    .where(inArray(cities.key, Object.keys(demoOffices)));
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Fills in a coordinating office only where none is recorded, so a coordinator's edits stay. */
async function setOffices(tx: ServiceContext): Promise<number> {
  let set = 0;
  for (const [key, office] of Object.entries(demoOffices)) {
    const [city] = await tx.db.select().from(cities).where(eq(cities.key, key));
    if (!city || city.officeName) continue;
    await updateVersioned(tx, cities, 'The city', city.id, city.version, { officeName: office.name, officeAddress: office.address });
    await recordAudit(tx, {
      entityType: 'city',
      entityId: city.id,
      action: 'update',
      before: { office: { name: city.officeName, address: city.officeAddress, email: city.officeEmail, phone: city.officePhone } },
      after: { office: { name: office.name, address: office.address, email: city.officeEmail, phone: city.officePhone } },
    });
    set += 1;
  }
  return set;
}

/** The partnership has worked since the Letter of Intent: it is active. */
async function activatePartnership(tx: ServiceContext): Promise<string> {
  const [row] = await tx.db.select().from(partnerships).where(eq(partnerships.key, DEMO_PARTNERSHIP_KEY));
  if (row.status !== 'active') {
    await updateVersioned(tx, partnerships, 'The partnership', row.id, row.version, { status: 'active' });
    await recordAudit(tx, { entityType: 'partnership', entityId: row.id, action: 'update', before: { status: row.status }, after: { status: 'active' } });
  }
  return row.id;
}

async function addAgreement(tx: ServiceContext, partnershipId: string, cityIds: Map<string, string>): Promise<string> {
  const { signatories, facilitators, originalLang: lang, title, summary, ...columns } = demoAgreement;
  const [row] = await tx.db
    .insert(agreements)
    .values({
      partnershipId,
      ...columns,
      title: storedTexts(title, lang),
      summary: storedTexts(summary, lang),
      originalLang: lang,
      place: null,
      updatedBy: actorUserId(tx.actor),
    })
    .returning();
  // Same layout as the agreements feature: signatories first, then facilitators, one position sequence.
  const parties = [
    ...signatories.map((s) => ({
      role: 'signatory' as const,
      personName: s.personName,
      office: storedTexts(s.office, lang),
      cityId: cityIds.get(s.cityKey) ?? null,
      organisation: null,
    })),
    ...facilitators.map((f) => ({
      role: 'facilitator' as const,
      personName: f.personName,
      office: storedTexts(f.office, lang),
      cityId: null,
      organisation: f.organisation,
    })),
  ].map((p, position) => ({ ...p, agreementId: row.id, position }));
  await tx.db.insert(agreementParties).values(parties);
  // The same snapshot as the agreements feature writes, so the history compares like with like.
  const [{ updatedAt: _u, documents, ...presented }] = await presentAgreements(tx, [row]);
  await recordAudit(tx, { entityType: 'agreement', entityId: row.id, action: 'create', after: { ...presented, documents: documents.map((d) => d.fileName) } });
  return row.id;
}

/** Adds the events the partnership does not have yet (same day and kind), so nothing appears twice. */
async function addTimeline(tx: ServiceContext, partnershipId: string): Promise<number> {
  const existing = await tx.db
    .select({ occurredOn: timelineEvents.occurredOn, kind: timelineEvents.kind })
    .from(timelineEvents)
    .where(eq(timelineEvents.partnershipId, partnershipId));
  const missing = demoTimeline.filter((e) => !existing.some((x) => x.occurredOn === e.occurredOn && x.kind === e.kind));
  for (const { title, description, originalLang: lang, ...event } of missing) {
    const [row] = await tx.db
      .insert(timelineEvents)
      .values({
        partnershipId,
        ...event,
        title: storedTexts(title, lang),
        description: storedTexts(description, lang),
        originalLang: lang,
        updatedBy: actorUserId(tx.actor),
      })
      .returning();
    const { updatedAt: _u, ...presented } = presentTimelineEvent(row);
    await recordAudit(tx, { entityType: 'timeline-event', entityId: row.id, action: 'create', after: presented });
  }
  return missing.length;
}

async function addPeople(tx: ServiceContext, cityIds: Map<string, string>): Promise<number> {
  const added: string[] = [];
  for (const { cityKey, ...person } of demoPeople) {
    const cityId = cityIds.get(cityKey)!;
    const [known] = await tx.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.cityId, cityId), eq(people.name, person.name)));
    if (known) continue;
    const [row] = await tx.db
      .insert(people)
      .values({ ...person, languages: [...person.languages], cityId, visibleToPartners: true, visibleToPublic: true, updatedBy: actorUserId(tx.actor) })
      .returning();
    const { createdAt: _c, updatedAt: _u, updatedBy: _b, ...stored } = row;
    await recordAudit(tx, { entityType: 'person', entityId: row.id, action: 'create', after: stored });
    added.push(row.id);
  }
  // Organisations were indexed by the import; the people are indexed here, in the same transaction.
  await reindexPeople(tx, added);
  return added.length;
}
