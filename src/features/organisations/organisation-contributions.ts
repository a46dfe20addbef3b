import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { AppError } from '../../shared/errors.ts';
import { loadFeatureContributions } from '../../shared/feature-files.ts';
import type { OrganisationPerson } from './organisations.schemas.ts';

// Organisations sit below the accounts (users) and the contact people (people), which belong to
// an organisation. What an organisation's use cases need of them is declared here, as small ports,
// and filled in by those features in files named `*.organisation.ts` (default export), so that
// organisations imports neither (issue 12).

/** Where to mail someone, and in which language. */
export interface OrganisationMailbox {
  email: string;
  locale: string | null;
}

/** Who is mailed about an organisation and its offers and requests (the accounts: users). */
export interface OrganisationMailboxes {
  /** The enabled editors of an organisation, by e-mail address. */
  editors(ctx: ServiceContext, organisationId: string): Promise<OrganisationMailbox[]>;
  /** The enabled coordinators of a city, by e-mail address: they look after organisations without editors. */
  cityCoordinators(ctx: ServiceContext, cityId: string): Promise<OrganisationMailbox[]>;
  /** One enabled account (the submitter of an item), or undefined when it is gone or disabled. */
  account(ctx: ServiceContext, userId: string): Promise<OrganisationMailbox | undefined>;
}

/** How organisations name the accounts that changed them (users). */
export interface OrganisationAuthorNames {
  displayNames(ctx: ServiceContext, userIds: string[]): Promise<{ id: string; displayName: string }[]>;
  /** SQL: the display name of the account whose id is in `column` (null when none), so a list stays one statement. */
  displayNameOf(column: AnyColumn | SQL): SQL<string | null>;
}

/** The contact people of an organisation (people). */
export interface OrganisationPeople {
  /** The people of the organisation that the caller may see, by name. */
  visible(ctx: ServiceContext, organisationId: string): Promise<OrganisationPerson[]>;
  /** Whether the organisation has any people at all, whoever may see them. */
  any(ctx: ServiceContext, organisationId: string): Promise<boolean>;
}

/** What a feature checks and does in the transaction that deletes an organisation, before its row goes. */
export interface OrganisationDeletion {
  /** The refusal when the feature still holds something that must be moved or removed first; null when it does not. */
  refusal?(ctx: ServiceContext, organisationId: string): Promise<AppError | null>;
  /**
   * Runs once no feature refused, before the row is deleted: what the feature keeps of the
   * organisation is changed here, versioned and with its own history, rather than left to the
   * database's ON DELETE SET NULL.
   */
  prepare?(ctx: ServiceContext, organisationId: string): Promise<void>;
}

/** What a feature adds to organisations, in a file named `*.organisation.ts` (default export). */
export interface OrganisationContribution {
  mailboxes?: OrganisationMailboxes;
  authorNames?: OrganisationAuthorNames;
  people?: OrganisationPeople;
  deletion?: OrganisationDeletion;
}

export interface OrganisationParts {
  mailboxes: OrganisationMailboxes;
  authorNames: OrganisationAuthorNames;
  people: OrganisationPeople;
  /** Every feature's deletion step, in the stable order of their files. */
  deletion: readonly OrganisationDeletion[];
}

// Without a contributing feature an organisation has no one to mail, no named authors and no people.
const none: Omit<OrganisationParts, 'deletion'> = {
  mailboxes: { editors: async () => [], cityCoordinators: async () => [], account: async () => undefined },
  authorNames: { displayNames: async () => [], displayNameOf: () => sql<string | null>`null` },
  people: { visible: async () => [], any: async () => false },
};

/** Every feature's contributions, loaded once per process. */
export async function organisationParts(): Promise<OrganisationParts> {
  const contributions = await loadFeatureContributions<OrganisationContribution>(/[.]organisation[.]ts$/);
  return {
    mailboxes: contributions.find((c) => c.mailboxes)?.mailboxes ?? none.mailboxes,
    authorNames: contributions.find((c) => c.authorNames)?.authorNames ?? none.authorNames,
    people: contributions.find((c) => c.people)?.people ?? none.people,
    deletion: contributions.flatMap((c) => (c.deletion ? [c.deletion] : [])),
  };
}
