import { describe, expect, it } from 'vitest';
import { anonymous, systemActor, type Actor } from '../../shared/actor.ts';
import { canCreatePartnership, canDeletePartnership, canEditPartnership } from './partnership-policy.ts';

const user = (role: 'admin' | 'coordinator' | 'org-editor' | 'member', cityId: string | null): Actor => ({
  kind: 'user',
  id: 'u',
  email: 'u@example.org',
  displayName: 'U',
  role,
  cityId,
  organisationId: null,
});

describe('partnership policy', () => {
  const members = ['dortmund', 'cluj'];

  it('lets admins, the system and coordinators of any member city edit', () => {
    expect(canEditPartnership(user('admin', null), members)).toBe(true);
    expect(canEditPartnership(systemActor('cli'), members)).toBe(true);
    expect(canEditPartnership(user('coordinator', 'dortmund'), members)).toBe(true);
    expect(canEditPartnership(user('coordinator', 'cluj'), members)).toBe(true);
  });

  it('refuses coordinators of other cities, members, org editors and the public', () => {
    expect(canEditPartnership(user('coordinator', 'lyon'), members)).toBe(false);
    expect(canEditPartnership(user('member', 'dortmund'), members)).toBe(false);
    expect(canEditPartnership(user('org-editor', 'dortmund'), members)).toBe(false);
    expect(canEditPartnership(anonymous, members)).toBe(false);
  });

  it('lets a coordinator create only with their own city among the members', () => {
    expect(canCreatePartnership(user('coordinator', 'cluj'), members)).toBe(true);
    expect(canCreatePartnership(user('coordinator', 'lyon'), members)).toBe(false);
  });

  it('keeps deletion to admins', () => {
    expect(canDeletePartnership(user('admin', null))).toBe(true);
    expect(canDeletePartnership(user('coordinator', 'dortmund'))).toBe(false);
  });
});
