import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, type MultipartFile } from '../../../testing/multipart-body.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { TestClient } from '../../../testing/test-client.ts';
import { createWorkPlanWorld, seedProject, type WorkPlanWorld } from './work-plan-test-world.ts';

let t: TestApp;
let w: WorkPlanWorld;
let projectId: string;

const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type UploadFile = MultipartFile & { title?: string; titleAfter?: boolean };

function upload(client: TestClient, { title, titleAfter, ...file }: UploadFile, id = projectId) {
  const { body, headers } = multipartBody(file, { fields: title === undefined ? {} : { title }, fieldsAfter: titleAfter });
  return client.post(`/api/projects/${id}/documents`, body, headers);
}

const pdf = { fileName: 'Application form.pdf', contentType: 'application/pdf', content: pdfBytes };

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorkPlanWorld(t);
  projectId = (await seedProject(t, w)).id;
});

describe('project documents', () => {
  it('stores an upload with its title and checksum and lists it for project readers', async () => {
    const res = await upload(w.consortiumEditor, { ...pdf, title: 'Part B draft' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      projectId,
      title: 'Part B draft',
      fileName: 'Application form.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdfBytes.length,
      sha256: crypto.createHash('sha256').update(pdfBytes).digest('hex'),
    });
    const titledLater = await upload(w.dortmundCoordinator, {
      fileName: 'budget.csv',
      contentType: 'text/csv',
      content: Buffer.from('partner;budget\nDortmund;100000\n'),
      title: 'Budget',
      titleAfter: true,
    });
    expect(titledLater.status).toBe(201);
    expect(titledLater.body).toMatchObject({ title: 'Budget', contentType: 'text/plain; charset=utf-8' });
    const list = await w.dortmundMember.get(`/api/projects/${projectId}/documents`);
    expect(list.status).toBe(200);
    expect(list.body.documents.map((d: { title: string }) => d.title).sort()).toEqual(['Budget', 'Part B draft']);
  });

  it('serves a download as a sandboxed attachment to project readers only', async () => {
    const doc = (await upload(w.admin, { ...pdf, fileName: 'Contract de consorțiu – final.pdf' })).body;
    expect(doc.title).toBe('Contract de consorțiu – final.pdf');
    const url = `/api/projects/${projectId}/documents/${doc.id}`;
    const res = await w.outsideEditor.get(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="Contract de consortiu _ final.pdf"; filename\*=UTF-8''Contract%20de%20consor%C8%9Biu/,
    );
    expect(Buffer.from(res.text, 'latin1').equals(pdfBytes)).toBe(true);
    expect((await t.anonymous().get(url)).status).toBe(401);
    expect((await w.lyonCoordinator.get(url)).status).toBe(404);
    // A document is found through its own project only.
    const other = await seedProject(t, w, { title: 'Other' });
    expect((await w.admin.get(`/api/projects/${other.id}/documents/${doc.id}`)).status).toBe(404);
  });

  it('refuses content that does not match its name, markup, and a missing file, naming the field', async () => {
    for (const file of [
      { fileName: 'page.pdf', contentType: 'application/pdf', content: Buffer.from('<html><script>alert(1)</script></html>') },
      { fileName: 'logo.svg', contentType: 'image/svg+xml', content: Buffer.from('<svg onload="alert(1)"/>') },
      { fileName: 'notes.txt', contentType: 'text/plain', content: Buffer.from('<!DOCTYPE html><p>hi') },
    ]) {
      const res = await upload(w.admin, file);
      expect(res.status, file.fileName).toBe(400);
      expect(res.body.fields[0]).toMatchObject({ path: 'file', rule: 'file_type' });
    }
    const noFile = await w.admin.post(`/api/projects/${projectId}/documents`, { title: 'JSON instead' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.fields[0].path).toBe('file');
  });

  it('refuses a file over the upload limit with 413 naming the field and the limit', async () => {
    const small = await createTestApp({ maxUploadBytes: 2 * 1024 * 1024 });
    const world = await createWorkPlanWorld(small);
    const project = await seedProject(small, world);
    const large = Buffer.concat([pdfBytes, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const res = await upload(world.admin, { ...pdf, content: large }, project.id);
    expect(res.status).toBe(413);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: 'file', rule: 'max_size' })]);
    expect(res.body.message).toBe('The file is larger than the limit of 2 MB.');
    expect((await world.admin.get(`/api/projects/${project.id}/documents`)).body.documents).toEqual([]);
  });

  it('refuses uploaders and removers without the right', async () => {
    expect((await upload(t.anonymous(), pdf)).status).toBe(401);
    expect((await upload(w.lyonCoordinator, pdf)).status).toBe(404);
    expect((await upload(w.dortmundMember, pdf)).status).toBe(403);
    expect((await upload(w.outsideEditor, pdf)).status).toBe(403);
    const doc = (await upload(w.consortiumEditor, pdf)).body;
    const url = `/api/projects/${projectId}/documents/${doc.id}`;
    expect((await w.outsideEditor.delete(url)).status).toBe(403);
    expect((await w.lyonCoordinator.delete(url)).status).toBe(404);
    expect((await w.clujCoordinator.delete(url)).status).toBe(204);
    expect((await w.admin.get(url)).status).toBe(404);
  });
});
