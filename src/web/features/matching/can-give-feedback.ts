import type { CurrentUser } from '../../../features/auth/auth.schemas.ts';

/** Mirrors the API rule (matching-policy.ts canGiveFeedback): the organisation's users, its city's coordinators, admins. */
export function canGiveFeedback(user: CurrentUser | null, organisation: { id: string; cityId: string }): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'coordinator') return user.cityId === organisation.cityId;
  return user.organisationId === organisation.id;
}
