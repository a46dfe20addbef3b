import type { Page } from 'playwright-core';
import { label } from './catalogue.ts';

/** A label in English or in the given language, whichever the page shows (before the language is detected, or after). */
const either = (lang: string, key: string) => new RegExp(`^(${label('en', key)}|${label(lang, key)})`);

/** Signs in on the sign-in page of a browser whose language is `lang` (the page may still show English first). */
export async function signInInLanguage(page: Page, lang: string, account: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel(either(lang, 'auth.signIn.email')).fill(account.email);
  await page.getByLabel(either(lang, 'auth.signIn.password')).fill(account.password);
  await page.getByRole('button', { name: either(lang, 'auth.signIn.submit') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
