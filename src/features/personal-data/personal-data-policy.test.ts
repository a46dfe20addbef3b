import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/actor.ts';
import { canErasePerson, canEraseUser } from './personal-data-policy.ts';

const user = (role: 'admin' | 'coordinator' | 'org-editor' | 'member', cityId: string | null = 'c1', id = 'u1'): Actor => ({
  kind: 'user',
  id,
  email: `${id}@example.org`,
  displayName: id,
  role,
  cityId,
  organisationId: role === 'org-editor' ? 'o1' : null,
});

describe('canEraseUser', () => {
  it('lets administrators erase anyone and everyone else only themselves', () => {
    expect(canEraseUser(user('admin'), 'u2')).toBe(true);
    expect(canEraseUser({ kind: 'system', label: 'cli' }, 'u2')).toBe(true);
    expect(canEraseUser(user('coordinator'), 'u2')).toBe(false);
    expect(canEraseUser(user('member'), 'u1')).toBe(true);
    expect(canEraseUser({ kind: 'anonymous' }, 'u1')).toBe(false);
  });
});

describe('canErasePerson', () => {
  it("lets administrators and the person's city's coordinators erase, nobody else", () => {
    expect(canErasePerson(user('admin', null), { cityId: 'c1' })).toBe(true);
    expect(canErasePerson(user('coordinator', 'c1'), { cityId: 'c1' })).toBe(true);
    expect(canErasePerson(user('coordinator', 'c2'), { cityId: 'c1' })).toBe(false);
    expect(canErasePerson(user('org-editor', 'c1'), { cityId: 'c1' })).toBe(false);
    expect(canErasePerson(user('member', 'c1'), { cityId: 'c1' })).toBe(false);
    expect(canErasePerson({ kind: 'anonymous' }, { cityId: 'c1' })).toBe(false);
  });
});
