import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// The e2e server's portal drops every connection after 3 seconds (global-setup.ts): a sync finds
// the portal unreachable, as on a machine without network, and keeps the demo calls.
const en = (key: string, vars: Record<string, string> = {}) => label('en', key, vars);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signIn(page, inject('adminEmail'), inject('adminPassword'));
});
afterAll(() => browser?.close());

describe('the calls data page', () => {
  it('queues a sync by keyboard, says it is waiting, and shows its outcome once a server process has run it', async () => {
    const before = (await (await page.request.get('/api/calls?pageSize=1')).json()).total;
    await visit(page, '/calls/data', en('calls.data.title'));
    await expectAxeClean(page);

    const syncNow = page.getByRole('button', { name: en('calls.data.syncNow') });
    await syncNow.focus();
    await page.keyboard.press('Enter');
    // Queued or already running: the button waits and a status line says why.
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: en('calls.data.syncPending') })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(await syncNow.isDisabled()).toBe(true);
    await expectAxeClean(page);

    // The server's queue poll takes it up within seconds; the page reads the runs again meanwhile.
    const latest = page.locator('table tbody tr').first();
    await expect.poll(() => latest.innerText(), { timeout: 30_000 }).toContain(en('calls.data.outcomes.offline'));
    expect(await latest.innerText()).toContain(en('calls.data.sources.sync'));
    await expect.poll(() => syncNow.isDisabled()).toBe(false);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: en('calls.data.syncPending') })
        .count(),
    ).toBe(0);
    expect((await (await page.request.get('/api/calls?pageSize=1')).json()).total).toBe(before);
    await expectAxeClean(page);
  });
});
