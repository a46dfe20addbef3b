import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app.ts';
import { demoWith, describedOrganisation } from './search-demo-test-world.ts';
import { domainNeighbours } from './search-related.ts';

// Related results below a search that found few organisations (search-related.ts), signed out.
interface Hit {
  type: string;
  organisation: { key: string } | null;
  kind: string | null;
}

let t: TestApp;

const organisation = (key: string, name: string, kind: string, text: string) => describedOrganisation(key, name, kind, 'cluj-napoca', 'ro', text);

beforeAll(async () => {
  t = await demoWith([
    organisation('termo-cluj', 'Termoficare Someș', 'public-company', 'Operăm rețeaua de termoficare a orașului și livrăm agent termic.'),
    organisation('reabilitare-cluj', 'Casa Verde Cluj', 'ngo', 'Consiliere pentru reabilitare termică și audit energetic al blocurilor.'),
    organisation('eolian-cluj', 'Vântul Transilvaniei', 'company', 'Proiectăm parcuri de energie eoliană și instalații de biomasă.'),
  ]);
});

async function searchFor(params: string) {
  const res = await t.anonymous().get(`/api/search?${params}`);
  expect(res.status).toBe(200);
  const keys = (hits: Hit[]) => [...new Set(hits.map((h) => h.organisation?.key).filter((k): k is string => !!k))];
  return { found: keys(res.body.items as Hit[]), related: keys(res.body.related as Hit[]), relatedHits: res.body.related as Hit[] };
}

describe('related results', () => {
  it('follow a search that found few organisations: the same field in the named city, not what was found', async () => {
    const { found, related } = await searchFor(`q=${encodeURIComponent('Fernwärme Klausenburg')}`);
    expect(found).toEqual(['termo-cluj']);
    expect(related).toEqual(expect.arrayContaining(['reabilitare-cluj', 'eolian-cluj']));
    expect(related).not.toContain('termo-cluj');
    // Named city: the Dortmund utility (energy too) is not related to heating in Cluj.
    expect(related).not.toContain('dew21');
  });

  it('keep the search’s filters', async () => {
    const { found, related } = await searchFor(`q=${encodeURIComponent('Fernwärme Klausenburg')}&kind=company`);
    expect(found).toEqual([]);
    expect(related).toEqual(['eolian-cluj']);
  });

  it('are only on a first page that holds every result', async () => {
    expect((await searchFor(`q=${encodeURIComponent('Fernwärme Klausenburg')}&offset=10`)).related).toEqual([]);
    // Two universities in Cluj at least: the first page of one row does not hold every result.
    expect((await searchFor(`q=${encodeURIComponent('universități Cluj')}&limit=1`)).related).toEqual([]);
  });

  it('are not sent where the results name ten organisations or more', async () => {
    // A city alone: every organisation of Cluj-Napoca (the demo's and the three above).
    const { found, related } = await searchFor(`q=Cluj&limit=100`);
    expect(found.length).toBeGreaterThanOrEqual(10);
    expect(related).toEqual([]);
  });

  it('are not sent without a query', async () => {
    expect((await searchFor('kind=company')).related).toEqual([]);
  });
});

describe('domainNeighbours', () => {
  it('lists the concepts of the query concepts’ domains, the query’s own left out', () => {
    const neighbours = domainNeighbours(['district-heating']);
    expect(neighbours).toEqual(expect.arrayContaining(['building-energy-efficiency', 'renewable-energy']));
    expect(neighbours).not.toContain('district-heating');
    expect(neighbours).not.toContain('public-transport');
    expect(domainNeighbours([])).toEqual([]);
    expect(domainNeighbours(['no-such-concept'])).toEqual([]);
  });
});
