import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './portal-language.ts';

describe('preferredLanguage', () => {
  it('takes the visitor’s first language Pontis speaks, by weight', () => {
    expect(preferredLanguage('hu-HU,hu;q=0.9,en;q=0.8')).toBe('hu');
    expect(preferredLanguage('fr-FR,fr;q=0.9,ro;q=0.7,de;q=0.8')).toBe('de');
    expect(preferredLanguage('en;q=0.5, ro')).toBe('ro');
    expect(preferredLanguage('RO-ro')).toBe('ro');
  });

  it('falls back to English when nothing fits or the header is missing or broken', () => {
    expect(preferredLanguage(undefined)).toBe('en');
    expect(preferredLanguage('fr, es;q=0.5')).toBe('en');
    expect(preferredLanguage('de;q=0')).toBe('en');
    expect(preferredLanguage(';;;,q=,')).toBe('en');
  });
});
