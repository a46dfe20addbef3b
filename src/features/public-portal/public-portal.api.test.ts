import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { portalStylesheetPath } from './portal-stylesheet.ts';

/**
 * The public portal over HTTP: pages as the public sees them, whoever asks; the partnership page's
 * content, hreflang, Open Graph and JSON-LD; caching with ETags; the sitemap; and what it refuses.
 */
let t: TestApp;
let admin: TestClient & { userId: string };
let coordinator: TestClient & { userId: string };
const page = '/p/de/partnerships/dortmund-cluj';

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://pontis.example.org' });
  admin = await t.signedIn({ role: 'admin' });
  const city = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/cities', body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string };
  };
  const dortmund = await city({ key: 'dortmund', name: 'Dortmund', country: 'DE', timeZone: 'Europe/Berlin', latitude: 51.514, longitude: 7.468 });
  const cluj = await city({ key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO', timeZone: 'Europe/Bucharest', latitude: 46.77, longitude: 23.59 });
  await city({ key: 'leeds', name: 'Leeds', country: 'GB', latitude: 53.8, longitude: -1.55 });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: dortmund.id });
  const org = await admin.post('/api/organisations', {
    key: 'klimasensor-dortmund',
    name: 'KlimaSensor Dortmund',
    kind: 'startup',
    cityId: dortmund.id,
    description: [{ lang: 'de', text: 'Sensoren für Stadtklima.' }],
    offers: [
      { category: 'technology', lang: 'de', title: 'Hitzesensoren für Straßenbäume', text: 'Funksensoren messen Hitze und Bodenfeuchte.' },
      { category: 'technology', lang: 'de', title: 'Noch nicht geprüftes Angebot', text: 'Ein Entwurf.', draft: true },
    ],
  });
  expect(org.status).toBe(201);
  for (const [name, visibleToPublic] of [
    ['Petra Public', true],
    ['Paul Private', false],
  ] as const) {
    const person = await admin.post('/api/people', { name, cityId: dortmund.id, organisationId: org.body.id, visibleToPartners: true, visibleToPublic });
    expect(person.status).toBe(201);
  }
  const created = await admin.post('/api/partnerships', {
    key: 'dortmund-cluj',
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [dortmund.id, cluj.id],
    themes: ['digitalisation-smart-city', 'agriculture'],
    description: [
      { lang: 'de', text: 'Kommunale Projektpartnerschaft, vereinbart am 31. Juli 2020.' },
      { lang: 'ro', text: 'Parteneriat municipal de proiect, convenit la 31 iulie 2020.' },
    ],
  });
  expect(created.status).toBe(201);
  const agreement = await admin.post('/api/partnerships/dortmund-cluj/agreements', {
    kind: 'letter-of-intent',
    title: { de: 'Absichtserklärung über eine Projektpartnerschaft', ro: 'Scrisoare de intenție privind un parteneriat de proiect' },
    originalLang: 'de',
    signedOn: '2020-07-31',
    mode: 'video-conference',
    signatories: [
      { personName: 'Ullrich Sierau', office: { de: 'Oberbürgermeister' }, cityId: dortmund.id },
      { personName: 'Emil Boc', office: { ro: 'Primar' }, cityId: cluj.id },
    ],
  });
  expect(agreement.status).toBe(201);
  const activity = (overrides: Record<string, unknown>) =>
    admin.post('/api/partnerships/dortmund-cluj/activities', {
      kind: 'study-visit',
      title: { de: 'Studienbesuch Wärmesensoren', en: 'Study visit on heat sensors' },
      originalLang: 'de',
      hostCityId: dortmund.id,
      startsLocal: '2099-06-14T09:00',
      endsLocal: '2099-06-15T17:00',
      languages: ['de', 'ro'],
      ...overrides,
    });
  expect((await activity({})).status).toBe(201);
  expect((await activity({ title: { de: 'Interne Abstimmung der Büros' }, isPublic: false })).status).toBe(201);
  expect(
    (await activity({ title: { ro: 'Atelier despre agricultură' }, originalLang: 'ro', startsLocal: '2021-05-03T10:00', endsLocal: '2021-05-03T12:00' }))
      .status,
  ).toBe(201);
  // A second partnership, with a city outside Europe's frame? Leeds is inside; its map is Europe's.
  expect(
    (
      await admin.post('/api/partnerships', {
        key: 'dortmund-leeds',
        name: 'Dortmund – Leeds',
        kind: 'twinning',
        status: 'active',
        since: '1969-01-01',
        cities: [dortmund.id, (await admin.get('/api/cities/leeds')).body.id],
        themes: [],
      })
    ).status,
  ).toBe(201);
});

