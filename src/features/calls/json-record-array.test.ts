import { describe, expect, it } from 'vitest';
import { jsonRecordArray } from './json-record-array.ts';

const PATHS = [['fundingData', 'GrantTenderObj'], ['results']];

async function records(text: string, chunkSize = text.length || 1): Promise<unknown[]> {
  const bytes = Buffer.from(text);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: unknown[] = [];
  for await (const r of jsonRecordArray(chunks(), PATHS)) out.push(r);
  return out;
}

const reference = {
  fundingData: {
    other: [{ identifier: 'NOT-A-RECORD' }],
    GrantTenderObj: [
      { identifier: 'A-1', title: 'Brackets } ] { [ and "quotes" and \\ backslashes', tags: ['x', 'y'], status: {} },
      { identifier: 'B-2', title: 'Kolozsvár – Cluj-Napoca – Klausenburg 🌉', latestInfos: [{ content: '<p>a</p>' }], results: [{ nested: true }] },
      {},
    ],
  },
  results: 'not an array here',
};

describe('jsonRecordArray', () => {
  it('yields the records of the reference file and nothing else, whatever the chunk boundaries', async () => {
    const text = JSON.stringify(reference, null, 2);
    const expected = reference.fundingData.GrantTenderObj;
    for (const size of [1, 2, 3, 7, 64, 4096]) expect(await records(text, size), `chunks of ${size}`).toEqual(expected);
  });

  it('yields the results of a search-API page', async () => {
    const page = { totalResults: 2, results: [{ metadata: { identifier: ['X'] } }, { metadata: { identifier: ['Y'], keywords: ['["a","b"]'] } }] };
    expect(await records(JSON.stringify(page), 5)).toEqual(page.results);
  });

  it('yields nothing for JSON without a record array', async () => {
    expect(await records('{"fundingData": {}}')).toEqual([]);
    expect(await records('[1, 2, 3]')).toEqual([]);
  });

  it('refuses broken files with an error on the file field', async () => {
    const cases = [
      '',
      '{"fundingData": {"GrantTenderObj": [{"identifier": "A"}',
      '{"fundingData": {"GrantTenderObj": [{"identifier": "A"]}}',
      '{"fundingData": {"GrantTenderObj": [{"identifier": A}]}}',
      '{"results": []} {"results": []}',
      '{"results": [{"title": "unterminated}]}',
    ];
    for (const text of cases) {
      await expect(records(text), JSON.stringify(text)).rejects.toMatchObject({ code: 'validation_failed', fields: [{ path: 'file', rule: 'json' }] });
    }
  });
});
