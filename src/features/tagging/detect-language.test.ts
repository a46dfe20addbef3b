import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['de', 'Die Stadt sucht Partner für ein Projekt zur Digitalisierung der Verwaltung und möchte Erfahrungen austauschen.'],
    ['de', 'Wir suchen Partner'],
    ['ro', 'Primăria caută parteneri pentru un proiect de digitalizare a administrației și dorește un schimb de experiență.'],
    ['ro', 'Cautam parteneri pentru un proiect de mobilitate urbana si transport public.'],
    ['ro', 'Căutăm parteneri'],
    ['en', 'The city is looking for partners for a project on the digitalisation of its administration.'],
    ['en', 'We are looking for partners'],
    ['hu', 'A város partnereket keres a közigazgatás digitalizációjával kapcsolatos projekthez, és tapasztalatcserét szeretne.'],
    ['hu', 'Okos öntözési rendszert keresünk'],
  ] as const)('reads %s in "%s"', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null when the text gives no usable evidence', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('2024 – 2026')).toBeNull();
    expect(detectLanguage('Cluj-Napoca Dortmund')).toBeNull();
  });
});
