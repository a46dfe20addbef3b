import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, PHONE, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// The done-when journey on the demo partnership: a Dortmund start-up asks a Cluj-Napoca
// organisation for an introduction, the other side accepts in a second browser session, both see
// each other's contact details and the new tie in the network view.
const PARTNERSHIP = 'dortmund-cluj-napoca';
// Added to the demo for this journey (src/features/demo/demo-partnership.json): a fictional start-up.
const STARTUP = 'klimasensor-dortmund';
const STARTUP_NAME = 'KlimaSensor Dortmund (Demo-Start-up)';
// The demo ties the start-up to the Cluj IT Cluster already (their joint project): this journey
// introduces it to a software company of the demo that no seeded introduction involves.
const CLUJ_ORG = 'fortech';
const CLUJ_NAME = 'Fortech';
const PASSWORD = 'Brücken bauen 2026!';
const MESSAGE = 'Wir messen Hitzeinseln mit günstigen Funksensoren und suchen Softwarefirmen in Cluj-Napoca für einen gemeinsamen Smart-City-Piloten.';

let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let startupContext: BrowserContext;
let clujContext: BrowserContext;
let startupEmail: string;
let clujEmail: string;

async function csrfOf(request: APIRequestContext) {
  return (await (await request.get('/api/auth/session')).json()).csrfToken as string;
}

/**
 * Invites an editor of the organisation as the admin and accepts the invitation in a fresh
 * browser context of the given locale, which is then signed in (no mail server in tests).
 */
async function editorOf(orgKey: string, locale: string, displayName: string): Promise<{ context: BrowserContext; email: string }> {
  const org = await (await admin.request.get(`/api/organisations/${orgKey}`)).json();
  const email = `introductions-e2e@${orgKey}.example.org`;
  const res = await admin.request.post('/api/invitations', {
    data: { email, role: 'org-editor', organisationId: org.id, cityId: org.city.id },
    headers: { 'x-csrf-token': await csrfOf(admin.request) },
  });
  expect(res.status(), await res.text()).toBe(201);
  const token = new URL((await res.json()).acceptLink).searchParams.get('token');
  const context = await newContext(browser, { locale });
  const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName, password: PASSWORD } });
  expect(accepted.status()).toBe(200);
  return { context, email };
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminContext = await newContext(browser);
  admin = await adminContext.newPage();
  await signIn(admin, inject('adminEmail'), inject('adminPassword'));
  const startup = await editorOf(STARTUP, 'de-DE', 'Jana Becker');
  startupContext = startup.context;
  startupEmail = startup.email;
  const cluj = await editorOf(CLUJ_ORG, 'ro-RO', 'Mihai Rus');
  clujContext = cluj.context;
  clujEmail = cluj.email;
}, 120_000);
afterAll(() => browser?.close());

