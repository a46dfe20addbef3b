import { describe, expect, it } from 'vitest';
import { rowSchema, validateRow } from './csv-row.ts';
import { categoryFromCell, kindFromCell, languageFromCell } from './csv-values.ts';

const themes = (cell: string) =>
  (({ sustainability: 'sustainability', nachhaltigkeit: 'sustainability', mobility: 'mobility' }) as Record<string, string>)[cell.trim().toLowerCase()];
const schema = rowSchema(themes);
const mapping = {
  key: 'Key',
  name: 'Name',
  kind: 'Art',
  website: 'Web',
  languages: 'Sprachen',
  description: 'Beschreibung',
  descriptionLang: 'Sprache',
  themes: 'Themen',
  offerTitle: 'Angebot Titel',
  offerText: 'Angebot',
  offerCategory: 'Kategorie',
  requestText: 'Gesuch',
} as const;

describe('cell values in four languages', () => {
  it('map kinds, categories and languages', () => {
    expect(kindFromCell('Universität')).toBe('university');
    expect(kindFromCell('universitate')).toBe('university');
    expect(kindFromCell('Egyetem')).toBe('university');
    expect(kindFromCell('research-institute')).toBe('research-institute');
    expect(kindFromCell('Asociație')).toBe('ngo');
    expect(kindFromCell('Egyesület')).toBe('ngo');
    expect(kindFromCell('Raumschiff')).toBeUndefined();
    expect(categoryFromCell('Forschung')).toBe('research');
    expect(categoryFromCell('cercetare')).toBe('research');
    expect(categoryFromCell('Kutatás')).toBe('research');
    expect(languageFromCell('DE')).toBe('de');
    expect(languageFromCell('Rumänisch')).toBe('ro');
    expect(languageFromCell('maghiară')).toBe('hu');
    expect(languageFromCell('Angol')).toBe('en');
  });
});

describe('a row', () => {
  it('becomes an organisation with only the mapped fields set', () => {
    const { value, problems } = validateRow(
      schema,
      mapping,
      {
        key: 'tu-dortmund',
        name: ' TU Dortmund ',
        kind: 'Universität',
        website: 'www.tu-dortmund.de',
        languages: 'Deutsch; en, de',
        description: 'Technische Universität',
        descriptionLang: 'Deutsch',
        themes: 'Nachhaltigkeit, mobility',
        offerTitle: 'Labor',
        offerText: 'Wir bieten ein Labor.',
        offerCategory: 'Forschung',
        requestText: '',
      },
      7,
    );
    expect(problems).toEqual([]);
    expect(value).toEqual({
      key: 'tu-dortmund',
      name: 'TU Dortmund',
      kind: 'university',
      website: 'https://www.tu-dortmund.de',
      languages: ['de', 'en'],
      description: [{ lang: 'de', text: 'Technische Universität' }],
      themes: ['sustainability', 'mobility'],
      offer: { category: 'research', title: 'Labor', text: 'Wir bieten ein Labor.' },
      request: null,
    });
    expect(validateRow(schema, { name: 'N', kind: 'K' }, { name: 'A', kind: 'company' }, 2).value).toEqual({ name: 'A', kind: 'company' });
  });

  it('reports every problem with its line, field, column and rule', () => {
    const { value, problems } = validateRow(
      schema,
      mapping,
      {
        key: 'TU Dortmund',
        name: '',
        kind: 'Raumschiff',
        website: 'ftp://x',
        languages: 'Klingonisch',
        themes: 'Raumfahrt',
        offerTitle: 'Labor',
        offerCategory: 'Forschung',
      },
      12,
    );
    expect(value).toBeUndefined();
    const by = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(by).sort()).toEqual(['key', 'kind', 'languages', 'name', 'themes', 'website']);
    expect(by.name).toEqual({ row: 12, field: 'name', column: 'Name', rule: 'required', message: 'the name is required' });
    expect(by.kind).toMatchObject({ rule: 'invalid_enum', column: 'Art', message: '"Raumschiff" is not a known kind of organisation' });
    expect(by.themes.message).toContain('"Raumfahrt" is not a known theme');
    expect(by.key.message).toContain('lower-case');
    expect(by.website.message).toContain('https://');
  });

  it('needs offer text when an offer title or category is given', () => {
    const { problems } = validateRow(schema, mapping, { name: 'X', kind: 'company', offerTitle: 'Labor' }, 3);
    expect(problems).toEqual([{ row: 3, field: 'offerText', column: 'Angebot', rule: 'required', message: 'the offer has a title or category but no text' }]);
  });

  it('refuses over-long texts with the limit', () => {
    const { problems } = validateRow(schema, mapping, { name: 'x'.repeat(301), kind: 'company' }, 4);
    expect(problems[0]).toMatchObject({ field: 'name', rule: 'too_big', message: 'must be at most 300 characters long' });
  });
});
