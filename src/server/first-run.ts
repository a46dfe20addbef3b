import type { CreatedDemoAccount } from '../features/demo/index.ts';
import { seedDemo } from '../features/demo/index.ts';
import { followDemoCall } from '../features/call-radar/index.ts';
import { accountCount, createUser } from '../features/users/index.ts';
import type { ServiceContext } from '../shared/context.ts';

export const DEMO_ADMIN_EMAIL = 'admin@pontis.localhost';

export interface FirstRunResult {
  demoLoaded: boolean;
  admin?: { email: string; password: string };
  /** The demo's accounts of every role in both cities, with passwords shown once like the admin's. */
  demoAccounts: CreatedDemoAccount[];
}

/**
 * On a database with no users, loads the demo partnership and creates the first administrator
 * with a freshly generated password (printed once; never a fixed one).
 */
export async function prepareFirstRun(ctx: ServiceContext, options: { demo: boolean }): Promise<FirstRunResult> {
  if ((await accountCount(ctx.db)) > 0) return { demoLoaded: false, demoAccounts: [] };
  const demo = options.demo ? await seedDemo(ctx) : null;
  const { user, generatedPassword } = await createUser(ctx, { email: DEMO_ADMIN_EMAIL, displayName: 'Pontis Admin', role: 'admin' });
  // The demo's followed call needs both the demo calls (seedDemo) and the admin.
  if (options.demo) await followDemoCall(ctx, user.id);
  return { demoLoaded: options.demo, admin: { email: user.email, password: generatedPassword! }, demoAccounts: demo?.accounts ?? [] };
}
