import { describe, expect, it } from 'vitest';
import { anonymous, systemActor, type Actor } from '../../shared/actor.ts';
import type { Role } from '../../shared/roles.ts';
import { canSeePerson, type PersonVisibilityFacts } from './person-visibility.ts';

const user = (role: Role, cityId: string | null, organisationId: string | null = null): Actor => ({
  kind: 'user',
  id: 'u',
  email: 'u@example.org',
  displayName: 'U',
  role,
  cityId,
  organisationId,
});
const person = (consent: Partial<PersonVisibilityFacts> = {}): PersonVisibilityFacts => ({
  cityId: 'cluj',
  organisationId: 'ubb',
  visibleToPartners: false,
  visibleToPublic: false,
  ...consent,
});

describe('canSeePerson', () => {
  it('shows a person without consent only to admins, their city’s coordinators and their organisation’s editors', () => {
    const hidden = person();
    expect(canSeePerson(systemActor('cli'), hidden, false)).toBe(true);
    expect(canSeePerson(user('admin', null), hidden, false)).toBe(true);
    expect(canSeePerson(user('coordinator', 'cluj'), hidden, false)).toBe(true);
    expect(canSeePerson(user('org-editor', null, 'ubb'), hidden, false)).toBe(true);
    expect(canSeePerson(user('org-editor', 'cluj', 'umf'), hidden, false)).toBe(false);
    expect(canSeePerson(user('member', 'cluj'), hidden, false)).toBe(false);
    expect(canSeePerson(user('coordinator', 'dortmund'), hidden, true)).toBe(false);
    expect(canSeePerson(anonymous, hidden, false)).toBe(false);
  });

  it('shows a partners-only person to signed-in users of partner cities, not to others', () => {
    const partnersOnly = person({ visibleToPartners: true });
    expect(canSeePerson(user('member', 'dortmund'), partnersOnly, true)).toBe(true);
    expect(canSeePerson(user('member', 'lyon'), partnersOnly, false)).toBe(false);
    expect(canSeePerson(user('member', null), partnersOnly, false)).toBe(false);
    expect(canSeePerson(user('member', 'cluj'), partnersOnly, true)).toBe(false);
    expect(canSeePerson(anonymous, partnersOnly, true)).toBe(false);
  });

  it('shows a public person to everyone', () => {
    const open = person({ visibleToPublic: true });
    expect(canSeePerson(anonymous, open, false)).toBe(true);
    expect(canSeePerson(user('member', 'lyon'), open, false)).toBe(true);
  });
});
