// The users feature as other features may use it (issue 12): its read queries.
export { userDisplayNames } from './user-queries.ts';
export { redeemInvitation } from './invitation-acceptance.service.ts';
export { resolveRoleScope, selectUser } from './user-rows.ts';
export { createUser, insertUser } from './users.service.ts';
export { cityCoordinatorMailboxes, enabledAccountMailbox, organisationEditorMailboxes, type Mailbox } from './account-mailboxes.ts';
export { organisationAccountAndInvitationCount } from './organisation-accounts.ts';
export { userDisplayNameOf } from './user-display-name-of.ts';
export { activeAccountsByIds, organisationAnswerers, type AccountRecipient } from './organisation-answerers.ts';
export { accountContacts } from './account-contacts.ts';
export { accountCityIdSql, hasActiveOrgEditorSql } from './org-editor-sql.ts';
export { accountActors } from './account-actors.ts';
export { enabledAccountByEmail, passwordHashOf, storePasswordHash } from './account-passwords.ts';
export { accountCount } from './account-count.ts';
export { lockAccountByEmail, lockPendingInvitationByEmail } from './accounts-to-link.ts';
export { deleteAccountRow, forgetInvitationsOfAccount, lockAccountToErase, lockOtherEnabledAdmins } from './account-erasure.ts';
export { setUserPassword } from './set-password.service.ts';
export { accountsByEmails } from './accounts-by-emails.ts';
export { backdateAccounts } from './backdate-accounts.ts';
