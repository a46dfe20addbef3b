import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, PHONE, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

const PARTNERSHIP = 'dortmund-cluj-napoca';
const NETWORK = `/partnerships/${PARTNERSHIP}/network`;
// Two demo organisations no other journey introduces: the airports of both cities.
const FROM = 'dortmund-airport';
const TO = 'airport-cluj';
const TO_NAME = 'Aeroportul Internațional Avram Iancu Cluj';

let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let dortmundCoordinator: APIRequestContext;
let clujCoordinator: APIRequestContext;

async function csrfOf(request: APIRequestContext) {
  return (await (await request.get('/api/auth/session')).json()).csrfToken as string;
}

/** Invites a coordinator through the API as the admin and signs them in (no mail server in tests). */
async function coordinatorOf(request: APIRequestContext, cityKey: string): Promise<APIRequestContext> {
  const city = await (await request.get(`/api/cities/${cityKey}`)).json();
  const res = await request.post('/api/invitations', {
    data: { email: `network-e2e@${cityKey}.example.org`, role: 'coordinator', cityId: city.id },
    headers: { 'x-csrf-token': await csrfOf(request) },
  });
  expect(res.status()).toBe(201);
  const token = new URL((await res.json()).acceptLink).searchParams.get('token');
  const context = await newContext(browser);
  const accepted = await context.request.post('/api/invitations/accept', {
    data: { token, displayName: `Coordinator ${cityKey}`, password: 'Brücken bauen 2026!' },
  });
  expect(accepted.status()).toBe(200);
  return context.request;
}

// Table rows on wide screens, cards on phones: both carry data-row.
const tableRows = (page: Page) => page.locator('[data-row]');
const graphNodes = (page: Page) => page.locator('svg a[data-node]');
const figure = (page: Page, key: string) => page.getByRole('region', { name: label('en', key) });
const figureValue = async (page: Page, key: string) => Number((await figure(page, key).locator('p').nth(1).innerText()).trim());

beforeAll(async () => {
  browser = await launchBrowser();
  adminContext = await newContext(browser);
  admin = await adminContext.newPage();
  await signIn(admin, inject('adminEmail'), inject('adminPassword'));
  dortmundCoordinator = await coordinatorOf(admin.request, 'dortmund');
  clujCoordinator = await coordinatorOf(admin.request, 'cluj-napoca');
}, 120_000);
afterAll(() => browser?.close());

describe('network view of a partnership', () => {
  it('opens from the partnership page with every organisation drawn and listed, axe-clean', async () => {
    const api = await (await admin.request.get(`/api/partnerships/${PARTNERSHIP}/network`)).json();
    expect(api.nodes.length).toBeGreaterThan(15);
    await visit(admin, `/partnerships/${PARTNERSHIP}`);
    await admin.getByRole('link', { name: label('en', 'network.link') }).click();
    await admin.waitForURL((url) => url.pathname === NETWORK);
    await expect.poll(() => graphNodes(admin).count()).toBe(api.nodes.length);
    expect(await tableRows(admin).count()).toBe(api.nodes.length);
    expect(await admin.locator('tbody tr').count()).toBe(api.nodes.length);
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).innerText()).toContain('Dortmund');
    // Nodes are links named after the organisation and its city, reachable with the keyboard.
    const node = admin.getByRole('link', { name: /^Dortmund Airport, Dortmund, ties: \d+$/ });
    await node.focus();
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(FROM);
    await expectAxeClean(admin);
  });

  it('filters by theme and by kind', async () => {
    await visit(admin, NETWORK);
    await admin.getByRole('combobox', { name: label('en', 'network.filter.theme'), exact: true }).selectOption('mobility');
    await admin.waitForURL((url) => url.searchParams.get('theme') === 'mobility');
    // Fraunhofer IML, Dortmund Airport, AROBS and Cluj airport work on mobility in the demo.
    await expect.poll(() => tableRows(admin).count()).toBe(4);
    expect(await graphNodes(admin).count()).toBe(4);
    await admin.getByRole('combobox', { name: label('en', 'network.filter.kind'), exact: true }).selectOption('public-company');
    await expect.poll(() => tableRows(admin).count()).toBe(2);
    expect((await tableRows(admin).allInnerTexts()).join('\n')).toContain('Dortmund Airport');
    await expectAxeClean(admin);
  });

  it('shows the public the figures and organisations but not who is tied to whom', async () => {
    const page = await (await newContext(browser)).newPage();
    await visit(page, NETWORK);
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(15);
    expect(await page.getByText(label('en', 'network.hidden.title')).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: label('en', 'network.table.withWhom') }).count()).toBe(0);
    expect(await page.locator('svg path[data-strength]').count()).toBe(0);
    await expectAxeClean(page);
    await page.context().close();
  });

  it('an introduction accepted through the API appears as a tie and in the figures', async () => {
    await visit(admin, NETWORK);
    await expect.poll(() => tableRows(admin).count()).toBeGreaterThan(15);
    const crossBefore = await figureValue(admin, 'network.figures.crossCity');
    const strongBefore = await figureValue(admin, 'network.figures.strong');
    const edgesBefore = await admin.locator('svg path[data-strength]').count();

    const created = await admin.request.post('/api/introductions', {
      data: { from: FROM, to: TO, message: 'Two airports that could share their experience with regional routes.' },
      headers: { 'x-csrf-token': await csrfOf(admin.request) },
    });
    expect(created.status()).toBe(201);
    let intro = await created.json();
    for (const coordinator of [dortmundCoordinator, clujCoordinator]) {
      const res = await coordinator.post(`/api/introductions/${intro.id}/accept`, {
        data: { version: intro.version },
        headers: { 'x-csrf-token': await csrfOf(coordinator) },
      });
      expect(res.status()).toBe(200);
      intro = await res.json();
    }
    expect(intro.status).toBe('accepted');
    const moved = await dortmundCoordinator.post(`/api/introductions/${intro.id}/stage`, {
      data: { version: intro.version, stage: 'collaborating' },
      headers: { 'x-csrf-token': await csrfOf(dortmundCoordinator) },
    });
    expect(moved.status()).toBe(200);

    await visit(admin, NETWORK);
    await expect.poll(() => admin.locator('svg path[data-strength]').count()).toBe(edgesBefore + 1);
    expect(await figureValue(admin, 'network.figures.crossCity')).toBe(crossBefore + 1);
    expect(await figureValue(admin, 'network.figures.strong')).toBe(strongBefore + 1);
    const row = admin.locator(`tr[data-row="${FROM}"]`);
    expect(await row.innerText()).toContain(`${TO_NAME} (Cluj-Napoca) – ${label('en', 'network.strength.collaborating')}`);
    await expectAxeClean(admin);
  });

  it('reads on a phone: figures, a sideways-scrolling picture and the table, axe-clean', async () => {
    const context = await newContext(browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, inject('adminEmail'), inject('adminPassword'));
    await visit(page, NETWORK);
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(15);
    const region = page.getByRole('region', { name: label('en', 'network.graph.region') });
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The table becomes a list of cards, one per organisation, with its ties.
    expect(await page.locator('tbody tr').count()).toBe(0);
    expect(await page.locator(`li[data-row="${FROM}"]`).innerText()).toContain(TO_NAME);
    // Nothing but the scrolling regions is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(page);
    await context.close();
  });
});
