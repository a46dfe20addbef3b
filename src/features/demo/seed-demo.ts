import type { Db } from '../../db/database.ts';
import { actingAs, demoSource, isAdmin } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { seedDemoCalls } from '../calls/index.ts';
import { cityCount, cityNames, fillCityOffice } from '../cities/index.ts';
import { importInterchange, type ImportSummary } from '../interchange/index.ts';
import {
  agreementCountsByPartnership,
  createAgreement,
  createTimelineEvent,
  partnershipNames,
  setPartnershipStatus,
  timelineOfPartnership,
} from '../partnerships/index.ts';
import { addPersonUnlessListed } from '../people/index.ts';
import { seedDemoProject } from '../projects/index.ts';
import { syncThemes } from '../themes/index.ts';
import { accountCount } from '../users/index.ts';
import { seedDemoAccounts, type CreatedDemoAccount } from './demo-accounts.ts';
import { lastAuditId, spreadDemoEditDates } from './demo-edit-dates.ts';
import { seedDemoIntroductions } from './demo-introductions.ts';
import { DEMO_PARTNERSHIP_KEY, demoAgreement, demoOffices, demoPeople, demoTimeline } from './demo-facts.ts';
import { demoLifeDocument } from './demo-activities.ts';
import demoDocument from './demo-partnership.json' with { type: 'json' };

export interface DemoSeedSummary {
  /** False when the demo partnership had its agreement already: then nothing was changed. */
  seeded: boolean;
  import: ImportSummary | null;
  /** The import of the programme and the activities (demo-activities.ts), through the same importer. */
  life: ImportSummary | null;
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
  const cities = await cityCount(db);
  const accounts = await accountCount(db);
  return cities === 0 && accounts === 0;
}

/**
 * Loads the demo partnership Dortmund – Cluj-Napoca in one transaction: the theme catalogue, the
 * interchange file (cities, partnership, organisations), the coordinating offices, the Letter of
 * Intent, the timeline, the two mayors, and its life as a second interchange document (the action
 * programme 2021–2024, past and coming activities). Does nothing when the partnership has its
 * agreement already, so it is safe to call at every start. Needs an admin or the system actor (CLI).
 */
export async function seedDemo(ctx: ServiceContext): Promise<DemoSeedSummary> {
  if (!isAdmin(ctx.actor)) throw forbidden('Only platform administrators can load the demo.');
  // Every change below is authored "Demo data" in the history, whoever loaded the demo.
  return inTransaction({ ...ctx, actor: actingAs(ctx.actor, demoSource) }, async (tx) => {
    if (await hasAgreement(tx)) {
      return { seeded: false, import: null, life: null, officesSet: 0, agreementId: null, timelineEvents: 0, people: 0, accounts: [], introductions: 0 };
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
    // The partnership's life since the Letter of Intent: its action programme and activities,
    // past and coming, as a second interchange document (the demo proves the format).
    const life = await importInterchange(tx, demoLifeDocument(new Date()));
    // A living demo: people of every role in both cities, their introductions, past edit days.
    const accounts = await seedDemoAccounts(tx);
    const intros = await seedDemoIntroductions(tx, accounts.actors);
    await spreadDemoEditDates(tx, sinceAuditId);
    return {
      seeded: true,
      import: imported,
      life,
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
  const [partnership] = await partnershipNames(tx, 'key', [DEMO_PARTNERSHIP_KEY]);
  return partnership ? (await agreementCountsByPartnership(tx, [partnership.id])).length > 0 : false;
}

async function demoCityIds(tx: ServiceContext): Promise<Map<string, string>> {
  const rows = await cityNames(tx, 'key', Object.keys(demoOffices));
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Fills in a coordinating office only where none is recorded, so a coordinator's edits stay. */
async function setOffices(tx: ServiceContext): Promise<number> {
  let set = 0;
  for (const [key, office] of Object.entries(demoOffices)) if (await fillCityOffice(tx, key, office)) set += 1;
  return set;
}

/** The partnership has worked since the Letter of Intent: it is active. */
async function activatePartnership(tx: ServiceContext): Promise<string> {
  return setPartnershipStatus(tx, DEMO_PARTNERSHIP_KEY, 'active');
}

/** The Letter of Intent, through the agreements' use case (the demo's admin may edit any partnership). */
async function addAgreement(tx: ServiceContext, partnershipId: string, cityIds: Map<string, string>): Promise<string> {
  const { signatories, facilitators, ...fields } = demoAgreement;
  const created = await createAgreement(tx, partnershipId, {
    ...fields,
    place: null,
    signatories: signatories.map((s) => ({ personName: s.personName, office: s.office, cityId: cityIds.get(s.cityKey) ?? null })),
    facilitators: facilitators.map((f) => ({ personName: f.personName, office: f.office, organisation: f.organisation })),
  });
  return created.id;
}

/** Adds the events the partnership does not have yet (same day and kind), so nothing appears twice. */
async function addTimeline(tx: ServiceContext, partnershipId: string): Promise<number> {
  const existing = await timelineOfPartnership(tx, partnershipId);
  const missing = demoTimeline.filter((e) => !existing.some((x) => x.occurredOn === e.occurredOn && x.kind === e.kind));
  for (const event of missing) await createTimelineEvent(tx, partnershipId, event);
  return missing.length;
}

async function addPeople(tx: ServiceContext, cityIds: Map<string, string>): Promise<number> {
  const added: string[] = [];
  for (const { cityKey, ...person } of demoPeople) {
    const id = await addPersonUnlessListed(tx, {
      ...person,
      languages: [...person.languages],
      cityId: cityIds.get(cityKey)!,
      visibleToPartners: true,
      visibleToPublic: true,
    });
    if (id) added.push(id);
  }
  return added.length;
}
