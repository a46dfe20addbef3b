import { z } from 'zod';
import { roles } from '../../shared/roles.ts';

export const signInRequest = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1000),
});

export const currentUserSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    cityId: z.string().uuid().nullable(),
    organisationId: z.string().uuid().nullable(),
  })
  .meta({ id: 'CurrentUser' });

const ability = (what: string) => z.boolean().describe(what);

/**
 * What the caller may do outside any record, answered by each feature's policy (its
 * `*.abilities.ts` file, gathered by `session-abilities.ts`); all false for the public. The web
 * app shows pages, menu entries and buttons by these, never by the role.
 */
export const sessionAbilities = z
  .object({
    listUsers: ability('See the accounts and invitations (users admin page)'),
    manageUsers: ability('Change any account’s role, scope and access, or erase it'),
    inviteUsers: ability('Invite someone'),
    inviteRoles: z.array(z.enum(roles)).describe('The roles one may invite someone into'),
    inviteForAnyCity: ability('Invite for any city (else only for one’s own)'),
    readMailOutbox: ability('Read the mail outbox'),
    manageCalls: ability('Import and sync EU calls, read their import log'),
    importCsv: ability('Import organisations from a CSV file into one’s own city'),
    importCsvIntoAnyCity: ability('Import organisations into any city'),
    createOrganisation: ability('Add an organisation to one’s own city'),
    createOrganisationInAnyCity: ability('Add an organisation to any city'),
    reviewItems: ability('Review offers and requests of one’s own city'),
    reviewItemsInAnyCity: ability('Review offers and requests of any city'),
    createPerson: ability('Add a person (of one’s own organisation, or more, see below)'),
    createPersonInOwnCity: ability('Add a person of any organisation of one’s own city'),
    createPersonInAnyCity: ability('Add a person in any city'),
    createPartnership: ability('Start a partnership (one’s own city taking part)'),
    startProject: ability('Start a joint project for a partnership of one’s own city'),
    planActivity: ability('Plan an exchange activity for a partnership of one’s own city'),
    seeMatchingQuality: ability('See the matching quality report of one’s own city'),
    seeMatchingQualityOfAnyCity: ability('See the matching quality report of every city'),
    editTaxonomy: ability('Change the taxonomy’s synonyms'),
    seeSynonymSuggestions: ability('See the synonyms suggested from the registry’s confirmed concepts'),
    brokerIntroductions: ability('Broker an introduction between two organisations'),
    seeIntroductionPipeline: ability('See the introduction pipeline of one’s own city'),
    seeIntroductionPipelineOfAnyCity: ability('See the introduction pipeline of every city'),
  })
  .meta({ id: 'SessionAbilities' });

/** The abilities of the public: nothing. */
export const noSessionAbilities = Object.fromEntries(
  Object.entries(sessionAbilities.shape).map(([name, schema]) => [name, schema instanceof z.ZodArray ? [] : false]),
) as unknown as SessionAbilities;

export const sessionResponse = z
  .object({
    user: currentUserSchema.nullable(),
    /** Send back in the x-csrf-token header on every write made with the session cookie. */
    csrfToken: z.string().nullable(),
    can: sessionAbilities,
  })
  .meta({ id: 'Session' });

export type SignInRequest = z.infer<typeof signInRequest>;
export type SessionResponse = z.infer<typeof sessionResponse>;
export type SessionAbilities = z.infer<typeof sessionAbilities>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
