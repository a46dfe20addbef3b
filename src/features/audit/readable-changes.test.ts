import { describe, expect, it } from 'vitest';
import type { HistoryLookup } from './readable-changes.ts';
import { readableChanges } from './readable-changes.ts';

const ORG = '16c6353f-1576-46d1-a2de-6a705d036a90';
const HIDDEN = '5f8f7adc-f976-4cee-a3dd-2a0852691414';
const lookup: HistoryLookup = {
  record: (type, by, value) =>
    type === 'city'
      ? { name: by === 'key' ? (value === 'dortmund' ? 'Dortmund' : 'Cluj-Napoca') : null, visible: true }
      : value === ORG
        ? { name: 'KlimaSensor Dortmund', visible: true }
        : { name: null, visible: false },
  labels: (vocabulary, code) => (vocabulary === 'theme' ? { de: `Thema ${code}`, en: `Theme ${code}`, ro: `Temă ${code}`, hu: `Téma ${code}` } : null),
};

describe('readableChanges', () => {
  it('leaves out ids, versions, timestamps and checksums', () => {
    const before = { id: ORG, version: 1, updatedAt: '2026-01-01T00:00:00Z', sha256: 'aa', key: 'a', name: 'A' };
    const after = { id: ORG, version: 2, updatedAt: '2026-01-02T00:00:00Z', sha256: 'bb', key: 'b', name: 'A' };
    expect(readableChanges('organisation', before, after, lookup)).toEqual([]);
  });

  it('does not count an empty list or text where there was nothing as a change', () => {
    expect(readableChanges('organisation', null, { offers: [], website: '', name: 'A' }, lookup).map((c) => c.field)).toEqual(['name']);
  });

  it('shows lists as the items added and removed, codes with their names', () => {
    const [themes] = readableChanges(
      'organisation',
      { themes: ['culture', 'sustainability'] },
      { themes: ['sustainability', 'education-research', 'mobility'] },
      lookup,
    );
    expect(themes).toMatchObject({ field: 'themes', kind: 'list' });
    expect(themes.removed).toEqual([{ type: 'code', vocabulary: 'theme', code: 'culture', labels: expect.objectContaining({ de: 'Thema culture' }) }]);
    expect(themes.added.map((v) => v.type === 'code' && v.code)).toEqual(['education-research', 'mobility']);
  });

  it('names the vocabulary of a kind or status by the record type', () => {
    const [kind] = readableChanges('organisation', { kind: 'ngo' }, { kind: 'cluster' }, lookup);
    expect(kind).toMatchObject({ kind: 'value', before: { type: 'code', vocabulary: 'organisation-kind', code: 'ngo' }, after: { code: 'cluster' } });
    const [status] = readableChanges('partnership', { status: 'proposed' }, { status: 'active' }, lookup);
    expect(status.after).toMatchObject({ vocabulary: 'partnership-status', code: 'active' });
  });

  it('gives one text change per language, for lists of { lang, text } and for { de, en } objects', () => {
    const before = [
      { lang: 'de', text: 'Eine Universität.' },
      { lang: 'en', text: 'A university.' },
    ];
    const after = [
      { lang: 'de', text: 'Eine technische Universität.' },
      { lang: 'en', text: 'A university.' },
      { lang: 'ro', text: 'O universitate.' },
    ];
    expect(readableChanges('organisation', { description: before }, { description: after }, lookup)).toEqual([
      expect.objectContaining({
        field: 'description',
        language: 'de',
        kind: 'text',
        before: { type: 'text', text: 'Eine Universität.' },
        after: { type: 'text', text: 'Eine technische Universität.' },
      }),
      expect.objectContaining({
        field: 'description',
        language: 'ro',
        kind: 'text',
        before: { type: 'empty' },
        after: { type: 'text', text: 'O universitate.' },
      }),
    ]);
    // A field another change turns into a text per language (agreement titles, offices) reads the same way.
    const titles = readableChanges('agreement', { title: 'Letter of Intent' }, { title: { en: 'Letter of Intent', de: 'Absichtserklärung' } }, lookup);
    expect(titles).toEqual([
      expect.objectContaining({ field: 'title', language: null, kind: 'value', before: { type: 'text', text: 'Letter of Intent' }, after: { type: 'empty' } }),
      expect.objectContaining({ field: 'title', language: 'en', after: { type: 'text', text: 'Letter of Intent' } }),
      expect.objectContaining({ field: 'title', language: 'de', after: { type: 'text', text: 'Absichtserklärung' } }),
    ]);
  });

  it('resolves references to names, and does not name records the reader may not see', () => {
    const changes = readableChanges('person', { organisationId: HIDDEN }, { organisationId: ORG }, lookup);
    expect(changes[0].before).toEqual({ type: 'record', entityType: 'organisation', name: null, visible: false });
    expect(changes[0].after).toEqual({ type: 'record', entityType: 'organisation', name: 'KlimaSensor Dortmund', visible: true });
    const [city] = readableChanges('organisation', null, { city: { id: 'c1', key: 'dortmund', name: 'Dortmund', country: 'DE' } }, lookup);
    expect(city.after).toEqual({ type: 'record', entityType: 'city', name: 'Dortmund', visible: true });
    const [cities] = readableChanges('partnership', { cities: ['dortmund'] }, { cities: ['dortmund', 'cluj-napoca'] }, lookup);
    expect(cities.added).toEqual([{ type: 'record', entityType: 'city', name: 'Cluj-Napoca', visible: true }]);
  });

  it('shows small records in a list by their fields, and nested objects one part at a time', () => {
    const offer = { title: 'Pilot site', text: 'Our lab.', themes: ['mobility'], category: 'pilot-site', lang: 'en' };
    const [offers] = readableChanges('organisation', { offers: [] }, { offers: [offer] }, lookup);
    expect(offers.added[0]).toEqual({
      type: 'fields',
      fields: [
        { field: 'title', value: { type: 'text', text: 'Pilot site' } },
        { field: 'text', value: { type: 'text', text: 'Our lab.' } },
        { field: 'themes', value: expect.objectContaining({ type: 'code', code: 'mobility' }) },
        { field: 'category', value: { type: 'code', vocabulary: 'item-category', code: 'pilot-site', labels: null } },
        { field: 'lang', value: { type: 'code', vocabulary: 'language', code: 'en', labels: null } },
      ],
    });
    const office = readableChanges('city', { office: { name: 'Büro', email: null } }, { office: { name: 'Büro', email: 'info@example.org' } }, lookup);
    expect(office).toEqual([
      expect.objectContaining({ field: 'office', subfield: 'email', before: { type: 'empty' }, after: { type: 'text', text: 'info@example.org' } }),
    ]);
  });

  it('types dates, money, yes/no and erased data', () => {
    const changes = readableChanges(
      'project-partner',
      { budget: '1000.00', visibleToPublic: false, since: null, name: { erased: true } },
      { budget: '1500.50', visibleToPublic: true, since: '2020-07-31', name: 'Ana' },
      lookup,
    );
    expect(changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['budget', { type: 'number', value: 1000, unit: 'EUR' }, { type: 'number', value: 1500.5, unit: 'EUR' }],
      ['visibleToPublic', { type: 'boolean', value: false }, { type: 'boolean', value: true }],
      ['since', { type: 'empty' }, { type: 'date', value: '2020-07-31', withTime: false }],
      ['name', { type: 'erased' }, { type: 'text', text: 'Ana' }],
    ]);
  });

  it('shows a field nobody described by the shape of its value, never as JSON or a raw id', () => {
    const changes = readableChanges(
      'organisation',
      { mysteryCount: 1, mysteryRef: null, mysteryThing: null },
      { mysteryCount: 2, mysteryRef: HIDDEN, mysteryThing: { colour: 'blue', size: 3 } },
      lookup,
    );
    expect(changes[0]).toMatchObject({ field: 'mysteryCount', before: { type: 'number', value: 1 }, after: { type: 'number', value: 2 } });
    expect(changes[1].after).toEqual({ type: 'record', entityType: 'unknown', name: null, visible: true });
    expect(changes.slice(2)).toEqual([
      expect.objectContaining({ field: 'mysteryThing', subfield: 'colour', after: { type: 'text', text: 'blue' } }),
      expect.objectContaining({ field: 'mysteryThing', subfield: 'size', after: { type: 'number', value: 3, unit: null } }),
    ]);
    expect(JSON.stringify(changes)).not.toContain(HIDDEN);
  });
});
