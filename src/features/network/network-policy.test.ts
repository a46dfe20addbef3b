import { describe, expect, it } from 'vitest';
import { anonymous, systemActor, type Actor } from '../../shared/actor.ts';
import { canSeeNetworkTies } from './network-policy.ts';

const user = (role: 'admin' | 'coordinator' | 'org-editor' | 'member', cityId: string | null): Actor => ({
  kind: 'user',
  id: 'u',
  email: 'u@example.org',
  displayName: 'U',
  role,
  cityId,
  organisationId: null,
});

describe('canSeeNetworkTies', () => {
  const cities = ['dortmund', 'cluj'];
  it('lets users of the partnership’s cities and administrators see ties', () => {
    expect(canSeeNetworkTies(user('member', 'cluj'), cities)).toBe(true);
    expect(canSeeNetworkTies(user('org-editor', 'dortmund'), cities)).toBe(true);
    expect(canSeeNetworkTies(user('admin', null), cities)).toBe(true);
    expect(canSeeNetworkTies(systemActor('cli'), cities)).toBe(true);
  });
  it('hides ties from the public and from users of other cities', () => {
    expect(canSeeNetworkTies(anonymous, cities)).toBe(false);
    expect(canSeeNetworkTies(user('coordinator', 'lyon'), cities)).toBe(false);
    expect(canSeeNetworkTies(user('member', null), cities)).toBe(false);
  });
});
