import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';
import { inTransaction } from '../../shared/context.ts';
import { testEngine } from '../../testing/test-engine.ts';
import { compactFacetTotals } from './search-facet-totals.ts';
import { reindexAll, reindexOrganisations } from './search-index.ts';
import { counts, findAs, organisationBody as org, useSearchApiWorld, type Hit } from './search-api-test-world.ts';
import { searchDocuments } from './search.table.ts';

const world = useSearchApiWorld();
const find = (query: Record<string, string | number>) => findAs(world.t.anonymous(), query);

const titles = (items: Hit[]) => items.map((h) => h.title || h.organisation!.name);

describe('search API: relevance in four languages', () => {
  it('finds German text by another inflection and highlights it', async () => {
    const res = await find({ q: 'Wärmenetze' });
    expect(titles(res.items)[0]).toBe('Fernwärme');
    expect(res.items[0].highlights.body).toContain('<mark>Wärmenetzen</mark>');
  });

  it('finds Romanian text by its stem and without diacritics', async () => {
    const res = await find({ q: 'digitalizare servicii publice' });
    expect(res.items[0].organisation!.name).toBe('Universitatea Tehnică din Cluj-Napoca');
    expect(res.items[0].type).toBe('offer');
    const plain = await find({ q: 'expertiza digitalizarea' });
    expect(plain.items[0].highlights.body).toContain('<mark>digitalizarea</mark>');
  });

  it('ranks the English offer with every word first', async () => {
    const res = await find({ q: 'training for nurses' });
    expect(titles(res.items)).toEqual(['Nursing research']);
    expect(titles((await find({ q: 'trainings' })).items).sort()).toEqual(['Driver training', 'Nursing research']);
  });

  it('finds Hungarian text by another inflection', async () => {
    const res = await find({ q: 'hulladékgazdálkodás' });
    expect(titles(res.items)[0]).toBe('Tapasztalatcsere');
  });
});

describe('search API: cities, names and concepts', () => {
  it('reads a city alias in the query as that city', async () => {
    for (const q of ['Klausenburg', 'Kolozsvár']) {
      const res = await find({ q });
      expect(res.query.cities).toEqual([world.clujId]);
      expect(res.total).toBeGreaterThan(0);
      expect(res.items.every((h) => h.city.id === world.clujId)).toBe(true);
    }
    const irrigation = await find({ q: 'Klausenburg irigații' });
    expect(irrigation.items.map((h) => h.title)).toEqual(['Teren pilot']);
    const filtered = await find({ city: 'Klausenburg', type: 'organisation' });
    expect(filtered.items.map((h) => h.organisation!.name).sort()).toEqual(['Kolozsvári Magyar Egyesület', 'Universitatea Tehnică din Cluj-Napoca']);
  });

  it('tolerates typos in organisation names', async () => {
    const res = await find({ q: 'Technische Universitat Dortmnud' });
    expect(res.items[0]).toMatchObject({ type: 'organisation', organisation: { name: 'Technische Universität Dortmund' } });
    const ro = await find({ q: 'Universitatea Tehnica Cluj' });
    expect(ro.items[0]).toMatchObject({ type: 'organisation', organisation: { name: 'Universitatea Tehnică din Cluj-Napoca' } });
  });

  it('finds a Romanian offer from a German query on the same concepts, and the other way round', async () => {
    const de = await find({ q: 'Tropfbewässerung Testfeld' });
    expect(de.query).toMatchObject({ lang: 'de' });
    expect(de.query.concepts).toEqual(expect.arrayContaining(['irrigation', 'living-labs']));
    const romanian = de.items.find((h) => h.title === 'Teren pilot');
    expect(romanian?.matchedConcepts).toEqual(expect.arrayContaining(['irrigation', 'living-labs']));
    expect(titles(de.items).slice(0, 2).sort()).toEqual(['Teren pilot', 'Versuchsfeld']);

    const ro = await find({ q: 'teren pilot pentru irigații inteligente' });
    expect(ro.query.lang).toBe('ro');
    expect(titles(ro.items)[0]).toBe('Teren pilot');
    expect(titles(ro.items)).toContain('Versuchsfeld');
    expect(titles(ro.items)).not.toContain('Driver training');
  });
});

