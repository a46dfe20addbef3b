import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// A Dortmund organisation of the demo that no other journey introduces: the university of
// applied sciences. Its editor reads the suggestions in German.
const ORG = 'fh-dortmund';

let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let editorContext: BrowserContext;
let editor: Page;

async function csrfOf(request: APIRequestContext) {
  return (await (await request.get('/api/auth/session')).json()).csrfToken as string;
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminContext = await newContext(browser);
  admin = await adminContext.newPage();
  await signIn(admin, inject('adminEmail'), inject('adminPassword'));
  const org = await (await admin.request.get(`/api/organisations/${ORG}`)).json();
  const invited = await admin.request.post('/api/invitations', {
    data: { email: 'matching-e2e@fh-dortmund.example.org', role: 'org-editor', organisationId: org.id },
    headers: { 'x-csrf-token': await csrfOf(admin.request) },
  });
  expect(invited.status()).toBe(201);
  const token = new URL((await invited.json()).acceptLink).searchParams.get('token');
  editorContext = await newContext(browser, { locale: 'de-DE' });
  const accepted = await editorContext.request.post('/api/invitations/accept', {
    data: { token, displayName: 'Editorin FH', password: 'Brücken bauen 2026!' },
  });
  expect(accepted.status()).toBe(200);
  editor = await editorContext.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('partner suggestions', () => {
  it('shows a Dortmund organisation its Cluj-Napoca partners with reasons in German', async () => {
    await visit(editor, `/organisations/${ORG}`);
    await editor.getByRole('link', { name: label('de', 'matching.link') }).click();
    await expect.poll(() => editor.getByRole('heading', { level: 1, name: label('de', 'matching.page.title') }).count()).toBe(1);
    await editor.waitForLoadState('networkidle');
    const cards = editor.getByTestId('match-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    // Partner cities only: every suggestion is in Cluj-Napoca.
    const texts = await cards.allInnerTexts();
    for (const text of texts) expect(text).toContain('Cluj-Napoca (RO)');
    expect(texts.join('\n')).not.toContain('Dortmund (DE)');
    // Reasons in the reader's language, from the server's message table.
    const reasons = (await editor.getByTestId('match-reasons').first().innerText()).split('\n');
    expect(reasons.some((r) => /^(Bietet, was Sie suchen|Sucht, was Sie anbieten|Beide arbeiten an)/.test(r))).toBe(true);
    expect(reasons.some((r) => r.startsWith('Beide arbeiten auf'))).toBe(true);
    // The next step: ask for an introduction (the introductions page takes it from here).
    const ask = cards.first().getByRole('link', { name: label('de', 'matching.card.ask') });
    expect(await ask.getAttribute('href')).toMatch(new RegExp(`^/introductions/new\\?from=${ORG}&to=[a-z0-9-]+`));
    await expectAxeClean(editor);
  });

  it('stores feedback with a reason, and the quality report counts it', async () => {
    const first = editor.getByTestId('match-card').first();
    await first.getByRole('button', { name: label('de', 'matching.feedback.notUseful') }).click();
    await first.getByLabel(label('de', 'matching.feedback.reason')).selectOption('already-known');
    await first.getByLabel(label('de', 'matching.feedback.comment')).fill('Wir arbeiten schon zusammen.');
    await first.getByRole('button', { name: label('de', 'matching.feedback.send') }).click();
    await expect.poll(() => first.getByRole('status').innerText()).toBe(label('de', 'matching.feedback.thanks'));
    await expectAxeClean(editor);

    await visit(admin, '/matching/quality');
    await expect.poll(() => admin.getByRole('cell', { name: 'Wir arbeiten schon zusammen.' }).count()).toBe(1);
    expect(await admin.getByRole('cell', { name: label('en', 'matching.feedback.reasons.already-known') }).count()).toBeGreaterThan(0);
    await expectAxeClean(admin);
  });

  it('is readable on a phone and keeps signed-out visitors out', async () => {
    const phone = await newContext(browser, { locale: 'de-DE', mobile: true });
    const page = await phone.newPage();
    const anonymous = await page.request.get(`/api/organisations/${ORG}/matches`);
    expect(anonymous.status()).toBe(401);
    await page.goto(`/organisations/${ORG}/matches`);
    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    await phone.close();

    const mobile = await newContext(browser, { locale: 'de-DE', mobile: true });
    await mobile.addCookies(await editorContext.cookies());
    const small = await mobile.newPage();
    await visit(small, `/organisations/${ORG}/matches`);
    await expect.poll(() => small.getByTestId('match-card').count()).toBeGreaterThan(0);
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(small);
    await mobile.close();
  });
});
