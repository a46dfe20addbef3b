import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// Issue 11: one day count for a deadline wherever it is shown, and server messages in the
// reader's language. The e2e server's portal drops every connection (global-setup.ts), so a sync
// ends "offline" with a coded message.
const CALL = 'HORIZON-MISS-2027-CIT-02-03';
const PARTNERSHIP = 'dortmund-cluj-napoca';
const en = (key: string, vars: Record<string, string> = {}) => label('en', key, vars);

let browser: Browser;

/** An administrator's page; signed in in English, then reading the app in `lang` (the language menu's choice is kept in localStorage). */
async function adminPage(lang = 'en'): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, inject('adminEmail'), inject('adminPassword'));
  await context.addInitScript((chosen) => localStorage.setItem('pontis.language', chosen), lang);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(() => browser?.close());

describe('dates and server messages', () => {
  it('shows the same day count for a deadline on the project page, the project board and the calls list', async () => {
    const page = await adminPage();
    const projects = await (await page.request.get(`/api/projects?partnership=${PARTNERSHIP}`)).json();
    const project = projects.items.find((p: { call: { identifier: string } | null }) => p.call?.identifier === CALL);
    expect(project, 'a demo project linked to the call').toBeTruthy();
    const call = await (await page.request.get(`/api/calls/${encodeURIComponent(CALL)}`)).json();
    // The project targets the call's next deadline, which the calls list shows.
    expect(project.callDeadlineAt ?? call.nextDeadlineAt).toBe(call.nextDeadlineAt);

    // The project page words it "Deadline in N days" (or today, tomorrow).
    await visit(page, `/projects/${project.id}`);
    const callCard = page.locator('section[aria-labelledby="project-call"]');
    const pattern = new RegExp(`^${en('projects.card.deadline', { when: '(.+)' })}$`);
    const countdown = callCard.locator('p').filter({ hasText: pattern });
    await expect.poll(() => countdown.count()).toBe(1);
    const when = pattern.exec((await countdown.innerText()).trim())![1];
    expect(when).toMatch(/^(in \d+ days|today|tomorrow)$/);
    // Brussels time is named, and the zone after the time.
    expect(await callCard.innerText()).toMatch(/\d{2}:\d{2} (CET|CEST|GMT\+\d+) \(Brussels time\)/);
    await expectAxeClean(page);

    // The board card of the same project.
    await visit(page, `/projects?partnership=${PARTNERSHIP}`);
    const card = page.locator('article').filter({ hasText: project.title }).first();
    await expect.poll(() => card.innerText()).toContain(en('projects.card.deadline', { when }));

    // The calls list, on the same call.
    await visit(page, `/calls?q=${encodeURIComponent(CALL)}`);
    const listed = page.locator('article').filter({ hasText: CALL }).first();
    await expect.poll(() => listed.count()).toBe(1);
    const lines = (await listed.innerText()).split('\n').map((l) => l.trim());
    expect(lines).toContain(when);
    await expectAxeClean(page);
    await page.context().close();
  });

  for (const lang of ['de', 'hu'] as const) {
    it(`words a failed sync’s message in ${lang}, without the server’s English`, async () => {
      const page = await adminPage(lang);
      const t = (key: string, vars: Record<string, string> = {}) => label(lang, key, vars);
      await visit(page, '/calls/data', t('calls.data.title'));
      const syncNow = page.getByRole('button', { name: t('calls.data.syncNow') });
      // Another test may have queued a sync already: then this one waits for that run instead.
      await expect.poll(() => syncNow.isDisabled(), { timeout: 40_000 }).toBe(false);
      const latestRun = async () => (await (await page.request.get('/api/calls/imports')).json()).items[0];
      const before = (await latestRun())?.id;
      await syncNow.click();

      // The new run, once a server process has carried it out.
      const newOutcome = async () => {
        const r = await latestRun();
        return r.id !== before && r.outcome;
      };
      await expect.poll(newOutcome, { timeout: 40_000 }).toBe('offline');
      const run = await latestRun();
      expect(run).toMatchObject({ outcome: 'offline', messageCode: 'calls.source-unreachable' });
      const latest = page.locator('table tbody tr').first();
      await expect.poll(() => latest.innerText(), { timeout: 20_000 }).toContain(t('calls.data.outcomes.offline'));
      const { host, reason, kept } = run.messageParams as { host: string; reason: string; kept: number };
      let reasonWords = reason;
      try {
        reasonWords = t(`calls.data.reasons.${reason}`);
      } catch {
        // A reason without words of its own (a rare error code) is shown as the code.
      }
      const expected = t('calls.data.messages.source-unreachable', { host, reason: reasonWords, kept: String(kept) });
      await expect.poll(() => latest.innerText(), { timeout: 20_000 }).toContain(expected);
      const row = await latest.innerText();
      expect(row).not.toContain(run.message);
      expect(row).not.toMatch(/Could not reach|already imported/);
      await expectAxeClean(page);
      await page.context().close();
    });
  }
});
