import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PONTIS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The narrowest phone in wide use (many Android phones are 360 CSS pixels wide). */
export const PHONE = { width: 360, height: 740 } as const;

export async function newContext(browser: Browser, options: { locale?: string; mobile?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: options.locale ?? 'en-GB',
    viewport: options.mobile ? PHONE : { width: 1280, height: 860 },
    // No transitions, so that axe measures colours at rest.
    reducedMotion: 'reduce',
  });
  await watchContentSecurityPolicy(context);
  return context;
}

const cspViolations = new WeakMap<BrowserContext, string[]>();

/**
 * Records every Content Security Policy violation in the context's pages: the console error
 * Chromium prints and the page's securitypolicyviolation event. A library probing eval (zod's
 * JIT check) raises one even when it catches the refusal, so the page works but the console
 * shows an error on every page: the check below fails on it.
 */
async function watchContentSecurityPolicy(context: BrowserContext) {
  const seen: string[] = [];
  cspViolations.set(context, seen);
  context.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) seen.push(`console on ${message.page()?.url()}: ${message.text()}`);
  });
  await context.exposeBinding('__pontisCspViolation', ({ page }, text: string) => void seen.push(`event on ${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __pontisCspViolation: (text: string) => void }).__pontisCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** No page opened in this page's context so far has violated the Content Security Policy. */
export function expectNoCspViolations(page: Page) {
  expect(cspViolations.get(page.context()) ?? [], 'Content Security Policy violations').toEqual([]);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Every page the browser tests visit must pass axe-core without violations. */
export async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  expectNoCspViolations(page);
}
