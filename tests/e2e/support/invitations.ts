import type { Browser } from 'playwright-core';
import { expect, inject } from 'vitest';
import { newContext, signIn } from './browser.ts';

/**
 * The demo administrator invites a user (as an office would) and hands back the invitation's
 * token, for the test to accept in a browser context of its own (no mail server in tests).
 */
export async function invitationToken(
  browser: Browser,
  invite: { email: string; role: 'coordinator' | 'org-editor' | 'member'; city: string },
): Promise<string> {
  const adminContext = await newContext(browser);
  try {
    const admin = await adminContext.newPage();
    await signIn(admin, inject('adminEmail'), inject('adminPassword'));
    const csrf = (await (await admin.request.get('/api/auth/session')).json()).csrfToken as string;
    const city = await (await admin.request.get(`/api/cities/${invite.city}`)).json();
    const invited = await admin.request.post('/api/invitations', {
      data: { email: invite.email, role: invite.role, cityId: city.id },
      headers: { 'x-csrf-token': csrf },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    return new URL((await invited.json()).acceptLink).searchParams.get('token')!;
  } finally {
    await adminContext.close();
  }
}
