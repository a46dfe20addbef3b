import { isAdmin, type UserActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { generatePassword, hashPassword } from '../../shared/secrets.ts';
import type { Role } from '../../shared/roles.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { accountsByEmails, insertUser } from '../users/index.ts';
import { resolveRoleScope } from '../users/index.ts';
import { CLUJ_NAPOCA, DORTMUND } from './demo-facts.ts';

/**
 * The demo's people with accounts, one of each role in both cities, so that someone trying Pontis
 * can act on both sides of an introduction. Invented people on example.org (never delivered to
 * anyone real); their passwords are generated at seeding and printed once, never stored in clear.
 */
export interface DemoAccountFacts {
  /** Short handle the seeding refers to them by. */
  handle: string;
  email: string;
  displayName: string;
  role: Exclude<Role, 'admin'>;
  cityKey: string;
  organisationKey: string | null;
  locale: string;
}

const DEMO_DOMAIN = 'demo.example.org';
const address = (local: string, city: string) => `${local}@${city}.${DEMO_DOMAIN}`;

export const demoAccounts: readonly DemoAccountFacts[] = [
  {
    handle: 'dortmund-coordinator',
    email: address('katrin.vogel', 'dortmund'),
    displayName: 'Katrin Vogel',
    role: 'coordinator',
    cityKey: DORTMUND,
    organisationKey: null,
    locale: 'de',
  },
  {
    handle: 'dortmund-editor',
    email: address('jonas.albers', 'dortmund'),
    displayName: 'Jonas Albers',
    role: 'org-editor',
    cityKey: DORTMUND,
    organisationKey: 'tu-dortmund',
    locale: 'de',
  },
  {
    handle: 'dortmund-startup-editor',
    email: address('lea.hoffmann', 'dortmund'),
    displayName: 'Lea Hoffmann',
    role: 'org-editor',
    cityKey: DORTMUND,
    organisationKey: 'klimasensor-dortmund',
    locale: 'de',
  },
  {
    handle: 'dortmund-member',
    email: address('murat.yilmaz', 'dortmund'),
    displayName: 'Murat Yılmaz',
    role: 'member',
    cityKey: DORTMUND,
    organisationKey: 'adesso',
    locale: 'de',
  },
  {
    handle: 'cluj-coordinator',
    email: address('ioana.muresan', 'cluj-napoca'),
    displayName: 'Ioana Mureșan',
    role: 'coordinator',
    cityKey: CLUJ_NAPOCA,
    organisationKey: null,
    locale: 'ro',
  },
  {
    handle: 'cluj-editor',
    email: address('andrei.pop', 'cluj-napoca'),
    displayName: 'Andrei Pop',
    role: 'org-editor',
    cityKey: CLUJ_NAPOCA,
    organisationKey: 'utcn',
    locale: 'ro',
  },
  {
    handle: 'cluj-cluster-editor',
    email: address('raluca.ardelean', 'cluj-napoca'),
    displayName: 'Raluca Ardelean',
    role: 'org-editor',
    cityKey: CLUJ_NAPOCA,
    organisationKey: 'cluj-it-cluster',
    locale: 'en',
  },
  {
    handle: 'cluj-member',
    email: address('zsofia.kovacs', 'cluj-napoca'),
    displayName: 'Kovács Zsófia',
    role: 'member',
    cityKey: CLUJ_NAPOCA,
    organisationKey: 'ubb',
    locale: 'hu',
  },
];

export const isDemoAccountEmail = (email: string) => email.endsWith(`.${DEMO_DOMAIN}`);

export interface CreatedDemoAccount {
  email: string;
  role: Role;
  displayName: string;
  cityKey: string;
  organisationKey: string | null;
  /** Shown once, at first start (or by `pontis seed demo`); only its hash is stored. */
  password: string;
}

export interface DemoAccountsResult {
  created: CreatedDemoAccount[];
  /** The accounts as actors for the demo's own use cases (introductions), by handle. */
  actors: Map<string, UserActor>;
}

/**
 * Creates the demo accounts that do not exist yet, through the users service's insert (audited
 * like any account). Hashing is the slow part, so the passwords are hashed side by side first.
 */
export async function seedDemoAccounts(tx: ServiceContext): Promise<DemoAccountsResult> {
  const emails = demoAccounts.map((a) => a.email);
  const existing = await accountsByEmails(tx.db, emails);
  const missing = demoAccounts.filter((a) => !existing.some((e) => e.email === a.email));
  const passwords = missing.map(() => generatePassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  const created: CreatedDemoAccount[] = [];
  for (const [i, account] of missing.entries()) {
    const [city] = await cityNames(tx, 'key', [account.cityKey]);
    const [org] = account.organisationKey ? await organisationNames(tx, 'key', [account.organisationKey]) : [];
    const scope = await resolveRoleScope(tx.db, account.role, { cityId: city.id, organisationId: org?.id ?? null });
    await insertUser(tx, {
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      ...scope,
      passwordHash: hashes[i],
      locale: account.locale,
    });
    created.push({
      email: account.email,
      role: account.role,
      displayName: account.displayName,
      cityKey: account.cityKey,
      organisationKey: account.organisationKey,
      password: passwords[i],
    });
  }
  const rows = await accountsByEmails(tx.db, emails);
  const actors = new Map<string, UserActor>();
  for (const account of demoAccounts) {
    const row = rows.find((r) => r.email === account.email);
    if (!row || row.disabled) continue;
    actors.set(account.handle, {
      kind: 'user',
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      cityId: row.cityId,
      organisationId: row.organisationId,
    });
  }
  return { created, actors };
}

export interface DemoAccountListing {
  email: string;
  displayName: string;
  role: Role;
  city: string | null;
  organisation: string | null;
  disabled: boolean;
}

/** The demo accounts present in the database (`pontis demo accounts`); never anything secret. */
export async function listDemoAccounts(ctx: ServiceContext): Promise<DemoAccountListing[]> {
  if (!isAdmin(ctx.actor)) throw forbidden('Only platform administrators can list the demo accounts.');
  const rows = await accountsByEmails(
    ctx.db,
    demoAccounts.map((a) => a.email),
  );
  const order = (email: string) => demoAccounts.findIndex((a) => a.email === email);
  return rows
    .sort((a, b) => order(a.email) - order(b.email))
    .map((r) => ({ email: r.email, displayName: r.displayName, role: r.role, city: r.cityName, organisation: r.organisationName, disabled: r.disabled }));
}
