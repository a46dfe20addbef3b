import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { actingAs, importSource, systemActor } from '../../shared/actor.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { importInterchange } from '../interchange/import-interchange.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../partnerships/test-world.ts';
import { recordAudit } from './audit.service.ts';
import { auditEvents } from './audit.table.ts';
import { fieldKind } from './history-fields.ts';
import { historyRegistry } from './history-contributions.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const history = (type: string, id: string) => `/api/history/${type}/${id}`;
type Change = {
  field: string;
  language: string | null;
  kind: string;
  before: { type: string };
  after: Record<string, unknown>;
  added: Record<string, unknown>[];
  removed: Record<string, unknown>[];
};

describe('authors and references in a history (partnership world)', () => {
  let t: TestApp;
  let w: PartnershipWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createPartnershipWorld(t);
  });

  const organisationDocument = (key: string) => ({
    format: 'pontis-interchange/1',
    cities: [{ key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' }],
    organisations: [
      {
        key,
        name: `Organisation ${key}`,
        kind: 'ngo',
        city: 'cluj-napoca',
        themes: ['culture'],
        description: [{ lang: 'ro', text: 'O asociație culturală.' }],
      },
    ],
  });
  const organisationId = async (key: string) =>
    (await t.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, key)))[0].id;

  it('names the author: an import over the API, an import of a named file, then the user who edited', async () => {
    expect((await w.admin.post('/api/interchange/import', organisationDocument('asociatia-api'))).status).toBe(200);
    const viaApi = await w.clujCoordinator.get(history('organisation', await organisationId('asociatia-api')));
    expect(viaApi.status).toBe(200);
    expect(viaApi.body[0].actor).toMatchObject({ source: 'import', detail: null, label: 'Platform Admin' });

    await importInterchange(
      { ...t.ctx(), actor: actingAs(systemActor('cli: pontis import'), importSource('partners.json')) },
      organisationDocument('asociatia-cli'),
    );
    const id = await organisationId('asociatia-cli');
    const fromFile = await w.clujCoordinator.get(history('organisation', id));
    expect(fromFile.body[0].actor).toEqual({ id: null, label: 'cli: pontis import', source: 'import', detail: 'partners.json' });

    const org = (await w.clujCoordinator.get(`/api/organisations/${id}`)).body;
    const saved = await w.clujCoordinator.put(`/api/organisations/${id}`, {
      version: org.version,
      name: org.name,
      kind: 'cluster',
      cityId: w.cluj.id,
      themes: ['culture', 'mobility', 'sustainability'],
      description: [{ lang: 'ro', text: 'O asociație culturală și civică.' }],
    });
    expect(saved.status).toBe(200);
    const edited = await w.clujCoordinator.get(history('organisation', id));
    const [edit] = edited.body;
    expect(edit.actor).toEqual({ id: w.clujCoordinator.userId, label: 'Ana Pop', source: 'user', detail: null });
    const byField = new Map<string, Change>(edit.changes.map((c: Change) => [c.field, c]));
    expect(byField.get('kind')).toMatchObject({
      kind: 'value',
      before: { type: 'code', vocabulary: 'organisation-kind', code: 'ngo' },
      after: { code: 'cluster' },
    });
    expect(byField.get('themes')?.added.map((v) => v.code)).toEqual(['mobility', 'sustainability']);
    expect(byField.get('themes')?.added[0].labels).toMatchObject({
      de: expect.any(String),
      ro: expect.any(String),
      en: expect.any(String),
      hu: expect.any(String),
    });
    expect(byField.get('description')).toMatchObject({ kind: 'text', language: 'ro', after: { type: 'text', text: 'O asociație culturală și civică.' } });
    expect(JSON.stringify(edit.changes)).not.toMatch(UUID);
  });

  it('names the records a change points to, but not a record the reader may not see', async () => {
    const org = await organisationId('asociatia-cli');
    const [person] = await t.database.db.insert(people).values({ cityId: w.cluj.id, organisationId: org, name: 'Ioana Pop' }).returning();
    await recordAudit(t.ctx(), {
      entityType: 'person',
      entityId: person.id,
      action: 'create',
      after: { name: 'Ioana Pop', cityId: w.cluj.id, organisationId: org },
    });
    const res = await w.clujCoordinator.get(history('person', person.id));
    const [created] = res.body;
    const after = new Map(created.changes.map((c: Change) => [c.field, c.after]));
    expect(after.get('cityId')).toEqual({ type: 'record', entityType: 'city', name: 'Cluj-Napoca', visible: true });
    expect(after.get('organisationId')).toEqual({ type: 'record', entityType: 'organisation', name: 'Organisation asociatia-cli', visible: true });

    // An agreement of a partnership between Dortmund and Lyon: Cluj's coordinator may not edit it.
    const partnership = (
      await w.dortmundCoordinator.post(
        '/api/partnerships',
        partnershipBody(w, { key: 'dortmund-lyon', name: 'Dortmund – Lyon', cities: [w.dortmund.id, w.lyon.id] }),
      )
    ).body;
    const agreement = (
      await w.dortmundCoordinator.post(`/api/partnerships/${partnership.id}/agreements`, { kind: 'memorandum', title: { en: 'Secret memorandum' } })
    ).body;
    expect(agreement.id).toMatch(UUID);
    await recordAudit(t.ctx(), {
      entityType: 'person',
      entityId: person.id,
      action: 'update',
      before: { agreementId: null },
      after: { agreementId: agreement.id },
    });
    const hidden = (await w.clujCoordinator.get(history('person', person.id))).body[0];
    expect(hidden.changes).toEqual([
      expect.objectContaining({ field: 'agreementId', after: { type: 'record', entityType: 'agreement', name: null, visible: false } }),
    ]);
    expect(JSON.stringify(hidden.changes)).not.toContain('Secret memorandum');
    const named = (await w.admin.get(history('person', person.id))).body[0];
    expect(named.changes[0].after).toMatchObject({ name: expect.stringContaining('Secret memorandum'), visible: true });
  });

  it('describes every field the services write into snapshots', async () => {
    const created = await w.clujCoordinator.post('/api/people', {
      name: 'Mihai Ionescu',
      cityId: w.cluj.id,
      organisationId: await organisationId('asociatia-cli'),
      roleTitle: 'Director',
      languages: ['ro', 'hu'],
      visibleToPartners: true,
    });
    expect(created.status).toBe(201);
    const res = await w.clujCoordinator.get(history('person', created.body.id));
    expect(JSON.stringify(res.body[0].changes)).not.toMatch(UUID);
    expect((await undescribedFields(t)).undescribed).toEqual([]);
  });
});

