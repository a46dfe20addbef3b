import type { FieldError } from '../../shared/errors.ts';
import type { Role } from '../../shared/roles.ts';

export interface RoleScope {
  cityId: string | null;
  organisationId: string | null;
}

/** A coordinator acts for one city, an organisation editor for one organisation. */
export function missingScopeErrors(role: Role, scope: RoleScope): FieldError[] {
  const errors: FieldError[] = [];
  if (role === 'coordinator' && !scope.cityId) {
    errors.push({ path: 'cityId', rule: 'required', message: 'A coordinator needs the city they coordinate.' });
  }
  if (role === 'org-editor' && !scope.organisationId) {
    errors.push({ path: 'organisationId', rule: 'required', message: 'An organisation editor needs their organisation.' });
  }
  return errors;
}
