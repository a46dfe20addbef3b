import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { cityAliases } from '../cities/cities.table.ts';
import { EXPORT_ROW_CAP, exportColumns } from './search-export.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;

const PUBLIC_URL = 'https://pontis.example.org';
let t: TestApp;
let admin: Client;
let clujId: string;
let tuKey: string;

const org = (name: string, kind: string, cityId: string, extra: Record<string, unknown> = {}) => ({ name, kind, cityId, ...extra });
const tricky = 'Beratung, "Planung"\nund Bau';

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  const db = t.database.db;
  const dortmundId = (await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' })).id;
  clujId = (await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  await db.insert(cityAliases).values([{ cityId: clujId, name: 'Klausenburg', lang: 'de', normalized: foldForLookup('Klausenburg') }]);
  admin = await t.signedIn({ role: 'admin' });
  const seeds = [
    org('Technische Universität Dortmund', 'university', dortmundId, {
      description: [{ lang: 'de', text: 'Forschung zu Energienetzen und Logistik im Ruhrgebiet.' }],
      themes: ['energy-climate'],
      offers: [
        {
          category: 'pilot-site',
          lang: 'de',
          title: 'Versuchsfeld',
          text: 'Wir bieten ein Testfeld für Tropfbewässerung auf dem Campus.',
          themes: ['agriculture'],
          validUntil: '2099-12-31',
        },
        { category: 'expertise', lang: 'de', title: tricky, text: 'Beratung zur Dekarbonisierung von Wärmenetzen.' },
        { category: 'other', lang: 'en', title: '=HYPERLINK("http://evil.example","click")', text: 'A title that a spreadsheet would run as a formula.' },
      ],
    }),
    org('Universitatea Tehnică din Cluj-Napoca', 'university', clujId, {
      description: [{ lang: 'ro', text: 'Universitate tehnică cu cercetare în agricultură.' }],
      offers: [
        { category: 'pilot-site', lang: 'ro', title: 'Teren pilot', text: 'Oferim teren pilot pentru irigații inteligente.', themes: ['agriculture'] },
        { category: 'expertise', lang: 'ro', title: 'Digitalizare', text: 'Expertiză în digitalizarea serviciilor publice.' },
      ],
    }),
    org('Kolozsvári Magyar Egyesület', 'ngo', clujId, {
      offers: [{ category: 'knowledge-exchange', lang: 'hu', title: 'Tapasztalatcsere', text: 'Tapasztalatcsere a hulladékgazdálkodásról.' }],
    }),
  ];
  for (const body of seeds) {
    const res = await admin.post('/api/organisations', body);
    if (res.status !== 201) throw new Error(`seed failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (body.name.startsWith('Technische')) tuKey = res.body.key;
  }
});

const exportCsv = async (query: Record<string, string>, client = t.anonymous()) => {
  const res = await client.get(`/api/search/export.csv?${new URLSearchParams(query)}`);
  expect(res.status, res.text).toBe(200);
  const rows: string[][] = parse(res.text, { bom: true, relax_column_count: false });
  return { res, header: rows[0], rows: rows.slice(1).map((r) => Object.fromEntries(exportColumns.map((c, i) => [c, r[i]]))) };
};

const searchTitles = async (query: Record<string, string>, client = t.anonymous()) => {
  const res = await client.get(`/api/search?${new URLSearchParams({ ...query, limit: '100' })}`);
  expect(res.status).toBe(200);
  // As the file writes them: a would-be formula gets a leading quote.
  const asCell = (title: string) => (/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
  return { total: res.body.total as number, titles: (res.body.items as { title: string }[]).map((h) => asCell(h.title)) };
};

describe('search export: the file', () => {
  it('is UTF-8 CSV with a byte order mark, a header row and a download name', async () => {
    const { res, header, rows } = await exportCsv({});
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="pontis-search-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    expect(res.text).toContain('\r\n');
    expect(header).toEqual([...exportColumns]);
    // 3 organisations and 6 offers: the same as the search finds.
    expect(rows).toHaveLength(9);
    expect(res.headers['x-total-count']).toBe('9');
    expect(res.headers['x-export-row-cap']).toBe(String(EXPORT_ROW_CAP));
    expect(res.headers['x-export-truncated']).toBe('false');
    expect(res.text).toContain('Universitatea Tehnică din Cluj-Napoca');
    expect(res.text).toContain('Kolozsvári Magyar Egyesület');
  });

  it('fills every column of an offer', async () => {
    const { rows } = await exportCsv({ q: 'Versuchsfeld' });
    expect(rows[0]).toEqual({
      type: 'offer',
      title: 'Versuchsfeld',
      organisation: 'Technische Universität Dortmund',
      city: 'Dortmund',
      country: 'DE',
      kind: 'university',
      category: 'pilot-site',
      language: 'de',
      themes: 'agriculture, energy-climate',
      concepts: expect.any(String),
      sdgs: expect.any(String),
      'valid until': '2099-12-31',
      link: `${PUBLIC_URL}/organisations/${tuKey}`,
    });
  });

  it('quotes commas, quotes and line breaks, and neutralises formulas', async () => {
    const { res, rows } = await exportCsv({ city: 'dortmund', type: 'offer' });
    expect(res.text).toContain('"Beratung, ""Planung""\nund Bau"');
    expect(rows.map((r) => r.title)).toContain(tricky);
    expect(rows.map((r) => r.title)).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows.every((r) => r.city === 'Dortmund')).toBe(true);
  });

  it('separates with semicolons on request, for Excel in German, Romanian or Hungarian', async () => {
    const res = await t.anonymous().get('/api/search/export.csv?separator=semicolon&type=organisation&sort=name');
    expect(res.status).toBe(200);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(exportColumns.join(';'));
    expect(lines[1].split(';').slice(0, 3)).toEqual(['organisation', 'Kolozsvári Magyar Egyesület', 'Kolozsvári Magyar Egyesület']);
    const rows: string[][] = parse(res.text, { bom: true, delimiter: ';' });
    expect(rows).toHaveLength(4);
  });

  it('names the query in the file name', async () => {
    const res = await t.anonymous().get(`/api/search/export.csv?q=${encodeURIComponent('Irigații Klausenburg')}`);
    expect(res.headers['content-disposition']).toMatch(/filename="pontis-search-irigatii-klausenburg-\d{4}-\d{2}-\d{2}\.csv"/);
  });
});

describe('search export: the same results as the search', () => {
  it('applies the query, the filters and the sort of the search', async () => {
    const queries: Record<string, string>[] = [
      { q: 'Klausenburg irigații' },
      { city: 'Klausenburg', type: 'offer', sort: 'name' },
      { kind: 'university', category: 'pilot-site' },
      { theme: 'agriculture', lang: 'ro' },
      { q: 'Wärmenetze', type: 'offer' },
      { q: 'Tehnica', sort: 'relevance' },
    ];
    for (const query of queries) {
      const { rows, res } = await exportCsv(query);
      const found = await searchTitles(query);
      expect(found.total, JSON.stringify(query)).toBeGreaterThan(0);
      expect(
        rows.map((r) => r.title),
        JSON.stringify(query),
      ).toEqual(found.titles);
      expect(res.headers['x-total-count']).toBe(String(found.total));
    }
    const { rows } = await exportCsv({ city: 'Klausenburg', type: 'offer', sort: 'name' });
    // By organisation name, then by the item's place in it.
    expect(rows.map((r) => r.title)).toEqual(['Tapasztalatcsere', 'Teren pilot', 'Digitalizare']);
    expect(rows.every((r) => r.city === 'Cluj-Napoca' && r.country === 'RO')).toBe(true);
  });

  it('shows a signed-in user exactly what their search shows', async () => {
    const member = await t.signedIn({ role: 'member', cityId: clujId });
    for (const client of [member, admin]) {
      const { rows } = await exportCsv({ sort: 'name' }, client);
      expect(rows.map((r) => r.title)).toEqual((await searchTitles({ sort: 'name' }, client)).titles);
    }
  });

  it('holds people only where their consent lets the caller see them', async () => {
    for (const [name, visibleToPublic] of [
      ['Ioana Mureșan', true],
      ['Zsófia Kertész', false],
    ] as const) {
      const res = await admin.post('/api/people', { name, cityId: clujId, visibleToPublic });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const seen = async (client: Client | ReturnType<TestApp['anonymous']>) =>
      (await exportCsv({ type: 'person', sort: 'name' }, client)).rows.map((r) => [r.title, r.organisation, r.city, r.link]);
    const publicRow = ['Ioana Mureșan', '', 'Cluj-Napoca', `${PUBLIC_URL}/people?city=cluj-napoca`];
    expect(await seen(t.anonymous())).toEqual([publicRow]);
    expect(await seen(admin)).toEqual([publicRow, ['Zsófia Kertész', '', 'Cluj-Napoca', `${PUBLIC_URL}/people?city=cluj-napoca`]]);
    const member = await t.signedIn({ role: 'member', cityId: clujId });
    expect((await seen(member)).map((r) => r[0])).toEqual((await searchTitles({ type: 'person', sort: 'name' }, member)).titles);
  });

  it('refuses a malformed query naming the parameter', async () => {
    for (const [query, path] of [
      ['type=everything', 'querystring.type'],
      ['sort=random', 'querystring.sort'],
      ['separator=tab', 'querystring.separator'],
      ['city=Atlantis', 'city'],
    ]) {
      const res = await t.anonymous().get(`/api/search/export.csv?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
  });

  it('is documented in the OpenAPI description with its cap', async () => {
    const spec = (await t.anonymous().get('/api/openapi.json')).body;
    const op = spec.paths['/api/search/export.csv'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/csv']);
    expect(op.description).toContain(String(EXPORT_ROW_CAP));
    expect(op.parameters.map((p: { name: string }) => p.name)).not.toContain('limit');
  });
});

describe('search export: the cap', () => {
  it(`holds at most ${EXPORT_ROW_CAP} rows and says how many matched`, async () => {
    // Index rows written directly: the cap is about the file, and 5,000 organisations through
    // the API would only make the test slow.
    const found = (await t.database.db.execute(sql`SELECT id, city_id FROM organisations WHERE key = ${tuKey}`)) as unknown as {
      rows: { id: string; city_id: string }[];
    };
    const [tu] = found.rows;
    await t.database.db.execute(sql`
      INSERT INTO search_documents (entity_type, entity_id, organisation_id, position, city_id, kind, category, lang, config,
                                    themes, concepts, title, body, name_folded, search_vector, valid_until, updated_at)
      SELECT 'request', gen_random_uuid(), ${tu.id}::uuid, n, ${tu.city_id}::uuid, 'university', 'research', 'en', 'english',
             '{}', '{}', 'Bulk request ' || n, 'Bulk text', 'technische universitat dortmund',
             to_tsvector('english', 'Bulk request ' || n), NULL, now()
      FROM generate_series(1, ${EXPORT_ROW_CAP}) AS n`);
    const started = performance.now();
    const { res, rows } = await exportCsv({ type: 'request' });
    const ms = performance.now() - started;
    expect(rows).toHaveLength(EXPORT_ROW_CAP);
    expect(res.headers['x-total-count']).toBe(String(EXPORT_ROW_CAP));
    const all = await t.anonymous().get('/api/search/export.csv');
    expect(Number(all.headers['x-total-count'])).toBeGreaterThan(EXPORT_ROW_CAP);
    expect(all.headers['x-export-truncated']).toBe('true');
    expect(res.headers['x-export-truncated']).toBe('false');
    expect(new Set(rows.map((r) => r.title)).size).toBe(EXPORT_ROW_CAP);
    console.info(`export of ${EXPORT_ROW_CAP} rows: ${Math.round(ms)} ms, ${res.text.length} characters`);
  });
});
