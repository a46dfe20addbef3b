import { AppError } from '../../shared/errors.ts';
import type { OrganisationContribution } from '../organisations/index.ts';
import { cityCoordinatorMailboxes, enabledAccountMailbox, organisationEditorMailboxes } from './account-mailboxes.ts';
import { organisationAccountAndInvitationCount } from './organisation-accounts.ts';
import { userDisplayNameOf } from './user-display-name-of.ts';
import { userDisplayNames } from './user-queries.ts';

/**
 * What the accounts add to organisations: who is mailed about one (its editors, else its city's
 * coordinators; an item's submitter), the names of those who changed it, and the refusal to
 * delete one that accounts or invitations still name.
 */
const accountsOfOrganisations: OrganisationContribution = {
  mailboxes: { editors: organisationEditorMailboxes, cityCoordinators: cityCoordinatorMailboxes, account: enabledAccountMailbox },
  authorNames: { displayNames: userDisplayNames, displayNameOf: userDisplayNameOf },
  deletion: {
    async refusal(ctx, organisationId) {
      if ((await organisationAccountAndInvitationCount(ctx, organisationId)) === 0) return null;
      return new AppError('in_use', 409, 'User accounts or invitations belong to this organisation. Move or remove them before deleting it.');
    },
  },
};

export default accountsOfOrganisations;
