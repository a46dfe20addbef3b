import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { themeCatalogue } from './theme-catalogue.ts';
import { syncThemes } from './themes.service.ts';
import { themes } from './themes.table.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

describe('themes', () => {
  it('syncs the catalogue idempotently and repairs changed labels', async () => {
    await syncThemes(t.database.db);
    await t.database.db
      .update(themes)
      .set({ labels: { de: 'alt', ro: 'vechi', en: 'old', hu: 'régi' }, sortOrder: 999 })
      .where(eq(themes.key, 'culture'));
    await t.database.db.insert(themes).values({ key: 'retired-theme', labels: { de: 'A', ro: 'A', en: 'A', hu: 'A' }, sortOrder: 5000 });
    await syncThemes(t.database.db);

    const rows = await t.database.db.select().from(themes);
    expect(rows).toHaveLength(themeCatalogue.length + 1);
    const culture = rows.find((r) => r.key === 'culture');
    expect(culture?.labels).toEqual(themeCatalogue.find((c) => c.key === 'culture')?.labels);
    // A theme that left the catalogue stays, since records may still refer to it.
    expect(rows.some((r) => r.key === 'retired-theme')).toBe(true);
  });

  it('leaves themes already as in the catalogue untouched (each start syncs)', async () => {
    await syncThemes(t.database.db);
    // xmin is the transaction that wrote a row's current version: unchanged means not rewritten.
    const versions = async () =>
      ((await t.database.db.execute(sql`SELECT key, xmin::text AS written FROM themes ORDER BY key`)) as unknown as { rows: unknown[] }).rows;
    const before = await versions();
    await syncThemes(t.database.db);
    expect(await versions()).toEqual(before);
  });

  it('lists the themes to the public in catalogue order with all four labels', async () => {
    const res = await t.anonymous().get('/api/themes');
    expect(res.status).toBe(200);
    const catalogueKeys = themeCatalogue.map((c) => c.key);
    expect(res.body.map((r: { key: string }) => r.key).filter((k: string) => catalogueKeys.includes(k))).toEqual(catalogueKeys);
    const digital = res.body.find((r: { key: string }) => r.key === 'digitalisation-smart-city');
    expect(digital).toEqual({
      key: 'digitalisation-smart-city',
      labels: {
        de: 'Digitalisierung und Smart City',
        ro: 'Digitalizare și oraș inteligent',
        en: 'Digitalisation and smart city',
        hu: 'Digitalizáció és okos város',
      },
      sortOrder: 10,
    });
  });
});
