import type { TFunction } from 'i18next';
import { roles, type Role } from '../../../shared/roles.ts';

/** The roles an actor may hand out: admins any, coordinators all but administrator. */
export function grantableRoles(actorRole: Role | undefined): Role[] {
  if (actorRole === 'admin') return [...roles];
  if (actorRole === 'coordinator') return roles.filter((r) => r !== 'admin');
  return [];
}

export const roleOptions = (list: readonly Role[], t: TFunction) => list.map((r) => ({ value: r, label: t(`common.roles.${r}`) }));

/** Whether a role is tied to a city or an organisation (see role-scope.ts on the server). */
export const needsCity = (role: string) => role !== 'admin';
export const needsOrganisation = (role: string) => role === 'org-editor';
