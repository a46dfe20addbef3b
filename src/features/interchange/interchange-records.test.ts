import { describe, expect, it } from 'vitest';
import { canonicalCity, canonicalOrganisation, canonicalPartnership, sameRecord } from './interchange-records.ts';

describe('canonical interchange records', () => {
  it('leaves out empty optional fields and sorts aliases, so a file and the database compare equal', () => {
    const fromFile = canonicalCity({
      key: 'cluj-napoca',
      name: 'Cluj-Napoca',
      country: 'RO',
      aliases: [
        { name: 'Kolozsvár', lang: 'hu' },
        { name: 'Klausenburg', lang: 'de' },
      ],
    });
    const fromDatabase = canonicalCity({
      key: 'cluj-napoca',
      name: 'Cluj-Napoca',
      country: 'RO',
      latitude: null,
      longitude: null,
      population: null,
      aliases: [
        { name: 'Klausenburg', lang: 'de' },
        { name: 'Kolozsvár', lang: 'hu' },
      ],
    });
    expect(fromDatabase).toEqual(fromFile);
    expect(sameRecord(fromFile, fromDatabase)).toBe(true);
    expect(Object.keys(canonicalCity({ key: 'x', name: 'X', country: 'DE', aliases: [] }))).toEqual(['key', 'name', 'country']);
  });

  it('keeps a zero but drops nulls, empty lists and empty titles', () => {
    expect(canonicalCity({ key: 'x', name: 'X', country: 'DE', latitude: 0, longitude: 0, population: 0 })).toEqual({
      key: 'x',
      name: 'X',
      country: 'DE',
      latitude: 0,
      longitude: 0,
      population: 0,
    });
    const organisation = canonicalOrganisation(
      {
        key: 'o',
        name: 'O',
        kind: 'company',
        website: null,
        languages: [],
        description: [{ text: 'no language' }],
        themes: [],
        offers: [{ category: null, lang: null, title: '', text: 'Offer', themes: [], validUntil: null }],
        requests: [],
      },
      'dortmund',
    );
    expect(organisation).toEqual({
      key: 'o',
      name: 'O',
      kind: 'company',
      city: 'dortmund',
      description: [{ text: 'no language' }],
      offers: [{ text: 'Offer' }],
    });
  });

  it('writes a partnership with its cities as resolved keys, in order', () => {
    const partnership = canonicalPartnership({ key: 'p', kind: 'twinning', since: null, themes: ['culture'], description: [] }, ['b', 'a']);
    expect(partnership).toEqual({ key: 'p', cities: ['b', 'a'], kind: 'twinning', themes: ['culture'] });
  });
});