describe('the partnership page', () => {
  it('shows the partnership, its agreement, themes, public activities and map in the language asked for', async () => {
    const res = await t.anonymous().get(page);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    const html = res.text;
    expect(html).toMatch(/^<!doctype html><html lang="de">/);
    expect(html).toContain('<h1>Dortmund – Cluj-Napoca</h1>');
    expect(html).toContain('Kommunale Projektpartnerschaft, vereinbart am 31. Juli 2020.');
    expect(html).toContain('Absichtserklärung über eine Projektpartnerschaft');
    expect(html).toContain('Per Videokonferenz');
    expect(html).toContain('Ullrich Sierau, Oberbürgermeister');
    expect(html).toContain('Digitalisierung und Smart City');
    expect(html).toContain('Studienbesuch Wärmesensoren');
    // A past activity written in Romanian only: shown in Romanian, marked as such.
    expect(html).toContain('<span lang="ro">Atelier despre agricultură</span>');
    expect(html).toMatch(/<svg viewBox="0 0 800 640" role="img"/);
    expect(html).toContain('Dortmund (Deutschland): 51,51° N, 7,47° O');
    expect(html).toContain('Noch kein gemeinsames Aktionsprogramm erfasst.');
  });

  it('shows the same page to a signed-in coordinator as to the public: never an activity only members may see', async () => {
    const anonymous = await t.anonymous().get(page);
    const signedIn = await coordinator.get(page);
    expect(signedIn.status).toBe(200);
    expect(signedIn.text).toBe(anonymous.text);
    expect(anonymous.text).not.toContain('Interne Abstimmung');
    // The API shows the coordinator the private activity: the page leaves it out on purpose.
    const api = await coordinator.get('/api/partnerships/dortmund-cluj/activities');
    expect(api.body.items.map((a: { title: { de?: string } }) => a.title.de)).toContain('Interne Abstimmung der Büros');
  });

  it('names its other languages with hreflang, and carries Open Graph tags and schema.org JSON-LD', async () => {
    const html = (await t.anonymous().get('/p/ro/partnerships/dortmund-cluj')).text;
    for (const lang of ['de', 'ro', 'en', 'hu']) {
      expect(html).toContain(`<link rel="alternate" hrefLang="${lang}" href="https://pontis.example.org/p/${lang}/partnerships/dortmund-cluj"/>`);
    }
    expect(html).toContain('<link rel="alternate" hrefLang="x-default" href="https://pontis.example.org/p/en/partnerships/dortmund-cluj"/>');
    expect(html).toContain('<link rel="canonical" href="https://pontis.example.org/p/ro/partnerships/dortmund-cluj"/>');
    expect(html).toContain('<meta property="og:title" content="Dortmund – Cluj-Napoca"/>');
    expect(html).toContain('<meta property="og:description" content="Parteneriat municipal de proiect, convenit la 31 iulie 2020."/>');
    expect(html).toContain('<meta property="og:locale" content="ro_RO"/>');
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    const data = JSON.parse(json!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Project',
      name: 'Dortmund – Cluj-Napoca',
      foundingDate: '2020-07-31',
      url: 'https://pontis.example.org/p/ro/partnerships/dortmund-cluj',
    });
    expect(data.member.map((m: { name: string }) => m.name)).toEqual(['Dortmund', 'Cluj-Napoca']);
    expect(data.member[0].location.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 51.514, longitude: 7.468 });
    expect(data.subjectOf[0]).toMatchObject({
      '@type': 'CreativeWork',
      name: 'Scrisoare de intenție privind un parteneriat de proiect',
      dateCreated: '2020-07-31',
    });
    expect(data.event.map((e: { name: string }) => e.name).sort()).toEqual(['Atelier despre agricultură', 'Studienbesuch Wärmesensoren']);
  });

  it('keeps a record’s text as text: markup in a name is escaped, and cannot end the JSON-LD script', async () => {
    const evil = '</script><script>alert(1)</script><b>Bold</b>';
    const created = await admin.post('/api/partnerships', {
      key: 'escaping',
      name: evil,
      kind: 'contact',
      status: 'proposed',
      cities: [(await admin.get('/api/cities/dortmund')).body.id, (await admin.get('/api/cities/leeds')).body.id],
    });
    expect(created.status).toBe(201);
    const html = (await t.anonymous().get('/p/en/partnerships/escaping')).text;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>Bold</b>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    expect(JSON.parse(json!).name).toBe(evil);
    await admin.request('DELETE', '/api/partnerships/escaping');
  });

  it('is cached briefly and answered with 304 when the ETag still matches; HEAD works too', async () => {
    const first = await t.anonymous().get(page);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await t.anonymous().request('GET', page, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const head = await t.app.inject({ method: 'HEAD', url: page });
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toBe(etag);
    // A change to the partnership changes the page and its ETag.
    const read = await admin.get('/api/partnerships/dortmund-cluj');
    expect((await admin.request('PATCH', '/api/partnerships/dortmund-cluj/themes', { version: read.body.version, themes: ['agriculture'] })).status).toBe(200);
    const changed = await t.anonymous().request('GET', page, undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.text).not.toContain('Digitalisierung und Smart City');
  });

  it('sends a policy that allows no script and no framing', async () => {
    const res = await t.anonymous().get(page);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.text).not.toMatch(/<script(?! type="application\/ld\+json")/);
    const css = await t.anonymous().get(portalStylesheetPath);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('refusals', () => {
  it('answers an unknown partnership or language with a 404 page that asks not to be indexed', async () => {
    for (const path of ['/p/de/partnerships/no-such-partnership', '/p/xx/partnerships/dortmund-cluj', '/p/xx', '/p/de/partnerships/' + 'a'.repeat(300)]) {
      const res = await t.anonymous().get(path);
      // A key longer than Fastify's parameter limit (100) is refused before the route: 414.
      expect(res.status, path).toBe(path.length > 250 ? 414 : 404);
      if (res.status === 404) {
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('<meta name="robots" content="noindex"/>');
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    }
    expect((await t.anonymous().get('/p/de/partnerships/no-such-partnership')).text).toContain('Seite nicht gefunden');
  });

  it('accepts no write', async () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const res = await admin.request(method, page, {});
      expect(res.status, method).toBe(404);
    }
  });
});

describe('the directory', () => {
  it('lists the partnerships and filters them by country, city, kind, theme and start', async () => {
    const all = (await t.anonymous().get('/p/en/partnerships')).text;
    expect(all).toContain('Partnerships shown: 2');
    expect(all).toContain('href="/p/en/partnerships/dortmund-cluj"');
    expect(all).toContain('href="/p/en/partnerships/dortmund-leeds"');
    const shown = async (query: string) =>
      [...(await t.anonymous().get(`/p/en/partnerships?${query}`)).text.matchAll(/href="\/p\/en\/partnerships\/([a-z-]+)"/g)].map((m) => m[1]);
    expect(await shown('country=RO')).toEqual(['dortmund-cluj']);
    expect(await shown('city=leeds')).toEqual(['dortmund-leeds']);
    expect(await shown('kind=twinning')).toEqual(['dortmund-leeds']);
    expect(await shown('theme=agriculture')).toEqual(['dortmund-cluj']);
    expect(await shown('since=2000')).toEqual(['dortmund-cluj']);
    expect(await shown('country=RO&kind=twinning')).toEqual([]);
    // Nonsense in the query shows everything rather than failing.
    expect(await shown('country=<x>&since=later')).toEqual(['dortmund-cluj', 'dortmund-leeds']);
  });

  it('sends /p to the directory in the visitor’s language', async () => {
    const res = await t.anonymous().request('GET', '/p', undefined, { 'accept-language': 'hu-HU,hu;q=0.9,en;q=0.8' });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/p/hu/partnerships');
    expect((await t.anonymous().get('/p/ro')).headers.location).toBe('/p/ro/partnerships');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every public page in every language with its alternates', async () => {
    const res = await t.anonymous().get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const locs = [...res.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain('https://pontis.example.org/p/de/partnerships/dortmund-cluj');
    expect(locs).toContain('https://pontis.example.org/p/hu/partnerships/dortmund-leeds');
    expect(locs).toContain('https://pontis.example.org/p/ro/partnerships');
    expect(locs).toContain('https://pontis.example.org/p/en/cities/cluj-napoca');
    expect(locs).toContain('https://pontis.example.org/p/de/organisations/klimasensor-dortmund');
    // The directory, 2 partnerships, 3 cities and 1 organisation, in 4 languages each.
    expect(locs).toHaveLength((1 + 2 + 3 + 1) * 4);
    expect(res.text).toContain('<xhtml:link rel="alternate" hreflang="ro" href="https://pontis.example.org/p/ro/partnerships/dortmund-cluj"/>');
  });

  it('points crawlers at the sitemap and keeps them out of the API', async () => {
    const res = await t.anonymous().get('/robots.txt');
    expect(res.text).toContain('Sitemap: https://pontis.example.org/sitemap.xml');
    expect(res.text).toContain('Disallow: /api/');
    expect(res.text).toContain('Allow: /p/');
  });
});

describe('the city page, the organisation profile and the widget', () => {
  it('shows a city with its partnerships, next public activities, organisations and map', async () => {
    const res = await t.anonymous().get('/p/en/cities/dortmund');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Dortmund</h1>');
    expect(res.text).toContain('href="/p/en/partnerships/dortmund-cluj"');
    expect(res.text).toContain('href="/p/en/partnerships/dortmund-leeds"');
    expect(res.text).toContain('Study visit on heat sensors');
    expect(res.text).not.toContain('Interne Abstimmung');
    expect(res.text).toContain('href="/p/en/organisations/klimasensor-dortmund"');
    // One line from Dortmund to each partner.
    expect(res.text.match(/class="map-tie"/g)).toHaveLength(2);
    const json = JSON.parse(res.text.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]);
    expect(json).toMatchObject({ '@type': 'City', name: 'Dortmund', geo: { latitude: 51.514, longitude: 7.468 } });
    expect(json.subjectOf.map((p: { name: string }) => p.name).sort()).toEqual(['Dortmund – Cluj-Napoca', 'Dortmund – Leeds']);
    expect(res.text).toContain('https://pontis.example.org/p/en/embed/cities/dortmund');
  });

  it('shows an organisation’s published offers and requests, never those waiting for review, and no person who did not consent', async () => {
    const res = await t.anonymous().get('/p/de/organisations/klimasensor-dortmund');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>KlimaSensor Dortmund</h1>');
    expect(res.text).toContain('Hitzesensoren für Straßenbäume');
    expect(res.text).not.toContain('Noch nicht geprüftes Angebot');
    expect(res.text).toContain('Petra Public');
    expect(res.text).not.toContain('Paul Private');
    const json = JSON.parse(res.text.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]);
    expect(json).toMatchObject({ '@type': 'Organization', name: 'KlimaSensor Dortmund', address: { addressLocality: 'Dortmund', addressCountry: 'DE' } });
    expect(json.makesOffer.map((o: { itemOffered: { name: string } }) => o.itemOffered.name)).toEqual(['Hitzesensoren für Straßenbäume']);
    expect(JSON.stringify(json)).not.toContain('Petra Public');
    expect((await t.anonymous().get('/p/de/organisations/no-such-organisation')).status).toBe(404);
  });

  it('lets any site frame the widget, and no site frame the other pages', async () => {
    const widget = await t.anonymous().get('/p/ro/embed/cities/dortmund');
    expect(widget.status).toBe(200);
    expect(widget.headers['x-frame-options']).toBeUndefined();
    expect(widget.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(widget.text).toContain('<base target="_blank"/>');
    expect(widget.text).toContain('href="https://pontis.example.org/p/ro/partnerships/dortmund-cluj"');
    expect(widget.text).toContain('<meta name="robots" content="noindex"/>');
    const page = await t.anonymous().get('/p/ro/cities/dortmund');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await t.anonymous().get('/api/partnerships')).headers['x-frame-options']).toBe('DENY');
  });
});

