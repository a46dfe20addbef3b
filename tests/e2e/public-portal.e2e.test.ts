import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAxeClean, launchBrowser, newContext, PHONE } from './support/browser.ts';
import { visit } from './support/navigation.ts';

/**
 * The public portal as a citizen or a search engine meets it: signed out, JavaScript off, on a
 * phone and on a desktop, by keyboard; every page axe-clean (issue 16's first "done when").
 * axe itself needs script (its checks wait on timers, which never fire with JavaScript off), so
 * it reads the same pages in a second phone context; the pages carry no script either way.
 */
let browser: Browser;
let withoutScript: BrowserContext;
let phone: Page;
let axePhone: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  withoutScript = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false, viewport: PHONE, locale: 'de-DE', reducedMotion: 'reduce' });
  phone = await withoutScript.newPage();
  axePhone = await (await browser.newContext({ baseURL: baseUrl(), viewport: PHONE, reducedMotion: 'reduce' })).newPage();
});

/** axe over the page the script-less phone shows, read again where axe can run. */
async function expectSamePageAxeClean(page: Page) {
  await axePhone.goto(new URL(page.url()).pathname + new URL(page.url()).search);
  await expectAxeClean(axePhone);
}
afterAll(() => browser?.close());

describe('the public portal without JavaScript', () => {
  it('shows the demo partnership with its name, agreement, themes, activities and map, axe-clean on a phone', async () => {
    const response = await phone.goto('/p/de/partnerships/dortmund-cluj-napoca');
    expect(response?.status()).toBe(200);
    await expect.poll(() => phone.getByRole('heading', { level: 1 }).innerText()).toBe('Dortmund – Cluj-Napoca');
    const main = phone.getByRole('main');
    await expect.poll(() => main.getByRole('heading', { name: 'Absichtserklärung über eine kommunale Projektpartnerschaft' }).count()).toBe(1);
    expect(await main.getByText('Per Videokonferenz').count()).toBe(1);
    expect(
      await main
        .getByRole('listitem')
        .filter({ hasText: /^Digitalisierung und Smart City$/ })
        .count(),
    ).toBe(1);
    expect(await main.getByRole('heading', { name: 'Austauschaktivitäten' }).count()).toBe(1);
    // The joint action programme's progress, per field of action, as text beside the bars.
    expect(await main.getByRole('heading', { name: 'Gemeinsames Aktionsprogramm 2021–2024' }).count()).toBe(1);
    expect(await main.getByRole('rowheader', { name: 'Digitalisierung und Smart City' }).count()).toBe(1);
    expect(await main.getByText('Online-Start-up-Austausch Dortmund – Cluj-Napoca').first().isVisible()).toBe(true);
    const map = main.getByRole('img', { name: 'Karte der Partnerschaft' });
    expect(await map.count()).toBe(1);
    expect(await map.isVisible()).toBe(true);
    expect(await main.getByText(/^Cluj-Napoca \(Rumänien\): 46,77° N, 23,59° O$/).count()).toBe(1);
    // The page is as wide as the phone: nothing to scroll sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectSamePageAxeClean(phone);
  });

  it('carries the partnership as schema.org JSON-LD and lists it in sitemap.xml', async () => {
    await phone.goto('/p/de/partnerships/dortmund-cluj-napoca');
    const json = await phone.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(json!)).toMatchObject({ '@type': 'Project', name: 'Dortmund – Cluj-Napoca', foundingDate: '2020-07-31' });
    const sitemap = await (await phone.request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('/p/de/partnerships/dortmund-cluj-napoca</loc>');
  });

  it('switches language by link, and the directory filters with a plain form', async () => {
    await phone.goto('/p/de/partnerships/dortmund-cluj-napoca');
    await phone.getByRole('link', { name: 'română' }).click();
    await phone.waitForURL('**/p/ro/partnerships/dortmund-cluj-napoca');
    expect(await phone.getByRole('heading', { name: 'Acorduri' }).count()).toBe(1);
    expect(await phone.locator('html').getAttribute('lang')).toBe('ro');

    await phone.goto('/p/ro/partnerships');
    await phone.getByLabel('Țara').selectOption('RO');
    await phone.getByRole('button', { name: 'Afișează' }).click();
    await phone.waitForURL(/country=RO/);
    expect(await phone.getByRole('link', { name: 'Dortmund – Cluj-Napoca' }).count()).toBe(1);
    await expectSamePageAxeClean(phone);
  });

  it('is usable by keyboard: the skip link comes first and leads to the content', async () => {
    await phone.goto('/p/hu/partnerships/dortmund-cluj-napoca');
    await phone.keyboard.press('Tab');
    const focused = await phone.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(focused).toEqual({ text: 'Ugrás a tartalomra', href: '#content' });
    await phone.keyboard.press('Enter');
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('content');
  });

  it('answers an unknown partnership with a page of its own, axe-clean', async () => {
    const response = await phone.goto('/p/en/partnerships/no-such-partnership');
    expect(response?.status()).toBe(404);
    expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
    await expectSamePageAxeClean(phone);
  });
});