describe('introductions: the done-when journey', () => {
  let introductionPath: string;

  it('the Dortmund start-up sees Cluj-Napoca suggestions in German and asks for an introduction', async () => {
    const page = await startupContext.newPage();
    // The matching API: suggestions only in the partner city, each with reasons.
    const matches = await page.request.get(`/api/organisations/${STARTUP}/matches?limit=10&lang=de`);
    expect(matches.status()).toBe(200);
    const body = await matches.json();
    expect(body.items.length).toBeGreaterThan(0);
    for (const s of body.items) {
      expect(s.organisation.city.key).toBe('cluj-napoca');
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    const clujSuggestion = body.items.find((s: { organisation: { key: string } }) => s.organisation.key === CLUJ_ORG);
    expect(clujSuggestion, 'the Cluj organisation is among the suggestions').toBeTruthy();

    // The suggestions page shows the reasons in German and leads to the request.
    await visit(page, `/organisations/${STARTUP}/matches`);
    await expect.poll(() => page.getByText(clujSuggestion.reasons[0].text).count()).toBeGreaterThan(0);
    await expectAxeClean(page);
    await page.locator(`a[href*="to=${CLUJ_ORG}"]`).first().click();
    await page.waitForURL((url) => url.pathname === '/introductions/new');
    // A client-side navigation: the new page renders after the URL changed.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(label('de', 'introductions.new.title'));
    await expect.poll(() => page.getByRole('link', { name: CLUJ_NAME }).count()).toBe(1);
    await expect.poll(() => page.getByText(STARTUP_NAME).count()).toBeGreaterThan(0);
    await expectAxeClean(page);

    const message = page.getByRole('textbox', { name: label('de', 'introductions.new.message') });
    // Too short: the field says so in German, and nothing is sent.
    await message.fill('Hallo');
    await page.getByRole('button', { name: label('de', 'introductions.new.submit') }).click();
    await expect.poll(() => page.getByText(label('de', 'introductions.new.messageTooShort', { min: '20' })).count()).toBe(1);
    await expectAxeClean(page);

    await message.fill(MESSAGE);
    await page.getByRole('button', { name: label('de', 'introductions.new.submit') }).click();
    await page.waitForURL((url) => /^\/introductions\/[0-9a-f-]{36}$/.test(url.pathname));
    introductionPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByText(label('de', 'introductions.status.pending')).count()).toBeGreaterThan(0);
    expect(await page.getByText(MESSAGE).count()).toBe(1);
    // Partner-blind: the Cluj side's people are not shown yet.
    expect(await page.getByText(label('de', 'introductions.detail.contactsHidden')).count()).toBeGreaterThan(0);
    await expectAxeClean(page);
    await page.close();
  });

  it('the Cluj organisation sees the request in its inbox without the asker’s personal data, and accepts', async () => {
    const page = await clujContext.newPage();
    await visit(page, '/introductions');
    // The unread badge in the navigation.
    await expect.poll(() => page.getByText(label('ro', 'introductions.navCount', { n: '1' })).count()).toBe(1);
    await expectAxeClean(page);
    await page.getByRole('link', { name: `${STARTUP_NAME} → ${CLUJ_NAME}` }).click();
    await page.waitForURL((url) => url.pathname === introductionPath);
    await expect.poll(() => page.getByText(MESSAGE).count()).toBe(1);
    const before = await page.locator('main').innerText();
    expect(before).not.toContain(startupEmail);
    expect(before).not.toContain('Jana Becker');
    await expectAxeClean(page);
    // Opening it read it: the badge is gone.
    await expect.poll(() => page.getByText(label('ro', 'introductions.navCount', { n: '1' })).count()).toBe(0);

    await page.getByRole('button', { name: label('ro', 'introductions.detail.accept'), exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: startupEmail }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Jana Becker');
    // The follow-up ladder starts at "introduced".
    expect(await page.getByText(label('ro', 'introductions.ladder.title')).count()).toBe(1);
    await expectAxeClean(page);
    await page.close();
  });

  it('the start-up now sees the Cluj side’s contact details, records a meeting, and the tie is in the network view', async () => {
    const page = await startupContext.newPage();
    await visit(page, introductionPath);
    await expect.poll(() => page.getByRole('link', { name: clujEmail }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Mihai Rus');
    await page.getByRole('combobox', { name: label('de', 'introductions.ladder.step') }).selectOption('met');
    await page.getByRole('button', { name: label('de', 'introductions.ladder.save') }).click();
    await expect.poll(() => page.getByText(label('de', 'introductions.ladder.saved')).count()).toBe(1);
    await expectAxeClean(page);

    // The network view (M3): an edge between the two organisations, and their nodes count it.
    const network = await (await page.request.get(`/api/partnerships/${PARTNERSHIP}/network`)).json();
    const byKey = new Map<string, { id: string; degree: number | null }>(
      network.nodes.map((n: { key: string; id: string; degree: number | null }) => [n.key, n]),
    );
    const a = byKey.get(STARTUP)!.id;
    const b = byKey.get(CLUJ_ORG)!.id;
    expect(network.edges.some((e: { source: string; target: string }) => (e.source === a && e.target === b) || (e.source === b && e.target === a))).toBe(true);
    await visit(page, `/partnerships/${PARTNERSHIP}/network`);
    await expect.poll(() => page.locator(`svg a[data-node="${STARTUP}"]`).count()).toBe(1);
    const startupRow = page.locator(`[data-row="${STARTUP}"]`).first();
    await expect.poll(() => startupRow.innerText()).toContain(CLUJ_NAME);
    await expectAxeClean(page);
    await page.close();
  });

  it('the Dortmund coordinator sees the introduction in the city’s pipeline, on a phone too', async () => {
    const city = await (await admin.request.get('/api/cities/dortmund')).json();
    const res = await admin.request.post('/api/invitations', {
      data: { email: 'introductions-e2e@dortmund.example.org', role: 'coordinator', cityId: city.id },
      headers: { 'x-csrf-token': await csrfOf(admin.request) },
    });
    const token = new URL((await res.json()).acceptLink).searchParams.get('token');
    const context = await newContext(browser, { mobile: true });
    expect(
      (await context.request.post('/api/invitations/accept', { data: { token, displayName: 'Koordination Dortmund', password: PASSWORD } })).status(),
    ).toBe(200);
    const page = await context.newPage();
    await visit(page, '/introductions/pipeline?stage=met');
    await expect.poll(() => page.getByRole('link', { name: `${STARTUP_NAME} → ${CLUJ_NAME}` }).count()).toBe(1);
    const api = await (await page.request.get('/api/introductions/pipeline')).json();
    expect(api.counts.stage.met).toBeGreaterThanOrEqual(1);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(page);
    await context.close();
  });
});
