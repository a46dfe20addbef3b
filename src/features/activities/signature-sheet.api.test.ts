import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { participantsFrom, seedReportActivity } from './participation-report-test-world.ts';
import { signatureSheet, signatureSheetOrder } from './signature-sheet.ts';

/**
 * The signature sheet (issue 13): a PDF for the funder, one numbered line per registered
 * participant (by country, then name), in the asked or the activity's language, several pages
 * when long; for the organisers only.
 */
let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
let coordinatorA: Awaited<ReturnType<TestApp['signedIn']>>;
let memberA: Awaited<ReturnType<TestApp['signedIn']>>;
let memberC: Awaited<ReturnType<TestApp['signedIn']>>;
let partnershipId: string;
let dortmundId: string;
let orgA: { id: string; name: string };

/**
 * The text of an uncompressed pdfkit PDF with one embedded font: its text operators show glyph
 * codes, which the font's ToUnicode map turns back into letters (no pdftotext on the machine).
 */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const map = new Map<number, string>();
  for (const block of source.matchAll(/beginbfrange\n([\s\S]*?)\nendbfrange/g)) {
    for (const line of block[1]!.split('\n')) {
      const m = /^<([0-9a-f]+)> <[0-9a-f]+> \[(.*)\]$/i.exec(line.trim());
      if (!m) continue;
      let code = parseInt(m[1]!, 16);
      for (const entry of m[2]!.matchAll(/<([0-9a-f ]+)>/gi)) {
        const units = entry[1]!.split(' ').map((h) => parseInt(h, 16));
        map.set(code++, String.fromCharCode(...units));
      }
    }
  }
  const lines: string[] = [];
  for (const op of source.matchAll(/\[(.*?)\] TJ/g)) {
    let text = '';
    for (const hex of op[1]!.matchAll(/<([0-9a-f]+)>/gi))
      for (let i = 0; i < hex[1]!.length; i += 4) text += map.get(parseInt(hex[1]!.slice(i, i + 4), 16)) ?? '?';
    lines.push(text);
  }
  return lines.join('\n');
}

const pageCount = (pdf: Buffer | string) => (Buffer.isBuffer(pdf) ? pdf.toString('latin1') : pdf).match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const dortmund = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
  const cluj = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  orgA = await seedOrganisation(db, { cityId: dortmund.id, name: 'Stadtwerke Dortmund' });
  admin = await t.signedIn({ role: 'admin' });
  coordinatorA = await t.signedIn({ role: 'coordinator', cityId: dortmund.id });
  memberA = await t.signedIn({ role: 'member', cityId: dortmund.id });
  memberC = await t.signedIn({ role: 'member', cityId: lyon.id });
  const partnership = await admin.post('/api/partnerships', {
    key: 'dortmund-cluj',
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [dortmund.id, cluj.id],
    themes: [],
  });
  expect(partnership.status).toBe(201);
  partnershipId = partnership.body.id;
  dortmundId = dortmund.id;
});

const visit = (participants: Parameters<typeof seedReportActivity>[1]['participants'], extra: Partial<Parameters<typeof seedReportActivity>[1]> = {}) =>
  seedReportActivity(t.database.db, {
    partnershipId,
    hostCityId: dortmundId,
    title: [
      { lang: 'de', text: 'Delegationsbesuch Smart City' },
      { lang: 'ro', text: 'Vizită de delegație oraș inteligent' },
    ],
    participants,
    ...extra,
  });

