import { describe, expect, it } from 'vitest';
import { actingAs, demoSource, importSource, systemActor, type Actor } from '../../shared/actor.ts';
import { auditAuthorColumns, storedAuthorSource } from './audit-author.ts';

const anna: Actor = {
  kind: 'user',
  id: '0b7a8f5e-0000-4000-8000-000000000001',
  email: 'anna@example.org',
  displayName: 'Anna Weber',
  role: 'coordinator',
  cityId: null,
  organisationId: null,
};

describe('audit authors', () => {
  it('stores where a change came from', () => {
    expect(auditAuthorColumns(anna)).toMatchObject({ actorUserId: anna.kind === 'user' && anna.id, actorSource: 'user', actorSourceDetail: null });
    expect(auditAuthorColumns(actingAs(anna, importSource('orgs.csv')))).toMatchObject({
      actorSource: 'import',
      actorSourceDetail: 'orgs.csv',
      actorLabel: 'Anna Weber <anna@example.org>',
    });
    expect(auditAuthorColumns(actingAs(systemActor('pontis serve'), demoSource))).toMatchObject({ actorUserId: null, actorSource: 'demo' });
    expect(auditAuthorColumns(systemActor('cli: pontis user create'))).toMatchObject({ actorSource: 'command-line', actorSourceDetail: 'pontis user create' });
    expect(auditAuthorColumns(systemActor('expiry reminders'))).toMatchObject({ actorSource: 'system', actorSourceDetail: null });
  });

  it('reads the source of entries written before it was stored from their label', () => {
    const old = (actorLabel: string, actorUserId: string | null = null) =>
      storedAuthorSource({ actorLabel, actorUserId, actorSource: null, actorSourceDetail: null });
    expect(old('Anna Weber <anna@example.org>', 'x')).toEqual({ source: 'user', detail: null });
    expect(old('erased user')).toEqual({ source: 'user', detail: null });
    expect(old('pontis serve')).toEqual({ source: 'demo', detail: null });
    expect(old('cli: pontis seed demo')).toEqual({ source: 'demo', detail: null });
    expect(old('cli: pontis import')).toEqual({ source: 'import', detail: null });
    expect(old('cli: pontis user create')).toEqual({ source: 'command-line', detail: 'pontis user create' });
    expect(old('password reset')).toEqual({ source: 'system', detail: null });
    expect(storedAuthorSource({ actorLabel: 'x', actorUserId: null, actorSource: 'import', actorSourceDetail: 'a.csv' })).toEqual({
      source: 'import',
      detail: 'a.csv',
    });
  });
});
