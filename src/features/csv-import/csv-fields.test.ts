import { describe, expect, it } from 'vitest';
import { checkMapping, detectHeaderRow, fieldForHeader, suggestMapping } from './csv-fields.ts';

describe('column names', () => {
  it('are recognised in German, Romanian, English and Hungarian, ignoring case, accents and spacing', () => {
    expect(fieldForHeader('Name')).toBe('name');
    expect(fieldForHeader('Denumire')).toBe('name');
    expect(fieldForHeader('Név')).toBe('name');
    expect(fieldForHeader('  NEV ')).toBe('name');
    expect(fieldForHeader('Stadt')).toBe('city');
    expect(fieldForHeader('Oraș')).toBe('city');
    expect(fieldForHeader('Oras')).toBe('city');
    expect(fieldForHeader('Város')).toBe('city');
    expect(fieldForHeader('Art')).toBe('kind');
    expect(fieldForHeader('Típus')).toBe('kind');
    expect(fieldForHeader('Sit web')).toBe('website');
    expect(fieldForHeader('Angebot Titel')).toBe('offerTitle');
    expect(fieldForHeader('Angebot')).toBe('offerText');
    expect(fieldForHeader('Kérés kategóriája')).toBe('requestCategory');
    expect(fieldForHeader('Lieblingsfarbe')).toBeUndefined();
  });

  it('suggest a mapping where each field takes the first matching column', () => {
    expect(suggestMapping(['Denumire', 'Tip', 'Oraș', 'Nume', 'Descriere', 'Limba', 'Notiz'])).toEqual({
      name: 'Denumire',
      kind: 'Tip',
      city: 'Oraș',
      description: 'Descriere',
      descriptionLang: 'Limba',
    });
  });

  it('find the header row below a title line', () => {
    const rows = [['Organisationen Dortmund, Stand 2024'], [''], ['Name', 'Art', 'Stadt'], ['TU Dortmund', 'Universität', 'Dortmund']];
    expect(detectHeaderRow(rows)).toBe(2);
    expect(
      detectHeaderRow([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(0);
    expect(detectHeaderRow([[''], ['a', 'b']])).toBe(1);
  });

  it('check a mapping: required fields, unknown columns and fields are named', () => {
    const headers = ['Name', 'Art'];
    expect(checkMapping({ name: 'Name', kind: 'Art' }, headers, { defaultCity: true })).toEqual([]);
    const problems = checkMapping({ name: 'Nom', website: 'Name' } as never, headers, { defaultCity: false });
    expect(problems.map((p) => p.field)).toEqual(['name', 'kind', 'city']);
    expect(problems[0].message).toContain('no column "Nom"');
    expect(checkMapping({ colour: 'Name', name: 'Name', kind: 'Art' } as never, headers, { defaultCity: true })[0].message).toContain('not a field');
  });
});