describe('the signature sheet', () => {
  it('prints the names with their diacritics and the headings in Romanian', async () => {
    const { activity } = await visit([
      { displayName: 'Ștefan Țurcanu', country: 'RO', cityName: 'Cluj-Napoca', organisationName: 'Primăria Cluj-Napoca' },
      { displayName: 'Jürgen Weiß', country: 'DE', organisationId: orgA.id, cityId: dortmundId },
      { displayName: 'Őrsi Űrhajó', country: 'HU', organisationName: 'Szeged Megyei Jogú Város' },
      { displayName: 'Waiting Person', country: 'RO', status: 'waiting' },
    ]);
    const sheet = await signatureSheet(t.ctx(), activity.key, { lang: 'ro', fallbackLang: 'en', day: '2027-05-12', compress: false });
    expect(sheet.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sheet.lines).toBe(3);
    const text = pdfText(sheet.bytes);
    expect(text).toContain('Vizită de delegație oraș inteligent');
    expect(text).toContain('Semnătură');
    expect(text).toContain('Organizație');
    expect(text).toContain('Ștefan Țurcanu');
    expect(text).toContain('Őrsi Űrhajó');
    expect(text).toContain('Stadtwerke Dortmund');
    expect(text).not.toContain('Waiting Person');
    // Numbered by country, then name: DE, HU, RO.
    const order = ['Jürgen Weiß', 'Őrsi Űrhajó', 'Ștefan Țurcanu'].map((n) => text.indexOf(n));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const hu = pdfText((await signatureSheet(t.ctx(), activity.key, { lang: 'hu', fallbackLang: 'en', compress: false })).bytes);
    expect(hu).toContain('Aláírás');
    expect(hu).toContain('Delegationsbesuch Smart City'); // no Hungarian title: the original (German)
  });

  it('grows by pages as participants are added, repeating the headings', async () => {
    const few = await visit(participantsFrom(5, 'DE', 'Teilnehmerin'));
    const many = await visit(participantsFrom(60, 'RO', 'Participant'));
    const small = await signatureSheet(t.ctx(), few.activity.id, { lang: 'en', fallbackLang: 'en', compress: false });
    const large = await signatureSheet(t.ctx(), many.activity.id, { lang: 'en', fallbackLang: 'en', compress: false });
    expect(pageCount(small.bytes)).toBe(1);
    expect(pageCount(large.bytes)).toBeGreaterThanOrEqual(3);
    const text = pdfText(large.bytes);
    expect(text.match(/^Signature$/gm)?.length).toBe(pageCount(large.bytes));
    expect(text).toContain(`Page 1 of ${pageCount(large.bytes)}`);
  });

  it('orders lines as the organisers’ participant list does: country, then name', () => {
    const rows = [
      { id: '3', country: 'RO', displayName: 'ana' },
      { id: '2', country: 'DE', displayName: 'Zoe' },
      { id: '1', country: 'RO', displayName: 'Ábel' },
    ];
    expect(rows.sort(signatureSheetOrder).map((r) => r.id)).toEqual(['2', '1', '3']);
  });
});

describe('GET /api/activities/:id/signature-sheet.pdf', () => {
  it('serves the PDF to the organisers, in the first interface language of the activity by default', async () => {
    const { activity } = await visit(participantsFrom(3, 'DE', 'Gast'), { languages: ['fr', 'hu', 'de'] });
    const res = await coordinatorA.get(`/api/activities/${activity.id}/signature-sheet.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.text.startsWith('%PDF-')).toBe(true);
    expect(res.headers['content-disposition']).toContain(`signature-sheet-${activity.key}-hu.pdf`);
    const ro = await coordinatorA.get(`/api/activities/${activity.key}/signature-sheet.pdf?lang=ro&day=2027-05-13`);
    expect(ro.status).toBe(200);
    expect(ro.headers['content-disposition']).toContain(`signature-sheet-${activity.key}-2027-05-13-ro.pdf`);
    const noUiLanguage = await visit([], { languages: ['fr'] });
    const fallback = await coordinatorA.get(`/api/activities/${noUiLanguage.activity.id}/signature-sheet.pdf`);
    expect(fallback.status).toBe(200);
    expect(fallback.headers['content-disposition']).toMatch(/-(de|ro|en|hu)\.pdf/);
  });

  it('refuses a day outside the activity and an unknown language, naming the field', async () => {
    const { activity } = await visit([]);
    const day = await coordinatorA.get(`/api/activities/${activity.id}/signature-sheet.pdf?day=2027-05-20`);
    expect(day.status).toBe(400);
    expect(day.body.fields[0].path).toBe('day');
    const badDay = await coordinatorA.get(`/api/activities/${activity.id}/signature-sheet.pdf?day=tomorrow`);
    expect(badDay.status).toBe(400);
    expect(JSON.stringify(badDay.body)).toContain('day');
    const lang = await coordinatorA.get(`/api/activities/${activity.id}/signature-sheet.pdf?lang=fr`);
    expect(lang.status).toBe(400);
    expect(JSON.stringify(lang.body)).toContain('lang');
  });

  it('is for the organisers: 401, 403 to other readers, 404 to those who may not read it', async () => {
    const { activity } = await visit(participantsFrom(1, 'DE', 'Intern'), { isPublic: false });
    const path = `/api/activities/${activity.id}/signature-sheet.pdf`;
    expect((await t.anonymous().get(path)).status).toBe(401);
    expect((await memberA.get(path)).status).toBe(403);
    expect((await memberC.get(path)).status).toBe(404);
    expect((await admin.get(path)).status).toBe(200);
    expect((await admin.get('/api/activities/no-such-activity/signature-sheet.pdf')).status).toBe(404);
  });
});
