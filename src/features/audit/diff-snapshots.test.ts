import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff-snapshots.ts';

describe('diffSnapshots', () => {
  it('lists only the top-level fields that changed, in field order', () => {
    const before = { name: 'Dortmund – Cluj', status: 'proposed', since: null, themes: ['culture'], version: 1 };
    const after = { name: 'Dortmund – Cluj-Napoca', status: 'proposed', since: '2020-07-31', themes: ['culture'], version: 2 };
    expect(diffSnapshots(before, after, { ignore: ['version'] })).toEqual([
      { field: 'name', before: 'Dortmund – Cluj', after: 'Dortmund – Cluj-Napoca' },
      { field: 'since', before: null, after: '2020-07-31' },
    ]);
  });

  it('compares nested values by content: key order does not matter, list order does', () => {
    const before = { office: { name: 'A', email: null }, cities: ['dortmund', 'cluj-napoca'] };
    const after = { office: { email: null, name: 'A' }, cities: ['cluj-napoca', 'dortmund'] };
    expect(diffSnapshots(before, after)).toEqual([{ field: 'cities', before: ['dortmund', 'cluj-napoca'], after: ['cluj-napoca', 'dortmund'] }]);
  });

  it('treats a missing snapshot as empty and missing fields as null', () => {
    expect(diffSnapshots(null, { title: 'LoI', place: null })).toEqual([{ field: 'title', before: null, after: 'LoI' }]);
    expect(diffSnapshots({ title: 'LoI' }, undefined)).toEqual([{ field: 'title', before: 'LoI', after: null }]);
    expect(diffSnapshots({ a: 1, b: 2 }, { a: 1 })).toEqual([{ field: 'b', before: 2, after: null }]);
    expect(diffSnapshots([1], 'x')).toEqual([]);
  });

  it('tells 0, false, empty text and null apart', () => {
    expect(diffSnapshots({ a: 0, b: false, c: '' }, { a: null, b: null, c: null }).map((c) => c.field)).toEqual(['a', 'b', 'c']);
  });
});
