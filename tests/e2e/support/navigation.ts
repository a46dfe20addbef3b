import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the page at `path` shows its own content. Every page names itself with one level-1
 * heading once its data is there. After a client-side navigation the previous page's heading stays
 * until the next route's code has loaded, so when the caller knows the new heading it passes it:
 * a count of one heading alone would be satisfied by the old page.
 */
export async function arrivedAt(page: Page, path: string, heading?: string) {
  await page.waitForURL((url) => url.pathname === path, { timeout: 10_000 });
  const h1 = page.getByRole('heading', { level: 1 });
  if (heading === undefined) await expect.poll(() => h1.count(), { message: path, timeout: 10_000 }).toBe(1);
  else await expect.poll(() => h1.innerText(), { message: path, timeout: 10_000 }).toBe(heading);
  await page.waitForLoadState('networkidle');
}

/** Opens `path` in a fresh document and waits for its content (see {@link arrivedAt}). */
export async function visit(page: Page, path: string, heading?: string) {
  await page.goto(path);
  await arrivedAt(page, new URL(page.url()).pathname, heading);
}