describe('the city page, an organisation and the widget', () => {
  it('lead from the partnership to its cities and organisations, without JavaScript', async () => {
    await phone.goto('/p/de/partnerships/dortmund-cluj-napoca');
    await phone.getByRole('main').getByRole('link', { name: 'Cluj-Napoca', exact: true }).click();
    await phone.waitForURL('**/p/de/cities/cluj-napoca');
    expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Cluj-Napoca');
    expect(await phone.getByRole('img', { name: 'Karte der Partnerschaften von Cluj-Napoca' }).count()).toBe(1);
    await expectSamePageAxeClean(phone);
    await phone.getByRole('link', { name: 'Universitatea Tehnică din Cluj-Napoca' }).first().click();
    await phone.waitForURL('**/p/de/organisations/**');
    expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Universitatea Tehnică din Cluj-Napoca');
    expect(await phone.getByRole('heading', { name: 'Was sie anbietet' }).count()).toBe(1);
    await expectSamePageAxeClean(phone);
  });

  it('puts the widget in another site’s frame, and keeps the other pages out of frames', async () => {
    // The city's own website: another origin (frame-ancestors * admits network origins only, not about:blank).
    const html = `<!doctype html><html lang="de"><title>Stadt Dortmund</title><h1>Stadt Dortmund</h1><iframe title="widget" src="${baseUrl()}/p/de/embed/cities/dortmund"></iframe><iframe title="page" src="${baseUrl()}/p/de/cities/dortmund"></iframe>`;
    const cityWebsite = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => cityWebsite.listen(0, '127.0.0.1', resolve));
    try {
      const site = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
      await site.goto(`http://127.0.0.1:${(cityWebsite.address() as AddressInfo).port}/`);
      const widget = site.frameLocator('iframe[title="widget"]');
      await expect
        .poll(
          () =>
            widget
              .getByRole('heading', { level: 1 })
              .innerText({ timeout: 2_000 })
              .catch(() => ''),
          { timeout: 10_000 },
        )
        .toBe('Partnerschaften von Dortmund');
      expect(await widget.getByRole('link', { name: 'Dortmund – Cluj-Napoca' }).getAttribute('href')).toMatch(/\/p\/de\/partnerships\/dortmund-cluj-napoca$/);
      // The city page refuses to be framed: the browser shows its error page in that frame instead.
      await expect.poll(() => site.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
      expect(site.frames().some((f) => f.url().endsWith('/p/de/cities/dortmund'))).toBe(false);
    } finally {
      cityWebsite.close();
    }
    const alone = await (await browser.newContext({ baseURL: baseUrl(), viewport: { width: 320, height: 480 } })).newPage();
    await alone.goto('/p/hu/embed/cities/cluj-napoca');
    await expectAxeClean(alone);
  });
});

describe('the public portal on a desktop', () => {
  it('is one click from the partnership’s page in the app, in the app’s language', async () => {
    const app = await (await newContext(browser)).newPage();
    await visit(app, '/partnerships/dortmund-cluj-napoca', 'Dortmund – Cluj-Napoca');
    await app.getByRole('link', { name: 'Public page' }).click();
    await app.waitForURL('**/p/en/partnerships/dortmund-cluj-napoca');
    expect(await app.getByRole('heading', { level: 1 }).innerText()).toBe('Dortmund – Cluj-Napoca');
  });

  it('passes axe in every language: the partnership, a city, an organisation and the directory', async () => {
    const desktop = await (await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' })).newPage();
    for (const lang of ['de', 'ro', 'en', 'hu']) {
      for (const path of [
        `/p/${lang}/partnerships/dortmund-cluj-napoca`,
        `/p/${lang}/partnerships`,
        `/p/${lang}/cities/dortmund`,
        `/p/${lang}/organisations/tu-dortmund`,
      ]) {
        expect((await desktop.goto(path))?.status(), path).toBe(200);
        await expectAxeClean(desktop);
      }
    }
  });
});
