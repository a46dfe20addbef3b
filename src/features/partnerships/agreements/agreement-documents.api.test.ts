import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, type MultipartFile } from '../../../testing/multipart-body.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { TestClient } from '../../../testing/test-client.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../test-world.ts';

let t: TestApp;
let w: PartnershipWorld;
let agreementId: string;

const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function upload(client: TestClient, id: string, file: MultipartFile) {
  const { body, headers } = multipartBody(file);
  return client.post(`/api/agreements/${id}/documents`, body, headers);
}

const pdf = (fileName = 'Letter of Intent.pdf') => ({ fileName, contentType: 'application/pdf', content: pdfBytes });

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  const partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
  agreementId = (await w.admin.post(`/api/partnerships/${partnershipId}/agreements`, { kind: 'letter-of-intent', title: { en: 'Letter of Intent' } })).body.id;
});

describe('agreement documents', () => {
  it('stores an uploaded PDF with its checksum and lists it on the agreement', async () => {
    const res = await upload(w.clujCoordinator, agreementId, pdf('Scrisoare de intenție Dortmund–Cluj.pdf'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      agreementId,
      fileName: 'Scrisoare de intenție Dortmund–Cluj.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdfBytes.length,
      sha256: crypto.createHash('sha256').update(pdfBytes).digest('hex'),
    });
    expect(res.body.can).toEqual({ delete: true });
    const agreement = (await t.anonymous().get(`/api/agreements/${agreementId}`)).body;
    expect(agreement.documents).toEqual([{ ...res.body, can: { delete: false } }]);
    const detail = (await t.anonymous().get('/api/partnerships/dortmund-cluj-napoca')).body;
    expect(detail.agreements[0].documents[0].id).toBe(res.body.id);
  });

  it('serves the download as a sandboxed attachment with a safely encoded name', async () => {
    const uploaded = (await upload(w.dortmundCoordinator, agreementId, { ...pdf('LoI "final"; 2020 – semnată.pdf'), encodeName: true })).body;
    expect(uploaded.fileName).toBe('LoI "final"; 2020 – semnată.pdf');
    const res = await t.anonymous().get(`/api/documents/${uploaded.id}/download`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    const disposition = String(res.headers['content-disposition']);
    expect(disposition.startsWith('attachment; ')).toBe(true);
    expect(disposition).toContain(`filename*=UTF-8''LoI%20%22final%22%3B%202020%20%E2%80%93%20semnat%C4%83.pdf`);
    expect(disposition).toContain('filename="LoI _final__ 2020 _ semnata.pdf"');
    expect(Buffer.from(res.text, 'latin1').equals(pdfBytes)).toBe(true);
    expect((await t.anonymous().get('/api/documents/00000000-0000-4000-8000-000000000000/download')).status).toBe(404);
  });

  it('refuses anything that is not a PDF, by content type and by content', async () => {
    for (const file of [
      { fileName: 'notes.txt', contentType: 'text/plain', content: pdfBytes },
      { fileName: 'page.pdf', contentType: 'application/pdf', content: Buffer.from('<html><script>alert(1)</script></html>') },
    ]) {
      const res = await upload(w.clujCoordinator, agreementId, file);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'pdf_only' })]);
    }
    const wrongField = await upload(w.clujCoordinator, agreementId, { ...pdf(), field: 'document' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.fields[0]).toMatchObject({ path: 'file', rule: 'required' });
    const notMultipart = await w.clujCoordinator.post(`/api/agreements/${agreementId}/documents`, { file: 'x' });
    expect(notMultipart.status).toBe(400);
    expect(notMultipart.body.fields[0].path).toBe('file');
  });

  it('refuses uploads from the public, coordinators of other cities and members', async () => {
    expect((await upload(t.anonymous(), agreementId, pdf())).status).toBe(401);
    expect((await upload(w.lyonCoordinator, agreementId, pdf())).status).toBe(403);
    expect((await upload(w.dortmundMember, agreementId, pdf())).status).toBe(403);
    expect((await upload(w.clujCoordinator, '00000000-0000-4000-8000-000000000000', pdf())).status).toBe(404);
    expect((await upload(w.clujCoordinator.withoutCsrf(), agreementId, pdf())).body.code).toBe('csrf_failed');
  });

  it('lets co-owners delete a document and refuses everyone else', async () => {
    const uploaded = (await upload(w.dortmundCoordinator, agreementId, pdf('to-remove.pdf'))).body;
    const url = `/api/documents/${uploaded.id}`;
    expect((await t.anonymous().delete(url)).status).toBe(401);
    expect((await w.lyonCoordinator.delete(url)).status).toBe(403);
    expect((await w.dortmundMember.delete(url)).status).toBe(403);
    expect((await w.admin.delete(url)).status).toBe(204);
    expect((await t.anonymous().get(`${url}/download`)).status).toBe(404);
  });
});

describe('upload size limit', () => {
  it('refuses a file over the configured limit with 413 naming the field', async () => {
    const small = await createTestApp({ maxUploadBytes: 1024 });
    const world = await createPartnershipWorld(small);
    const partnershipId = (await world.admin.post('/api/partnerships', partnershipBody(world))).body.id;
    const id = (await world.admin.post(`/api/partnerships/${partnershipId}/agreements`, { kind: 'memorandum', title: { en: 'M' } })).body.id;
    const big = Buffer.concat([pdfBytes, Buffer.alloc(2048, 0x20)]);
    const res = await upload(world.clujCoordinator, id, { fileName: 'big.pdf', contentType: 'application/pdf', content: big });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'max_size' })]);
    expect((await upload(world.clujCoordinator, id, pdf())).status).toBe(201);
  });
});
