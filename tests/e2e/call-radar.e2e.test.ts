import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAxeClean, launchBrowser, PHONE } from './support/browser.ts';
import { formatRelativeDays } from '../../src/web/lib/date-format.ts';
import { label } from './support/catalogue.ts';
import { invitationToken } from './support/invitations.ts';
import { arrivedAt, visit } from './support/navigation.ts';

// The call radar journey of issue 5: a Dortmund coordinator with a German browser in Bucharest's
// time zone ranks calls for the demo partnership, follows the cities-mission call for it, and
// subscribes to (then revokes) the partnership's calendar feed.
const CALL = 'HORIZON-MISS-2027-CIT-02-03';
const PARTNERSHIP = 'dortmund-cluj-napoca';
const EMAIL = 'call-radar-e2e@dortmund.example.org';
const PASSWORD = 'Brücken bauen 2026!';
const de = (key: string, vars: Record<string, string> = {}) => label('de', key, vars);

interface Labelled {
  key: string;
  labels: Record<string, string>;
}
interface Reason {
  code: string;
  params: Record<string, unknown>;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let contextOptions: BrowserContextOptions;
let partnership: { id: string; name: string };

/** The same reader on a phone (a fresh page 360 px wide, same session): nothing wider than the screen. */
async function expectNoHorizontalScroll(path: string) {
  const phone = await browser.newContext({ ...contextOptions, storageState: await context.storageState(), viewport: PHONE });
  const small = await phone.newPage();
  await small.goto(path);
  await expect.poll(() => small.getByRole('heading', { level: 1 }).count(), { message: path, timeout: 10_000 }).toBe(1);
  await small.waitForLoadState('networkidle');
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} at ${PHONE.width} px`).toBeLessThanOrEqual(0);
  await phone.close();
}

/** A radar reason as the German UI must word it: concept and theme keys become German names. */
function germanReason(reason: Reason, concepts: Map<string, string>, themes: Map<string, string>): string {
  const names = (values: unknown, map: Map<string, string>) => (values as string[]).map((v) => map.get(v) ?? v).join(', ');
  const p = reason.params;
  switch (reason.code) {
    case 'shared-concepts':
      return de('calls.radar.reasons.shared-concepts', { concepts: names(p.concepts, concepts) });
    case 'theme':
      return de('calls.radar.reasons.theme', { themes: names(p.themes, themes) });
    case 'city-programme':
      return de('calls.radar.reasons.city-programme', { programme: de(`calls.cityProgramme.${String(p.key)}`) });
    case 'deadline-soon':
      return de('calls.radar.reasons.deadline-soon', { when: formatRelativeDays(Number(p.days), 'de') });
    default:
      throw new Error(`unknown reason ${reason.code}`);
  }
}

const germanNames = (items: Labelled[]) => new Map(items.map((i) => [i.key, i.labels.de ?? i.labels.en ?? i.key]));

beforeAll(async () => {
  browser = await launchBrowser();
  // The admin invites a Dortmund coordinator; the invitation is accepted in a German browser in Bucharest.
  const token = await invitationToken(browser, { email: EMAIL, role: 'coordinator', city: 'dortmund' });
  contextOptions = {
    baseURL: baseUrl(),
    locale: 'de-DE',
    // Not Brussels: the deadline must then be shown twice, one hour apart.
    timezoneId: 'Europe/Bucharest',
    viewport: { width: 1280, height: 860 },
    reducedMotion: 'reduce' as const,
  };
  context = await browser.newContext(contextOptions);
  const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName: 'Jonas Weber', password: PASSWORD } });
  expect(accepted.status()).toBe(200);
  page = await context.newPage();
  partnership = await (await page.request.get(`/api/partnerships/${PARTNERSHIP}`)).json();
}, 120_000);
afterAll(() => browser?.close());

describe('the call radar, following a call and its calendar feed', () => {
  it('ranks the cities-mission call high for the partnership, with German reasons and a city-programme badge', async () => {
    await visit(page, '/calls', de('calls.title'));
    await expectAxeClean(page);
    await expectNoHorizontalScroll('/calls');

    await page.getByRole('tab', { name: de('calls.tabs.radar') }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('radar');
    // The partnership is the default subject, and the demo's only partnership is already chosen
    // (no e2e journey creates a second one).
    expect(await page.getByRole('radio', { name: de('calls.radar.mode.partnership') }).isChecked()).toBe(true);
    const picker = page.getByRole('textbox', { name: de('calls.radar.partnership') });
    await expect.poll(() => picker.inputValue()).toBe(partnership.name);
    await page.getByRole('button', { name: de('calls.radar.run') }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('radar')).toBe(`partnership:${PARTNERSHIP}`);
    await expect.poll(() => page.locator('article').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');

    // Among the top three, in the order the API ranks them.
    const radar = await (await page.request.get(`/api/calls/radar?partnership=${PARTNERSHIP}&limit=30`)).json();
    const rank = radar.items.findIndex((i: { call: { identifier: string } }) => i.call.identifier === CALL);
    expect(rank, 'the cities-mission call is ranked').toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    const headings = await page.locator('article h2').allInnerTexts();
    expect(headings.slice(0, 3)).toContain(radar.items[rank].call.title);

    const card = page.locator('article').filter({ hasText: CALL });
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => card.getByText(de('calls.cityProgramme.badge'), { exact: true }).count()).toBe(1);
    // Every reason in German, with German concept and theme names once the taxonomy has loaded.
    const concepts = germanNames((await (await page.request.get('/api/taxonomy')).json()).concepts);
    const themes = germanNames(await (await page.request.get('/api/themes')).json());
    const reasons: Reason[] = radar.items[rank].reasons;
    expect(reasons.map((r) => r.code)).toContain('city-programme');
    const expected = reasons.map((r) => germanReason(r, concepts, themes));
    await expect
      .poll(async () => (await card.locator('li').allInnerTexts()).map((s) => s.trim()), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(expected));
    expect(await card.getByText(de('calls.radar.reasons.title'), { exact: true }).count()).toBe(1);
    expect(await card.innerText()).toContain(de('calls.radar.reasons.city-programme', { programme: de('calls.cityProgramme.horizon-cities-mission') }));
    await expectAxeClean(page);
  });

  it('shows the deadline in Brussels time and the reader’s time zone, and follows the call for the partnership with the keyboard', async () => {
    await page.locator('article').filter({ hasText: CALL }).getByRole('link').first().click();
    const call = await (await page.request.get(`/api/calls/${CALL}`)).json();
    await arrivedAt(page, `/calls/${CALL}`, call.title);

    // The demo deadline is 17:00 in Brussels, 18:00 in Bucharest.
    const deadlines = page.locator('section[aria-labelledby="call-deadlines"]');
    const brussels = deadlines.getByText(`(${de('calls.deadline.brussels')})`);
    const yours = deadlines.getByText(`(${de('calls.deadline.yours')})`);
    await expect.poll(() => brussels.count()).toBe(call.deadlines.length);
    expect(await yours.count()).toBe(call.deadlines.length);
    expect(await brussels.first().innerText()).toContain('17:00');
    expect(await yours.first().innerText()).toContain('18:00');
    await expectAxeClean(page);
    await expectNoHorizontalScroll(`/calls/${CALL}`);

    // Keyboard only: choose the partnership in the native select by typing, Tab to "Folgen", Enter.
    const followFor = page.getByRole('combobox', { name: de('calls.detail.followFor') });
    await followFor.focus();
    await page.keyboard.type(partnership.name.slice(0, 4));
    await expect.poll(() => followFor.inputValue()).toBe(partnership.id);
    await page.keyboard.press('Tab');
    const follow = page.getByRole('button', { name: de('calls.detail.follow'), exact: true });
    expect(await follow.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByRole('button', { name: de('calls.detail.unfollow') }).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('button', { name: de('calls.detail.follow'), exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByText(de('calls.detail.followingFor', { name: partnership.name })).count()).toBe(1);
    const followed = await (await page.request.get('/api/calls/followed')).json();
    expect(followed.items.map((f: { call: { identifier: string }; partnership: { id: string } | null }) => [f.call.identifier, f.partnership?.id])).toEqual([
      [CALL, partnership.id],
    ]);
    await expectAxeClean(page);
  });

  it('lists the followed call and serves it in a partnership calendar feed until the feed is revoked', async () => {
    await page.getByRole('link', { name: de('calls.detail.back') }).click();
    await arrivedAt(page, '/calls', de('calls.title'));
    await page.getByRole('link', { name: de('calls.followed.link') }).click();
    await arrivedAt(page, '/calls/followed', de('calls.followed.title'));
    const card = page.locator('article').filter({ hasText: CALL });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByText(de('calls.followed.forPartnership', { name: partnership.name })).count()).toBe(1);
    // The feeds load in their own request: wait for them, not only for the followed calls.
    await expect.poll(() => page.getByText(de('calls.feeds.none')).count()).toBe(1);
    await expectAxeClean(page);

    await page.getByRole('combobox', { name: de('calls.feeds.partnership') }).selectOption(partnership.id);
    await page.getByRole('button', { name: de('calls.feeds.createPartnership') }).click();
    const fresh = page.getByRole('alert').filter({ hasText: de('calls.feeds.newUrl') });
    await expect.poll(() => fresh.count(), { timeout: 10_000 }).toBe(1);
    const shown = (await fresh.locator('code, pre').first().innerText()).trim();
    expect(shown).toMatch(/\/api\/calendar\/[^/\s]+\.ics$/);
    await expect.poll(() => page.getByText(de('calls.feeds.scope.partnership', { name: partnership.name })).count()).toBe(1);
    await expectAxeClean(page);

    // The link points at this server (the one the calendar app would subscribe to).
    expect(shown.startsWith(`${baseUrl()}/api/calendar/`)).toBe(true);
    const feedPath = new URL(shown).pathname;
    const feed = await page.request.get(shown);
    expect(feed.status(), await feed.text()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    // Unfold RFC 5545 continuation lines before looking for the UID.
    const ics = (await feed.text()).replace(/\r?\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(new RegExp(`^UID:[^\\r\\n]*${CALL}[^\\r\\n]*$`, 'm'));

    // The secret is shown once: after a reload only the feed's description remains.
    await page.reload();
    await arrivedAt(page, '/calls/followed', de('calls.followed.title'));
    await expect.poll(() => page.getByText(de('calls.feeds.scope.partnership', { name: partnership.name })).count()).toBe(1);
    expect(await page.getByText(feedPath.split('/').pop()!).count()).toBe(0);

    const item = page
      .locator('section[aria-labelledby="calendar-feeds"] li')
      .filter({ hasText: de('calls.feeds.scope.partnership', { name: partnership.name }) });
    await item.getByRole('button', { name: de('calls.feeds.revoke') }).click();
    const confirm = page.getByRole('dialog', { name: de('calls.feeds.revoke') });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await expectAxeClean(page);
    await confirm.getByRole('button', { name: de('calls.feeds.revoke') }).click();
    await expect.poll(() => page.getByText(de('calls.feeds.none')).count(), { timeout: 10_000 }).toBe(1);
    expect((await page.request.get(feedPath)).status()).toBe(404);
    await expectAxeClean(page);
  });
});
