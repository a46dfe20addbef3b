import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../../testing/factories.ts';
import { multipartBody } from '../../../testing/multipart-body.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { TestClient } from '../../../testing/test-client.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../test-world.ts';

/**
 * `can` on agreements, their documents and timeline events (issue 12): each verb is true exactly
 * when the action is not refused (401/403), for every kind of caller; the partnership page lists
 * them with the same `can` as reading them alone.
 */
let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;
let callers: [string, TestClient][];

const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const upload = (client: TestClient, agreementId: string) => {
  const { body, headers } = multipartBody({ fileName: 'letter.pdf', contentType: 'application/pdf', content: pdfBytes });
  return client.post(`/api/agreements/${agreementId}/documents`, body, headers);
};
const refused = (status: number) => status === 401 || status === 403;

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  const org = await seedOrganisation(t.database.db, { cityId: w.dortmund.id, key: 'tu-dortmund', name: 'TU Dortmund', kind: 'university' });
  partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
  callers = [
    ['admin', w.admin],
    ['coordinator of a member city', w.dortmundCoordinator],
    ['coordinator of the partner city', w.clujCoordinator],
    ['coordinator of another city', w.lyonCoordinator],
    ['org-editor of a member city', await t.signedIn({ role: 'org-editor', cityId: w.dortmund.id, organisationId: org.id })],
    ['member of a member city', w.dortmundMember],
    ['the public', t.anonymous()],
  ];
});

describe('can on what hangs off a partnership', () => {
  it('is what the actions on agreements and their documents answer', async () => {
    for (const [who, client] of callers) {
      const agreement = (await w.admin.post(`/api/partnerships/${partnershipId}/agreements`, { kind: 'memorandum', title: { en: `For ${who}` } })).body;
      const document = (await upload(w.admin, agreement.id)).body;
      const read = await client.get(`/api/agreements/${agreement.id}`);
      expect(read.status).toBe(200);
      const can = read.body.can;
      const onPage = (await client.get(`/api/partnerships/${partnershipId}`)).body.agreements.find((a: { id: string }) => a.id === agreement.id);
      expect(onPage.can, who).toEqual(can);
      expect(onPage.documents[0].can, who).toEqual(read.body.documents[0].can);

      const uploaded = await upload(client, agreement.id);
      expect(refused(uploaded.status), `${who}: addDocument`).toBe(!can.addDocument);
      if (!refused(uploaded.status)) expect(uploaded.body.can, who).toEqual({ delete: true });

      const deletedDocument = await client.delete(`/api/documents/${document.id}`);
      expect(refused(deletedDocument.status), `${who}: document delete`).toBe(!read.body.documents[0].can.delete);

      const put = await client.put(`/api/agreements/${agreement.id}`, { version: agreement.version, kind: 'memorandum', title: { en: `Edited by ${who}` } });
      expect(refused(put.status), `${who}: edit`).toBe(!can.edit);
      if (can.edit) expect(put.body.can, who).toEqual(can);

      const deleted = await client.delete(`/api/agreements/${agreement.id}`);
      expect(refused(deleted.status), `${who}: delete`).toBe(!can.delete);
    }
  });

  it('is what the actions on timeline events answer', async () => {
    for (const [who, client] of callers) {
      const event = (
        await w.admin.post(`/api/partnerships/${partnershipId}/timeline`, { kind: 'meeting', occurredOn: '2024-05-01', title: { en: `For ${who}` } })
      ).body;
      expect(event.can).toEqual({ edit: true, delete: true });
      const page = (await client.get(`/api/partnerships/${partnershipId}`)).body;
      const can = page.timeline.find((e: { id: string }) => e.id === event.id).can;
      expect(can.edit, who).toBe(page.can.edit);

      const put = await client.put(`/api/timeline-events/${event.id}`, {
        version: event.version,
        kind: 'meeting',
        occurredOn: '2024-05-02',
        title: { en: `By ${who}` },
      });
      expect(refused(put.status), `${who}: edit`).toBe(!can.edit);
      if (can.edit) expect(put.body.can, who).toEqual(can);

      const deleted = await client.delete(`/api/timeline-events/${event.id}`);
      expect(refused(deleted.status), `${who}: delete`).toBe(!can.delete);
    }
  });
});