describe('search API: filters, facets, pagination', () => {
  it('filters by type, kind, category, theme and language and counts the other values', async () => {
    const all = await find({});
    // 4 organisations, 6 offers, 1 request.
    expect(all.total).toBe(11);
    expect(Object.fromEntries(all.facets.type.map((b) => [b.value, b.count]))).toEqual({ organisation: 4, offer: 6, request: 1 });
    expect(all.facets.city).toEqual(
      expect.arrayContaining([
        { value: world.dortmundId, label: 'Dortmund', count: 6 },
        { value: world.clujId, label: 'Cluj-Napoca', count: 5 },
      ]),
    );

    const offers = await find({ type: 'offer', kind: 'university' });
    expect(offers.total).toBe(4);
    expect(offers.items.every((h) => h.type === 'offer')).toBe(true);
    // The type facet ignores the type filter itself, so the other types stay selectable.
    expect(Object.fromEntries(offers.facets.type.map((b) => [b.value, b.count]))).toEqual({ organisation: 2, offer: 4, request: 1 });
    expect(Object.fromEntries(offers.facets.kind.map((b) => [b.value, b.count]))).toEqual({ university: 4, 'public-company': 1, ngo: 1 });

    expect((await find({ category: 'pilot-site' })).items.map((h) => h.title).sort()).toEqual(['Teren pilot', 'Versuchsfeld']);
    expect((await find({ theme: 'agriculture', lang: 'ro' })).items.map((h) => h.title)).toEqual(['Teren pilot']);
    const ro = await find({ lang: 'ro' });
    expect(ro.items.every((h) => h.lang === 'ro')).toBe(true);
    expect(ro.facets.lang.map((b) => b.value).sort()).toEqual(['de', 'en', 'hu', 'ro']);
    expect(all.facets.theme.find((b) => b.value === 'agriculture')?.count).toBe(2);
  });

  it('pages through results in a stable order', async () => {
    const first = await find({ sort: 'name', limit: 4, offset: 0 });
    const second = await find({ sort: 'name', limit: 4, offset: 4 });
    const all = await find({ sort: 'name', limit: 100 });
    expect(first.items).toHaveLength(4);
    expect(second.total).toBe(all.total);
    expect([...first.items, ...second.items].map((h) => h.id)).toEqual(all.items.slice(0, 8).map((h) => h.id));
    expect((await find({ sort: 'newest', limit: 1 })).items[0].organisation!.name).toBe('Kolozsvári Magyar Egyesület');
  });

  it('answers a malformed query with 400 naming the field', async () => {
    for (const [query, path] of [
      ['limit=0', 'querystring.limit'],
      ['type=people', 'querystring.type'],
      ['sdg=18', 'querystring.sdg'],
      ['sdg=water', 'querystring.sdg'],
      ['concept=Water%20Supply', 'querystring.concept'],
      ['concept=no-such-concept', 'concept'],
      ['sort=random', 'querystring.sort'],
      ['lang=deu', 'querystring.lang'],
      ['city=Atlantis', 'city'],
    ]) {
      const res = await world.t.anonymous().get(`/api/search?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    // Query syntax is never an error: operators and punctuation are read as plain text.
    expect((await find({ q: '???' })).total).toBe(0);
    expect(titles((await find({ q: `!(&| 'Wärmenetze" <->` })).items)[0]).toBe('Fernwärme');
  });
});

describe('search API: concepts and SDGs', () => {
  it('filters by concept and SDG, counts both, and gives each hit its SDGs', async () => {
    const irrigation = await find({ concept: 'irrigation' });
    expect(titles(irrigation.items).sort()).toEqual(['Teren pilot', 'Versuchsfeld']);
    expect(counts(irrigation.facets.concept)).toMatchObject({ irrigation: 2, 'living-labs': 2 });
    // Irrigation is mapped to SDG 2 (hunger) and 6 (water).
    expect(irrigation.items.every((h) => h.sdgs.includes(2) && h.sdgs.includes(6))).toBe(true);
    expect(counts(irrigation.facets.sdg)).toMatchObject({ '2': 2, '6': 2 });

    const water = await find({ sdg: 6 });
    expect(water.total).toBeGreaterThanOrEqual(2);
    expect(water.items.every((h) => h.sdgs.includes(6))).toBe(true);
    // The SDG facet ignores its own filter: other goals stay selectable with their counts.
    const all = await find({});
    expect(counts(water.facets.sdg)).toEqual(counts(all.facets.sdg));
    expect(counts(all.facets.sdg)['6']).toBe(water.total);
    expect(all.facets.concept.reduce((n, b) => n + b.count, 0)).toBe(all.items.reduce((n, h) => n + h.concepts.length, 0));
    expect((await find({ concept: 'irrigation', lang: 'ro' })).items.map((h) => h.title)).toEqual(['Teren pilot']);
  });

  it('indexes the concepts an editor confirmed with those the tagger finds', async () => {
    const [dsw] = await world.t.database.db.select().from(organisations).where(eq(organisations.name, 'Dortmunder Verkehrsbetriebe'));
    expect((await find({ concept: 'cybersecurity' })).total).toBe(0);
    await world.t.database.db
      .update(organisations)
      .set({ concepts: ['cybersecurity'] })
      .where(eq(organisations.id, dsw.id));
    await reindexOrganisations(world.t.ctx(), [dsw.id]);
    const res = await find({ concept: 'cybersecurity' });
    expect(res.items.map((h) => [h.type, h.organisation!.name])).toEqual([['organisation', 'Dortmunder Verkehrsbetriebe']]);
    // The tagger's own finding stays: "Verkehrsbetriebe" is public transport (SDG 11); cybersecurity adds 9 and 16.
    expect(res.items[0].concepts).toEqual(['cybersecurity', 'public-transport']);
    expect(res.items[0].sdgs).toEqual([9, 11, 16]);
  });
});

describe('search API: across languages (de, ro, en, hu)', () => {
  beforeAll(async () => {
    for (const body of [
      org('Kolozsvári Kerékpáros Egyesület', 'ngo', world.clujId, {
        offers: [
          { category: 'expertise', lang: 'hu', title: 'Kerékpárutak tervezése', text: 'Segítünk a kerékpáros infrastruktúra és a kerékpársávok tervezésében.' },
        ],
      }),
      org('Ruhr Bike Lab', 'company', world.dortmundId, {
        requests: [
          { category: 'research', lang: 'en', title: 'Bike lanes', text: 'We look for partners for planning cycle paths and cargo bikes in the city centre.' },
        ],
      }),
    ]) {
      expect((await world.admin.post('/api/organisations', body)).status).toBe(201);
    }
  });

  it('finds an English request from a Hungarian query on the same concept, and the other way round', async () => {
    const hu = await find({ q: 'kerékpárút' });
    expect(hu.query.concepts).toContain('cycling');
    expect(titles(hu.items)).toEqual(expect.arrayContaining(['Kerékpárutak tervezése', 'Bike lanes']));
    expect(hu.items.find((h) => h.title === 'Bike lanes')?.matchedConcepts).toEqual(['cycling']);

    const en = await find({ q: 'cycle lanes' });
    expect(en.query.concepts).toEqual(['cycling']);
    expect(titles(en.items)[0]).toBe('Bike lanes');
    expect(en.items.find((h) => h.title === 'Kerékpárutak tervezése')?.matchedConcepts).toEqual(['cycling']);
    expect(titles(en.items)).not.toContain('Driver training');
  });

  it('finds the Romanian offer from a German concept word and the German one from a Romanian word', async () => {
    expect(titles((await find({ q: 'Bewässerung' })).items)).toEqual(expect.arrayContaining(['Teren pilot', 'Versuchsfeld']));
    expect(titles((await find({ q: 'irigații' })).items)).toEqual(expect.arrayContaining(['Teren pilot', 'Versuchsfeld']));
  });

  it('tolerates a typo in a Hungarian name and reads the Hungarian city name', async () => {
    const res = await find({ q: 'Kolozsvari Kerekparos Egyesulet' });
    expect(res.items[0]).toMatchObject({ type: 'organisation', organisation: { name: 'Kolozsvári Kerékpáros Egyesület' } });
    const typo = await find({ q: 'Kerekparos Egyesulte' });
    expect(typo.items[0]?.organisation?.name).toBe('Kolozsvári Kerékpáros Egyesület');
    const inCity = await find({ q: 'Kolozsvár kerékpár' });
    expect(inCity.query.cities).toEqual([world.clujId]);
    expect(titles(inCity.items)).toContain('Kerékpárutak tervezése');
    expect(titles(inCity.items)).not.toContain('Bike lanes');
  });
});

describe('search API: expiry', () => {
  it('drops offers past their valid-until day from hits and facet counts', async () => {
    const before = await find({ q: 'Fernwärme' });
    expect(titles(before.items)).toContain('Fernwärme');
    const everything = await find({});
    const [item] = await world.t.database.db.select().from(organisationItems).where(eq(organisationItems.title, 'Fernwärme'));
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await world.t.database.db.update(organisationItems).set({ validUntil: yesterday }).where(eq(organisationItems.id, item.id));
    await reindexOrganisations(world.t.ctx(), [item.organisationId]);
    const after = await find({ q: 'Fernwärme' });
    expect(titles(after.items)).not.toContain('Fernwärme');
    const offers = await find({ type: 'offer', category: 'expertise' });
    expect(titles(offers.items)).not.toContain('Fernwärme');
    expect(counts(offers.facets.category).expertise).toBe(offers.total);
    // Browsing without query or filter reads the maintained totals: the expired offer is gone there too.
    const rest = await find({});
    expect(rest.total).toBe(everything.total - 1);
    expect(counts(rest.facets.type).offer).toBe(counts(everything.facets.type).offer - 1);
    // Still standing today: found again.
    await world.t.database.db
      .update(organisationItems)
      .set({ validUntil: new Date().toISOString().slice(0, 10) })
      .where(eq(organisationItems.id, item.id));
    await reindexOrganisations(world.t.ctx(), [item.organisationId]);
    expect(titles((await find({ q: 'Fernwärme' })).items)).toContain('Fernwärme');
  });
});

describe('search API: keeping the index current', () => {
  it('follows edits and deletions, and leaves out items the public may not see', async () => {
    const created = await world.admin.post(
      '/api/organisations',
      org('Asociația Apă Curată', 'ngo', world.clujId, {
        offers: [{ category: 'expertise', lang: 'ro', text: 'Monitorizarea calității apei potabile.' }],
      }),
    );
    expect(created.status).toBe(201);
    expect((await find({ q: 'calitatea apei' })).items.map((h) => h.organisation!.name)).toContain('Asociația Apă Curată');

    const editor = await world.t.signedIn({ role: 'org-editor', organisationId: created.body.id });
    const { id, key: _key, city, offers, requests, version, name, kind, website, languages, description, themes } = created.body;
    const changed = await editor.put(`/api/organisations/${id}`, {
      name,
      kind,
      cityId: city.id,
      website,
      languages,
      description,
      themes,
      version,
      offers: [
        ...offers.map((o: Record<string, unknown>) => ({ category: o.category, lang: o.lang, title: o.title, text: o.text })),
        { lang: 'ro', text: 'Cursuri de înot pentru copii.' },
      ],
      requests,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    // An org-editor's new offer waits for review: not searchable yet.
    expect((await find({ q: 'cursuri înot' })).total).toBe(0);
    // Its approval is an organisation-item event; the search index follows it in the same write.
    const pending = (changed.body.offers as { id: string; text: string; version: number }[]).find((o) => o.text === 'Cursuri de înot pentru copii.')!;
    expect((await world.admin.post(`/api/organisation-items/${pending.id}/approve`, { version: pending.version })).status).toBe(200);
    expect((await find({ q: 'cursuri înot' })).items.map((h) => h.organisation!.name)).toContain('Asociația Apă Curată');

    const doomed = await world.admin.post('/api/organisations', org('Clubul de Șah Turnul', 'cultural', world.clujId));
    expect((await find({ q: 'Clubul Sah Turnul' })).items[0]?.organisation?.name).toBe('Clubul de Șah Turnul');
    expect((await world.admin.delete(`/api/organisations/${doomed.body.id}`)).status).toBe(204);
    expect((await find({ q: 'Clubul Sah Turnul' })).total).toBe(0);
  });

  /** The browse counts (maintained totals plus deltas) equal a live count of the standing public rows. */
  const expectBrowseCountsLive = async () => {
    const today = new Date().toISOString().slice(0, 10);
    const live = (await world.t.database.db.execute(sql`
      SELECT 'type' AS dim, entity_type AS value, count(*)::int AS n FROM search_documents
        WHERE visibility = 'public' AND (valid_until IS NULL OR valid_until >= ${today}::date) GROUP BY 2
      UNION ALL SELECT 'concept', c, count(*)::int FROM search_documents, unnest(concepts) c
        WHERE visibility = 'public' AND (valid_until IS NULL OR valid_until >= ${today}::date) GROUP BY 2
      UNION ALL SELECT 'city', city_id::text, count(*)::int FROM search_documents
        WHERE visibility = 'public' AND (valid_until IS NULL OR valid_until >= ${today}::date) GROUP BY 2`)) as unknown as {
      rows: { dim: string; value: string; n: number }[];
    };
    const browse = await find({});
    for (const dim of ['type', 'concept', 'city']) {
      const expected = Object.fromEntries(live.rows.filter((r) => r.dim === dim).map((r) => [r.value, Number(r.n)]));
      expect(counts(browse.facets[dim]), dim).toEqual(expected);
    }
    expect(browse.total).toBe(live.rows.filter((r) => r.dim === 'type').reduce((n, r) => n + Number(r.n), 0));
  };

  it('keeps the maintained browse counts equal to a live count after edits, deletions and cascades', async () => {
    await expectBrowseCountsLive();
    // Folding the deltas into the base rows changes no count.
    expect(await compactFacetTotals(world.t.database.db)).toMatchObject({ deltas: expect.any(Number) });
    const [{ n: left }] = await world.t.database.db.select({ n: sql<number>`count(*)::int` }).from(sql`search_facet_deltas`);
    expect(Number(left)).toBe(0);
    await expectBrowseCountsLive();
  });

  /** A transaction that has rebuilt one organisation's search rows and stays open until `commit()`. */
  async function openReindex(organisationId: string) {
    let release!: () => void;
    const mayCommit = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const hasWritten = new Promise<void>((resolve) => (wrote = resolve));
    const tx = inTransaction(world.t.ctx(), async (inner) => {
      await reindexOrganisations(inner, [organisationId]);
      wrote();
      await mayCommit;
    });
    await hasWritten;
    return {
      commit: async () => {
        release();
        await tx;
      },
    };
  }

  // PGlite serves one connection, so two transactions cannot be open at once there.
  it.runIf(testEngine === 'postgres')(
    'lets two transactions write index rows at once, and compaction neither waits nor loses open ones (PostgreSQL only)',
    async () => {
      const [a, b] = await world.t.database.db.select({ id: organisations.id }).from(organisations).orderBy(organisations.name).limit(2);
      const txA = await openReindex(a.id);
      try {
        // B writes while A holds uncommitted index rows and deltas: with a lock shared by all writers
        // (migration 0005) it would wait for A, and the lock timeout would fail it.
        await inTransaction(world.t.ctx(), async (tx) => {
          await tx.db.execute(sql`SET LOCAL lock_timeout = '3s'`);
          await reindexOrganisations(tx, [b.id]);
        });
        // Compaction while A is open: it folds B's deltas and leaves A's (invisible to it) for later.
        expect(await compactFacetTotals(world.t.database.db)).not.toBeNull();
      } finally {
        await txA.commit();
      }
      await expectBrowseCountsLive();
      await compactFacetTotals(world.t.database.db);
      await expectBrowseCountsLive();
    },
  );

  it.runIf(testEngine === 'postgres')(
    'lets two transactions reindex the same organisation at once, one row per record afterwards (PostgreSQL only)',
    async () => {
      const [a] = await world.t.database.db.select({ id: organisations.id }).from(organisations).orderBy(organisations.name).limit(1);
      const rowsOfA = async () =>
        (await world.t.database.db.select({ id: searchDocuments.id }).from(searchDocuments).where(eq(searchDocuments.organisationId, a.id))).length;
      const before = await rowsOfA();
      // As when a coordinator approves an offer while the retagging job rebuilds the same organisation.
      const txA = await openReindex(a.id);
      // B's delete waits for A's rows; once A commits, B must not collide with the rows A wrote.
      const txB = inTransaction(world.t.ctx(), (tx) => reindexOrganisations(tx, [a.id]));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await txA.commit();
      await txB;
      expect(await rowsOfA()).toBe(before);
      await expectBrowseCountsLive();
    },
  );

  it('rebuilds the whole index', async () => {
    const before = await find({ sort: 'name', limit: 100 });
    await world.t.database.db.delete(searchDocuments);
    expect((await find({})).total).toBe(0);
    const [{ n: organisationCount }] = await world.t.database.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
    const [{ n: peopleCount }] = await world.t.database.db.select({ n: sql<number>`count(*)::int` }).from(people);
    expect(await reindexAll(world.t.ctx())).toEqual({ organisations: Number(organisationCount), people: Number(peopleCount) });
    const after = await find({ sort: 'name', limit: 100 });
    const shape = (h: Hit) => [h.type, h.title, h.organisation?.key, h.concepts, h.sdgs];
    expect(after.items.map(shape)).toEqual(before.items.map(shape));
  });
});
