import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../shared/locales.ts';
import { themeCatalogue } from './theme-catalogue.ts';

describe('theme catalogue', () => {
  it('has unique keys in the interchange key shape', () => {
    const keys = themeCatalogue.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
    expect(keys).toEqual(
      expect.arrayContaining(['digitalisation-smart-city', 'technology-startups', 'innovation-clusters', 'sustainability', 'public-services', 'agriculture']),
    );
  });

  it('labels every theme in every interface language', () => {
    for (const theme of themeCatalogue) {
      for (const locale of uiLocales) expect(theme.labels[locale]?.trim(), `${theme.key}.${locale}`).toBeTruthy();
    }
  });

  it('writes Romanian with comma-below ș and ț, not the cedilla look-alikes', () => {
    const romanian = themeCatalogue.map((t) => t.labels.ro).join(' ');
    expect(romanian).not.toMatch(/[şţŞŢ]/);
    expect(romanian).toMatch(/[șț]/);
  });

  it('writes Hungarian with its long vowels, not tilde or circumflex look-alikes', () => {
    const hungarian = themeCatalogue.map((t) => t.labels.hu).join(' ');
    expect(hungarian).not.toMatch(/[õûôÕÛÔ]/);
    expect(hungarian).toMatch(/[őű]/);
  });
});