describe('Atom feeds', () => {
  it('tell a partnership’s agreements and public timeline, newest change first, and never a private activity', async () => {
    const res = await t.anonymous().get('/p/de/partnerships/dortmund-cluj/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(res.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(res.text).toContain('<link rel="self" href="https://pontis.example.org/p/de/partnerships/dortmund-cluj/feed.atom"/>');
    expect(res.text).toContain('<name>Dortmund, Cluj-Napoca</name>');
    const titles = [...res.text.matchAll(/<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles).toContain('Absichtserklärung über eine Projektpartnerschaft');
    expect(titles).toContain('Studienbesuch Wärmesensoren');
    expect(titles.join()).not.toContain('Interne Abstimmung');
    const updated = [...res.text.matchAll(/<entry>[\s\S]*?<updated>(.*?)<\/updated>/g)].map((m) => m[1]);
    expect(updated).toEqual([...updated].sort().reverse());
    // The page announces its feed.
    expect((await t.anonymous().get(page)).text).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it('tell a city the news of all its partnerships, and answer an unknown one with 404', async () => {
    const res = await t.anonymous().get('/p/en/cities/dortmund/feed.atom');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Dortmund – Cluj-Napoca · Study visit on heat sensors');
    expect((await t.anonymous().get('/p/en/cities/atlantis/feed.atom')).status).toBe(404);
    expect((await t.anonymous().get('/p/en/partnerships/nothing/feed.atom')).status).toBe(404);
  });

  it('escape a record’s text, so that a feed reader shows it as written', async () => {
    const event = await admin.post('/api/partnerships/dortmund-leeds/timeline', {
      kind: 'meeting',
      occurredOn: '2026-05-01',
      title: { en: 'Talks <img src=x onerror=alert(1)> & more' },
      originalLang: 'en',
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    const feed = (await t.anonymous().get('/p/en/partnerships/dortmund-leeds/feed.atom')).text;
    expect(feed).toContain('Talks &lt;img src=x onerror=alert(1)&gt; &amp; more');
    expect(feed).not.toContain('<img');
  });
});
