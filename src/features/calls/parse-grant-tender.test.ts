import { describe, expect, it } from 'vitest';
import sample from './fixtures/grants-tenders.sample.json' with { type: 'json' };
import { parseGrantTender } from './parse-grant-tender.ts';

const records = sample.fundingData.GrantTenderObj as unknown[];
const byId = (id: string) => {
  const r = records.find((x) => (x as { identifier?: unknown }).identifier === id);
  const parsed = parseGrantTender(r);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.call;
};

describe('parseGrantTender', () => {
  it('normalises a grant topic with programme, status, opening and a 17:00 Brussels deadline', () => {
    const call = byId('HORIZON-MISS-2026-CIT-02-01');
    expect(call).toMatchObject({
      kind: 'grant',
      title: 'Local digital twins for climate-neutral and smart cities',
      callIdentifier: 'HORIZON-MISS-2026-CIT-02',
      programmeCode: 'HORIZON',
      programmeName: 'Horizon Europe Framework Programme (HORIZON)',
      portalStatus: 'open',
      deadlineModel: 'single-stage',
      openingAt: '2026-01-15T00:00:00.000Z',
      deadlines: [{ at: '2026-09-17T15:00:00.000Z' }],
      tags: ['digital twin', 'smart city', 'climate neutrality'],
      url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/HORIZON-MISS-2026-CIT-02-01',
    });
    // The action repeats the topic's deadline as a bare date: the same instant, kept once.
    expect(call.deadlines).toHaveLength(1);
    expect(call.latestInfos).toEqual([{ at: '2026-01-15T09:00:00.000Z', text: 'The submission system is open.' }]);
    expect(call.summary).toBe('The submission system is open.');
  });

  it('sorts and labels cut-offs and stages', () => {
    expect(byId('CERV-2026-CITIZENS-TOWN-TT').deadlines).toEqual([
      { at: '2026-03-03T16:00:00.000Z', label: 'cut-off 1' },
      { at: '2026-09-16T15:00:00.000Z', label: 'cut-off 2' },
    ]);
    expect(byId('HORIZON-CL5-2026-D2-01-02').deadlines.map((d) => d.label)).toEqual(['stage 1', 'stage 2']);
    expect(byId('EIC-2026-ACCELERATOR-01').deadlines.map((d) => [d.at.slice(0, 10), d.label])).toEqual([
      ['2026-03-04', 'cut-off 1'],
      ['2026-06-03', 'cut-off 2'],
      ['2026-10-01', 'cut-off 3'],
    ]);
    expect(byId('HORIZON-CL4-2026-DATA-01-03').deadlines).toHaveLength(1);
  });

  it('keeps the deadlines of several actions, labelled by action type, and the earliest opening', () => {
    const call = byId('ERASMUS-2026-YOUTH-TOG');
    expect(call.deadlines).toEqual([
      { at: '2026-08-20T15:00:00.000Z', label: 'ERASMUS-LS' },
      { at: '2026-11-05T16:00:00.000Z', label: 'ERASMUS-PJG' },
    ]);
    expect(call.openingAt).toBe('2025-12-01T00:00:00.000Z');
  });

  it('reads tenders without programme or deadlines, and empty objects as missing', () => {
    const tender = byId('EC-REGIO/2026/OP/0007');
    expect(tender).toMatchObject({
      kind: 'tender',
      programmeCode: null,
      programmeName: null,
      deadlines: [],
      tags: [],
      keywords: [],
      latestInfos: [],
      portalStatus: 'open',
    });
    expect(tender.url).toContain('/tender-details/EC-REGIO%2F2026%2FOP%2F0007');
    expect(byId('EC-DEFIS/2025/OP/0031')).toMatchObject({ kind: 'tender', portalStatus: 'closed', openingAt: null, deadlineModel: null });
    expect(byId('HORIZON-JU-2026-01')).toMatchObject({ kind: 'grant', portalStatus: null, programmeCode: 'HORIZON', deadlines: [], summary: '' });
  });

  it('takes the programme from a grant identifier when the record leaves it empty', () => {
    expect(byId('URBACT-2026-APN').programmeCode).toBe('URBACT');
  });

  it('accepts numbers written as strings and a status given only by its abbreviation', () => {
    expect(byId('CEF-T-2026-SIMOBGEN')).toMatchObject({
      portalStatus: 'open',
      openingAt: '2026-02-15T00:00:00.000Z',
      deadlines: [{ at: '2026-09-24T15:00:00.000Z' }],
    });
    expect(byId('CREA-CULT-2027-COOP').portalStatus).toBe('forthcoming');
  });

  it('turns HTML into plain text: entities decoded, scripts and comments dropped, encoded tags stay text', () => {
    const call = byId('SMP-COSME-2026-TOURISME-01');
    expect(call.title).toBe('Tourisme durable – Zürich, Cluj-Napoca & Łódź: «bonnes pratiques»');
    expect(call.latestInfos[0]).toEqual({ at: '2026-02-10T09:00:00.000Z', text: 'Café & crème: résumé € 5 M <b>not bold</b>' });
    expect(call.latestInfos[1]).toEqual({ at: null, text: 'Erste Info\nZweite Info' });
    expect(call.summary).not.toContain('alert');
    const water = byId('HORIZON-CL3-2026-INFRA-01');
    expect(water.latestInfos[0].text).toBe('Call updated & corrected');
  });

  it('skips records without identifier or title, with the reason', () => {
    expect(parseGrantTender(records.find((r) => !Object.hasOwn(r as object, 'identifier')))).toEqual({ ok: false, reason: 'no identifier' });
    expect(parseGrantTender({ identifier: 'HORIZON-NOTITLE-2026-01', title: '' })).toEqual({ ok: false, reason: 'no title (HORIZON-NOTITLE-2026-01)' });
    expect(parseGrantTender({ identifier: {}, title: 'x' })).toMatchObject({ ok: false });
    expect(parseGrantTender(null)).toMatchObject({ ok: false });
    expect(parseGrantTender([1, 2])).toMatchObject({ ok: false });
  });

  it('survives odd shapes without throwing', () => {
    const odd: unknown[] = [
      { identifier: 'X-1', title: 'T', deadlineDatesLong: 'soon', plannedOpeningDateLong: -5, actions: [null, 'x', { deadlineDatesLong: [NaN, 'abc'] }] },
      { identifier: 'X-2', title: 'T', tags: 'single tag', keywords: [null, 3, ' a ', 'a'], latestInfos: [null, { content: {} }, 'plain'] },
      { identifier: 42, title: 7, status: 'Open', frameworkProgramme: 'HORIZON' },
    ];
    const parsed = odd.map(parseGrantTender);
    expect(parsed.every((p) => p.ok)).toBe(true);
    const [a, b, c] = parsed.map((p) => (p.ok ? p.call : null));
    expect(a).toMatchObject({ deadlines: [], openingAt: null });
    expect(b).toMatchObject({ tags: ['single tag'], keywords: ['3', 'a'], latestInfos: [{ at: null, text: 'plain' }] });
    expect(c).toMatchObject({ identifier: '42', title: '7', portalStatus: null, programmeCode: null });
  });
});
