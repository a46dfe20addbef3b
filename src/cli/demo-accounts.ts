import type { CreatedDemoAccount } from '../features/demo/index.ts';
import { listDemoAccounts } from '../features/demo/index.ts';
import type { ServiceContext } from '../shared/context.ts';
import { out } from './output.ts';

const roleLabel: Record<string, string> = { coordinator: 'coordinator', 'org-editor': 'organisation editor', member: 'member', admin: 'administrator' };

const table = (rows: string[][], write: (line: string) => void = out) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) write(`  ${r.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd());
};

/**
 * At first start (and `pontis seed demo`): the new demo accounts with their passwords, once.
 * `seed demo` writes them to stderr, so that its stdout stays one JSON summary a script can parse.
 */
export function printNewDemoAccounts(accounts: readonly CreatedDemoAccount[], write: (line: string) => void = out) {
  if (!accounts.length) return;
  write('Demo accounts of both cities (these passwords are shown only now; `pontis demo accounts` lists them later):');
  table(
    [['e-mail', 'role', 'organisation / city', 'password'], ...accounts.map((a) => [a.email, roleLabel[a.role], a.organisationKey ?? a.cityKey, a.password])],
    write,
  );
}

/** `pontis demo accounts`: who the demo's people are; their passwords are not stored, so not shown. */
export async function demoAccountsFromCli(ctx: ServiceContext, opts: { json?: boolean }) {
  const accounts = await listDemoAccounts(ctx);
  if (opts.json) {
    out(JSON.stringify(accounts, null, 2));
    return;
  }
  if (!accounts.length) {
    out('There are no demo accounts in this database (the demo is loaded at the first start, or by `pontis seed demo`).');
    return;
  }
  table([
    ['e-mail', 'name', 'role', 'city', 'organisation'],
    ...accounts.map((a) => [a.email + (a.disabled ? ' (disabled)' : ''), a.displayName, roleLabel[a.role], a.city ?? '', a.organisation ?? '']),
  ]);
  out('');
  out('Passwords are stored only as hashes. To sign in as one of them, give it a new password:');
  out('  pontis user reset-password <e-mail>');
}
