import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPath, validateInterchange } from './validate-interchange.ts';

const valid = {
  format: 'pontis-interchange/1',
  cities: [{ key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO', aliases: [{ name: 'Kolozsvár', lang: 'hu' }], population: 286598 }],
  partnerships: [{ key: 'a-b', cities: ['dortmund', 'Klausenburg'], kind: 'project-partnership', since: '2020-07-31' }],
  organisations: [
    {
      key: 'ubb',
      name: 'Universitatea Babeș-Bolyai',
      kind: 'university',
      city: 'Kolozsvár',
      website: 'https://www.ubbcluj.ro',
      description: [{ text: 'Without a language.' }],
      offers: [{ category: 'research', text: 'Joint research', validUntil: '2030-12-31' }],
    },
  ],
};

const paths = (document: unknown) => validateInterchange(document).map((e) => e.path);

describe('validateInterchange', () => {
  it('accepts a valid document and a minimal one', () => {
    expect(validateInterchange(valid)).toEqual([]);
    expect(validateInterchange({ format: 'pontis-interchange/1' })).toEqual([]);
  });

  it('names the path of a bad enumeration value and lists the allowed values', () => {
    const document = structuredClone(valid);
    document.organisations[0].kind = 'bakery';
    const errors = validateInterchange(document);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '$.organisations[0].kind', rule: 'invalid_enum' });
    expect(errors[0].message).toMatch(/^must be one of: university, research-institute, company/);
  });

  it('names an unknown field with its path and its name', () => {
    const document = { ...valid, cities: [{ ...valid.cities[0], mayor: 'Emil Boc' }] };
    expect(validateInterchange(document)).toEqual([
      { path: '$.cities[0].mayor', rule: 'unknown_field', message: '"mayor" is not a field of the interchange format' },
    ]);
    expect(paths({ ...valid, extra: true })).toEqual(['$.extra']);
  });

  it('reports every problem at once, each at its own path', () => {
    const document = {
      format: 'pontis-interchange/2',
      cities: [{ key: 'Bad Key', name: '', country: 'Romania' }],
      partnerships: [{ key: 'p', cities: ['only-one'], kind: 'twinning', since: '2020-02-30' }],
      organisations: [{ key: 'o', name: 'O', kind: 'company', website: 'not a url', offers: [{ lang: 'deu', text: 'x' }] }],
    };
    expect(paths(document).sort()).toEqual(
      [
        '$.format',
        '$.cities[0].key',
        '$.cities[0].name',
        '$.cities[0].country',
        '$.partnerships[0].cities',
        '$.partnerships[0].since',
        '$.organisations[0].city',
        '$.organisations[0].website',
        '$.organisations[0].offers[0].lang',
      ].sort(),
    );
    const messages = Object.fromEntries(validateInterchange(document).map((e) => [e.path, e.message]));
    expect(messages['$.organisations[0].city']).toBe('"city" is required');
    expect(messages['$.partnerships[0].since']).toBe('must be a date written YYYY-MM-DD');
    expect(messages['$.format']).toBe('must be "pontis-interchange/1"');
  });

  // Found by the API fuzz suite: a population beyond the 32-bit column failed the import in the database (500).
  it('refuses a population too large to store, naming its path', () => {
    const big = { format: 'pontis-interchange/1', cities: [{ key: 'big', name: 'Big', country: 'DE', population: 2 ** 31 }] };
    expect(validateInterchange(big)).toEqual([{ path: '$.cities[0].population', rule: 'too_big', message: 'must be at most 2147483647' }]);
    expect(validateInterchange({ ...big, cities: [{ ...big.cities[0], population: 2 ** 31 - 1 }] })).toEqual([]);
  });

  it('rejects what is not a document at all', () => {
    expect(validateInterchange(null)).toEqual([{ path: '$', rule: 'invalid_type', message: 'must be an object' }]);
    expect(paths([])).toEqual(['$']);
    expect(paths({})).toEqual(['$.format']);
  });
});

describe('jsonPath', () => {
  it('turns a JSON Pointer into a JSON path', () => {
    expect(jsonPath('')).toBe('$');
    expect(jsonPath('/organisations/3/kind')).toBe('$.organisations[3].kind');
    expect(jsonPath('/a~1b/c~0d')).toBe('$["a/b"]["c~d"]');
  });
});

describe('the schema copy', () => {
  it('is the normative schema from shared/formats, unchanged', () => {
    const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, file), 'utf8'));
    expect(read('interchange-v1.schema.json')).toEqual(read('../../../../shared/formats/interchange-v1.schema.json'));
  });

  it('has the format description beside it, unchanged (the README links to this copy)', () => {
    const text = (file: string) => fs.readFileSync(path.resolve(import.meta.dirname, file), 'utf8');
    expect(text('interchange-v1.md')).toBe(text('../../../../shared/formats/interchange-v1.md'));
  });
});
