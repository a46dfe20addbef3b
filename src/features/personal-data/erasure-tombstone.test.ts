import { describe, expect, it } from 'vitest';
import { ERASED, identifyingTexts, needlesOf, PERSON_PERSONAL_KEYS, scrubSnapshot, scrubText, USER_PERSONAL_KEYS } from './erasure-tombstone.ts';

describe('scrubSnapshot', () => {
  it('replaces the personal fields of a snapshot about the person and keeps the rest', () => {
    const snapshot = { id: 'u1', email: 'ana@example.org', displayName: 'Ana Pop', role: 'member', cityId: 'c1', locale: null, version: 3 };
    const target = { personalKeys: USER_PERSONAL_KEYS, needles: needlesOf('ana@example.org', 'Ana Pop') };
    expect(scrubSnapshot(snapshot, target)).toEqual({ id: 'u1', email: ERASED, displayName: ERASED, role: 'member', cityId: 'c1', locale: null, version: 3 });
  });

  it('replaces mentions anywhere, case-insensitively, at any depth, and leaves unrelated texts', () => {
    const snapshot = { parties: [{ personName: 'ANA POP', office: 'Mayor' }], note: 'mail Ana@Example.org please', title: 'Twinning' };
    const target = { personalKeys: new Set<string>(), needles: needlesOf('ana@example.org', 'Ana Pop') };
    expect(scrubSnapshot(snapshot, target)).toEqual({ parties: [{ personName: ERASED, office: 'Mayor' }], note: ERASED, title: 'Twinning' });
  });

  it('leaves non-objects and nulls as they are', () => {
    const target = { personalKeys: PERSON_PERSONAL_KEYS, needles: needlesOf('x@example.org') };
    expect(scrubSnapshot(null, target)).toBeNull();
    expect(scrubSnapshot({ name: null, n: 4, ok: true }, target)).toEqual({ name: null, n: 4, ok: true });
  });
});

describe('scrubText and needlesOf', () => {
  it('replaces every mention in a text, with regular-expression characters taken literally', () => {
    expect(scrubText('To: a.b+c@example.org (A.B+C@EXAMPLE.ORG), aXb+c@example.org', needlesOf('a.b+c@example.org'))).toBe(
      'To: [erased] ([erased]), aXb+c@example.org',
    );
  });

  it('drops blank and very short needles, which would match everything', () => {
    expect(needlesOf('', null, ' Al ', 'Ana Pop', 'ana pop')).toEqual(['ana pop']);
  });
});

describe('identifyingTexts', () => {
  it('searches for distinctive names anywhere and short names only as whole values', () => {
    const short = identifyingTexts({ email: 'ion@example.org', name: 'Ion', phone: '112' });
    expect(short).toEqual({ needles: ['ion@example.org'], exactValues: ['ion'] });
    expect(scrubSnapshot({ a: 'Organisation', b: ' ion ', c: 'Ion Creanga' }, { personalKeys: new Set(), ...short })).toEqual({
      a: 'Organisation',
      b: ERASED,
      c: 'Ion Creanga',
    });
    const long = identifyingTexts({ email: null, name: 'Ana Pop', phone: '+40 264 123 456' });
    expect(long.needles).toEqual(['+40 264 123 456', 'ana pop']);
  });
});

describe('whole-token matching', () => {
  it('does not take a longer address or name for the person', () => {
    const needles = needlesOf('ana@example.org', 'Ana Pop');
    expect(scrubText('hana@example.org, ana@example.org.uk, Ana Popescu', needles)).toBe('hana@example.org, ana@example.org.uk, Ana Popescu');
    expect(scrubText('Write to ana@example.org. Signed, Ana Pop', needles)).toBe('Write to [erased]. Signed, [erased]');
    expect(scrubSnapshot({ to: 'invitee-ana@example.org' }, { personalKeys: new Set(), needles })).toEqual({ to: 'invitee-ana@example.org' });
  });
});
