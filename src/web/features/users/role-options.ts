import type { TFunction } from 'i18next';
import type { Role } from '../../../shared/roles.ts';

export const roleOptions = (list: readonly Role[], t: TFunction) => list.map((r) => ({ value: r, label: t(`common.roles.${r}`) }));

/**
 * Whether a role is tied to a city or an organisation (see role-scope.ts on the server): which
 * fields the form asks for, not who may give the role (that is the session's `can.inviteRoles`).
 */
export const needsCity = (role: string) => role !== 'admin';
export const needsOrganisation = (role: string) => role === 'org-editor';
