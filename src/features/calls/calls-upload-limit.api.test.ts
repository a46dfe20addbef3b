import { beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../testing/multipart-body.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { fundingCalls } from './calls.table.ts';

// The calls upload may be 15 times the upload limit: 15 kB here, so that a 20 kB file is too large.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ maxUploadBytes: 1000 });
});

const referenceFile = (calls: number) =>
  Buffer.from(
    JSON.stringify({
      fundingData: { GrantTenderObj: Array.from({ length: calls }, (_, i) => ({ identifier: `HORIZON-TEST-${i}`, title: 'A call for cities' })) },
    }),
  );

describe('a calls file over the upload limit', () => {
  it('is a 413 naming the limit (busboy ends a cut file normally; it used to read as broken JSON), and changes no call', async () => {
    const admin = await t.signedIn({ role: 'admin' });
    const file = referenceFile(400);
    expect(file.length).toBeGreaterThan(15_000);
    const { body, headers } = multipartBody({ fileName: 'grantsTenders.json', contentType: 'application/json', content: file });
    const res = await admin.post('/api/calls/import', body, headers);
    expect(res.status).toBe(413);
    expect(res.body.fields[0]).toMatchObject({ path: 'file', rule: 'max_size' });
    expect(res.body.message).toMatch(/pontis calls import/);
    expect(await t.database.db.select().from(fundingCalls)).toEqual([]);

    const small = multipartBody({ fileName: 'grantsTenders.json', contentType: 'application/json', content: referenceFile(3) });
    const ok = await admin.post('/api/calls/import', small.body, small.headers);
    expect(ok.status).toBe(200);
  });
});
