import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext } from './support/browser.ts';
import { label } from './support/catalogue.ts';

// The demo holds a Romanian offer of the Centrul Cultural Clujean on civic participation through
// culture; "Bürgerbeteiligung" (German for citizen participation) reaches it through the concept.
const GERMAN_QUERY = 'Bürgerbeteiligung';
const ROMANIAN_OFFER = 'Participare civică prin cultură';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The first search of a cold server takes a moment (the concept tagger is built on first use).
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const en = (key: string, vars?: Record<string, string>) => label('en', key, vars);
const radio = (page: Page, group: string, name: RegExp) => page.getByRole('radiogroup', { name: group }).getByRole('radio', { name });
const resultLinks = (page: Page) => page.getByRole('list', { name: en('search.resultsLabel') }).getByRole('link');

async function openSearch(page: Page, path = '/search') {
  await page.goto(path);
  await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en('search.title'));
}

describe('search page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await newContext(browser)).newPage();
  });

  it('finds a Romanian offer for a German query, filters by a facet, and keeps it all in the URL', async () => {
    await openSearch(page);
    await poll(() => resultLinks(page).count()).toBeGreaterThan(5);
    await expectAxeClean(page);

    await page.getByRole('searchbox', { name: new RegExp(`^${en('search.query')}`) }).fill(GERMAN_QUERY);
    // Typing is debounced, then the query goes into the URL.
    await page.waitForURL((url) => url.searchParams.get('q') === GERMAN_QUERY);
    await poll(() => page.title()).toContain(GERMAN_QUERY);
    await poll(() => resultLinks(page).count()).toBeLessThan(5);
    expect(await resultLinks(page).allTextContents()).toContain(ROMANIAN_OFFER);
    // Few organisations found: related ones follow, under a heading of their own, outside the results list.
    const related = page.getByRole('region', { name: en('search.relatedTitle') });
    await poll(() => related.getByRole('link').count()).toBeGreaterThan(0);
    const foundTitles = await resultLinks(page).allTextContents();
    for (const title of await related.getByRole('link').allTextContents()) expect(foundTitles).not.toContain(title);
    await expectAxeClean(page);

    // The radios follow the URL: a click navigates, and the chosen one is checked once it has.
    await radio(page, en('search.facets.type'), new RegExp(`^${en('search.types.offer')}`)).click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'offer');
    await poll(() => resultLinks(page).allTextContents()).toEqual([ROMANIAN_OFFER]);
    await poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: en('search.count', { total: '1' }) })
        .count(),
    ).toBe(1);
    // The highlighted words and the matched topic are on the card.
    await poll(() => page.getByRole('article').first().textContent()).toContain(en('search.result.matchedConcepts'));
    await expectAxeClean(page);

    // A reload (or a shared link) shows the same search.
    await page.reload();
    await poll(() => resultLinks(page).allTextContents()).toEqual([ROMANIAN_OFFER]);
    expect(await radio(page, en('search.facets.type'), new RegExp(`^${en('search.types.offer')}`)).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: new RegExp(`^${en('search.query')}`) }).inputValue()).toBe(GERMAN_QUERY);

    // Back undoes the filter.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('type') && url.searchParams.get('q') === GERMAN_QUERY);
    await poll(() => resultLinks(page).count()).toBeGreaterThan(1);

    // The result leads to the organisation's page.
    await resultLinks(page).filter({ hasText: ROMANIAN_OFFER }).click();
    await page.waitForURL((url) => url.pathname === '/organisations/centrul-cultural-clujean');
  });

  it('downloads the results as CSV with the same filters', async () => {
    await openSearch(page, `/search?q=${encodeURIComponent(GERMAN_QUERY)}&type=offer`);
    await poll(() => resultLinks(page).allTextContents()).toEqual([ROMANIAN_OFFER]);
    const link = page.getByRole('link', { name: en('search.download') });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/search\/export\.csv\?/);
    const params = new URL(href, 'http://x').searchParams;
    expect(params.get('q')).toBe(GERMAN_QUERY);
    expect(params.get('type')).toBe('offer');
    expect(params.get('separator')).toBe('comma');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^pontis-search-burgerbeteiligung-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('type,title,organisation,city,country,kind,category,language,themes,concepts,sdgs,valid until,link');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^offer,${ROMANIAN_OFFER},Centrul Cultural Clujean,Cluj-Napoca,RO,`));
    expect(lines[1]).toMatch(/\/organisations\/centrul-cultural-clujean$/);

    const response = await page.request.get(href);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['x-total-count']).toBe('1');
    expect(response.headers()['x-export-row-cap']).toBe('5000');
  });

  it('can be used by keyboard alone: a facet is chosen with the arrow keys', async () => {
    await openSearch(page, '/search?sort=name');
    await poll(() => resultLinks(page).count()).toBeGreaterThan(5);
    await page.getByRole('searchbox', { name: new RegExp(`^${en('search.query')}`) }).focus();
    const typeGroup = page.getByRole('radiogroup', { name: en('search.facets.type') });
    let inGroup = false;
    for (let i = 0; i < 10 && !inGroup; i++) {
      await page.keyboard.press('Tab');
      inGroup = (await typeGroup.locator('input:focus').count()) === 1;
    }
    expect(inGroup, 'Tab reaches the first facet group').toBe(true);
    // Focus lands on the chosen option ("All"); the next one down is the most frequent type.
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.has('type'));
    const typeLabel = en(`search.types.${new URL(page.url()).searchParams.get('type')}`);
    await poll(async () => (await page.getByRole('article').getByText(typeLabel, { exact: true }).count()) === (await page.getByRole('article').count())).toBe(
      true,
    );
    // Back to "All" with the other arrow.
    await page.keyboard.press('ArrowUp');
    await page.waitForURL((url) => !url.searchParams.has('type'));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
  });

  it('opens from the search box in the header', async () => {
    await page.goto('/organisations');
    await poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectAxeClean(page);
    const box = page.getByRole('search', { name: en('search.headerLabel') }).getByRole('searchbox');
    await box.fill('Kolozsvár');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'Kolozsvár');
    await poll(() => resultLinks(page).count()).toBeGreaterThan(0);
  });

  it('says when nothing matches, and when the search cannot be run', async () => {
    await openSearch(page, '/search?q=Qwzxvbnm&kind=university');
    await poll(() => page.getByText(en('search.noResults')).count()).toBe(1);
    await poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: en('search.count', { total: '0' }) })
        .count(),
    ).toBe(1);
    await expectAxeClean(page);
    // An unknown city in a shared link: the API refuses it, the page says so and offers a way out.
    await openSearch(page, '/search?city=Atlantis');
    const alert = page.getByRole('alert').filter({ hasText: en('search.error') });
    await poll(() => alert.count()).toBe(1);
    await alert.getByRole('button', { name: en('search.clearFilters') }).click();
    await page.waitForURL((url) => !url.searchParams.has('city'));
    await poll(() => resultLinks(page).count()).toBeGreaterThan(5);
  });
});

describe('search page on a phone, in Romanian', () => {
  it('puts the facets in a drawer and passes axe', async () => {
    const page = await (await newContext(browser, { mobile: true, locale: 'ro-RO' })).newPage();
    const ro = (key: string, vars?: Record<string, string>) => label('ro', key, vars);
    await page.goto('/search?city=cluj-napoca');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ro('search.title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    await poll(() => page.getByRole('article').count()).toBeGreaterThan(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the search page overflows a phone screen').toBeLessThanOrEqual(0);
    await expectAxeClean(page);

    // The facets are not beside the results but behind a button naming how many are active.
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    await page.getByRole('button', { name: ro('search.filtersActive', { n: '1' }) }).click();
    const drawer = page.getByRole('dialog', { name: ro('search.filters') });
    await poll(() => drawer.getByRole('radiogroup').count()).toBeGreaterThan(3);
    expect(
      await drawer
        .getByRole('radiogroup', { name: ro('search.facets.city') })
        .getByRole('radio', { name: /^Cluj-Napoca/ })
        .isChecked(),
    ).toBe(true);
    await expectAxeClean(page);

    await drawer
      .getByRole('radiogroup', { name: ro('search.facets.type') })
      .getByRole('radio', { name: new RegExp(`^${ro('search.types.request')}`) })
      .click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'request' && url.searchParams.get('city') === 'cluj-napoca');
    await drawer.getByRole('button', { name: ro('search.showResults') }).click();
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    await poll(async () => {
      const badges = await page.getByRole('article').getByText(ro('search.types.request'), { exact: true }).count();
      return badges > 0 && badges === (await page.getByRole('article').count());
    }).toBe(true);
    // Romanian spreadsheets split on semicolons.
    expect(await page.getByRole('link', { name: ro('search.download') }).getAttribute('href')).toContain('separator=semicolon');
  });
});
