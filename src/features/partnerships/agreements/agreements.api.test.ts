import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../test-world.ts';

let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;

const letterOfIntent = (world: PartnershipWorld) => ({
  kind: 'letter-of-intent',
  title: { en: 'Letter of Intent on a project partnership', de: 'Absichtserklärung über eine Projektpartnerschaft' },
  originalLang: 'en',
  signedOn: '2020-07-31',
  mode: 'video-conference',
  place: null,
  summary: { en: 'Cooperation on digitalisation, smart city, technology and start-ups, and innovation clusters.' },
  signatories: [
    { personName: 'Ullrich Sierau', office: { en: 'Lord Mayor of Dortmund', de: 'Oberbürgermeister der Stadt Dortmund' }, cityId: world.dortmund.id },
    { personName: 'Emil Boc', office: { en: 'Mayor of Cluj-Napoca' }, cityId: world.cluj.id },
  ],
  facilitators: [{ personName: 'Example Facilitator', office: { en: 'Honorary Consul' }, organisation: 'Example Chamber of Commerce' }],
});

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
});

describe('agreements', () => {
  it('lets a coordinator record an agreement with its signatories and facilitators, shown on the partnership', async () => {
    const res = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/agreements`, letterOfIntent(w));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      partnershipId,
      kind: 'letter-of-intent',
      signedOn: '2020-07-31',
      mode: 'video-conference',
      place: null,
      title: letterOfIntent(w).title,
      originalLang: 'en',
      summary: letterOfIntent(w).summary,
      signatories: letterOfIntent(w).signatories,
      facilitators: letterOfIntent(w).facilitators,
      documents: [],
      version: 1,
      can: { edit: true, delete: true, addDocument: true },
    });
    // The public reads the same agreement, without the right to change it.
    const asPublic = { ...res.body, can: { edit: false, delete: false, addDocument: false } };
    const detail = (await t.anonymous().get('/api/partnerships/dortmund-cluj-napoca')).body;
    expect(detail.agreements).toEqual([asPublic]);
    expect(detail.counts.agreements).toBe(1);
    expect((await t.anonymous().get(`/api/agreements/${res.body.id}`)).body).toEqual(asPublic);
  });

  it('replaces the parties on edit, refuses a stale version, and deletes', async () => {
    const created = (
      await w.dortmundCoordinator.post(`/api/partnerships/${partnershipId}/agreements`, {
        ...letterOfIntent(w),
        kind: 'memorandum',
        title: { en: 'Memorandum' },
      })
    ).body;
    const edited = await w.clujCoordinator.put(`/api/agreements/${created.id}`, {
      ...letterOfIntent(w),
      kind: 'cooperation-agreement',
      title: { en: 'Cooperation agreement', ro: 'Acord de cooperare' },
      originalLang: undefined,
      summary: null,
      mode: 'in-person',
      place: 'Cluj-Napoca',
      signatories: [{ personName: 'Emil Boc', office: { ro: 'Primarul municipiului Cluj-Napoca' }, cityId: w.cluj.id }],
      facilitators: [],
      version: 1,
    });
    expect(edited.status).toBe(200);
    // Without originalLang the original stays English, which the title still has.
    expect(edited.body).toMatchObject({ kind: 'cooperation-agreement', place: 'Cluj-Napoca', version: 2, facilitators: [], originalLang: 'en', summary: {} });
    expect(edited.body.title).toEqual({ en: 'Cooperation agreement', ro: 'Acord de cooperare' });
    expect(edited.body.signatories).toEqual([{ personName: 'Emil Boc', office: { ro: 'Primarul municipiului Cluj-Napoca' }, cityId: w.cluj.id }]);
    const stale = await w.dortmundCoordinator.put(`/api/agreements/${created.id}`, { ...letterOfIntent(w), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await w.dortmundCoordinator.delete(`/api/agreements/${created.id}`)).status).toBe(204);
    expect((await t.anonymous().get(`/api/agreements/${created.id}`)).status).toBe(404);
  });

  it('refuses a signatory for a city outside the partnership', async () => {
    const body = { ...letterOfIntent(w), signatories: [{ personName: 'Someone', office: null, cityId: w.lyon.id }] };
    const res = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/agreements`, body);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'signatories.0.cityId', rule: 'not_member' })]);
  });

  it('names the failing fields of a malformed agreement', async () => {
    const res = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/agreements`, {
      ...letterOfIntent(w),
      kind: 'treaty',
      mode: 'carrier-pigeon',
      signedOn: '2020-02-30',
      signatories: [{ personName: '', cityId: 'cluj' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'kind',
      'mode',
      'signatories.0.cityId',
      'signatories.0.personName',
      'signedOn',
    ]);
    const noVersion = await w.clujCoordinator.put('/api/agreements/00000000-0000-4000-8000-000000000000', letterOfIntent(w));
    expect(noVersion.body.fields.map((f: { path: string }) => f.path)).toEqual(['version']);
  });

  it('keeps text per language with the original marked, and names the failing language', async () => {
    const created = (
      await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/agreements`, { kind: 'memorandum', title: { ro: 'Memorandum de înțelegere' } })
    ).body;
    // The only language given is the original.
    expect(created).toMatchObject({ originalLang: 'ro', title: { ro: 'Memorandum de înțelegere' }, summary: {} });
    const translated = await w.dortmundCoordinator.put(`/api/agreements/${created.id}`, {
      kind: 'memorandum',
      title: { ro: 'Memorandum de înțelegere', de: 'Absichtserklärung', hu: 'Egyetértési nyilatkozat' },
      summary: { de: 'Zusammenarbeit bei der Digitalisierung.' },
      version: 1,
    });
    expect(translated.status).toBe(200);
    expect(translated.body).toMatchObject({
      originalLang: 'ro',
      title: { ro: 'Memorandum de înțelegere', de: 'Absichtserklärung', hu: 'Egyetértési nyilatkozat' },
    });

    const bad = await w.dortmundCoordinator.put(`/api/agreements/${created.id}`, {
      kind: 'memorandum',
      title: { de: '  ', ro: 'x'.repeat(301) },
      summary: { fr: 'Résumé' },
      signatories: [{ personName: 'Emil Boc', office: { en: '' } }],
      version: 2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['signatories.0.office.en', 'summary', 'title.de', 'title.ro']);
    const none = await w.dortmundCoordinator.put(`/api/agreements/${created.id}`, { kind: 'memorandum', title: {}, version: 2 });
    expect(none.status).toBe(400);
    expect(none.body.fields.map((f: { path: string }) => f.path)).toEqual(['title']);
    const noOriginal = await w.dortmundCoordinator.put(`/api/agreements/${created.id}`, {
      kind: 'memorandum',
      title: { de: 'Absichtserklärung' },
      originalLang: 'hu',
      version: 2,
    });
    expect(noOriginal.status).toBe(400);
    expect(noOriginal.body.fields).toEqual([expect.objectContaining({ path: 'originalLang', rule: 'no_title' })]);
    // The original's text removed: the first language left becomes the original.
    const moved = await w.dortmundCoordinator.put(`/api/agreements/${created.id}`, {
      kind: 'memorandum',
      title: { hu: 'Egyetértési nyilatkozat', de: 'Absichtserklärung' },
      version: 2,
    });
    expect(moved.body).toMatchObject({ originalLang: 'de', version: 3 });
    // The history keeps every language of before and after.
    const history = (await w.admin.get(`/api/history/agreement/${created.id}`)).body;
    expect(JSON.stringify(history)).toContain('Egyetértési nyilatkozat');
  });

  it('refuses the public, coordinators of other cities and members', async () => {
    const created = (await w.admin.post(`/api/partnerships/${partnershipId}/agreements`, letterOfIntent(w))).body;
    const add = `/api/partnerships/${partnershipId}/agreements`;
    const one = `/api/agreements/${created.id}`;
    expect((await t.anonymous().post(add, letterOfIntent(w))).status).toBe(401);
    expect((await t.anonymous().put(one, { ...letterOfIntent(w), version: 1 })).status).toBe(401);
    expect((await t.anonymous().delete(one)).status).toBe(401);
    for (const outsider of [w.lyonCoordinator, w.dortmundMember]) {
      expect((await outsider.post(add, letterOfIntent(w))).status).toBe(403);
      expect((await outsider.put(one, { ...letterOfIntent(w), version: 1 })).status).toBe(403);
      expect((await outsider.delete(one)).status).toBe(403);
    }
    expect((await w.lyonCoordinator.post('/api/partnerships/unknown/agreements', letterOfIntent(w))).status).toBe(404);
  });
});