/** Fields of history snapshots that history-fields.ts does not describe, as "type.field". */
async function undescribedFields(t: TestApp): Promise<{ shown: string[]; undescribed: string[] }> {
  const rows = await t.database.db.select({ entityType: auditEvents.entityType, before: auditEvents.before, after: auditEvents.after }).from(auditEvents);
  const undescribed = new Set<string>();
  const shown = new Set<string>();
  const registry = await historyRegistry();
  for (const row of rows) {
    if (!registry.subject(row.entityType)) continue;
    shown.add(row.entityType);
    for (const snapshot of [row.before, row.after]) {
      for (const field of Object.keys((snapshot as Record<string, unknown>) ?? {}))
        if (!fieldKind(row.entityType, field)) undescribed.add(`${row.entityType}.${field}`);
    }
  }
  return { shown: [...shown].sort(), undescribed: [...undescribed] };
}

describe('the demo in the history', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx(systemActor('pontis serve')));
  });

  it('is authored "Demo data", whoever loaded it', async () => {
    const admin = await t.signedIn({ role: 'admin', displayName: 'Demo Reader' });
    const [tu] = await t.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, 'tu-dortmund'));
    const res = await admin.get(history('organisation', tu.id));
    expect(res.status).toBe(200);
    const created = res.body.at(-1);
    expect(created).toMatchObject({ action: 'create', actor: { id: null, source: 'demo' } });
    const themes = created.changes.find((c: Change) => c.field === 'themes');
    expect(themes.added[0]).toMatchObject({ type: 'code', vocabulary: 'theme', code: 'education-research', labels: { de: 'Bildung und Forschung' } });
  });

  it('describes every field of every snapshot a history shows (a new field must be named in history-fields.ts)', async () => {
    const { shown, undescribed } = await undescribedFields(t);
    expect(shown).toEqual(
      expect.arrayContaining(['agreement', 'city', 'organisation', 'partnership', 'person', 'project', 'project-partner', 'timeline-event']),
    );
    expect(undescribed).toEqual([]);
  });
});
