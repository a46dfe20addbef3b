import { describe, expect, it } from 'vitest';
import { matchKeys, stem } from './stem.ts';

const shareKey = (a: string[], b: string[]) => a.some((k) => b.includes(k));

describe('stem', () => {
  it('reduces German inflected forms to one stem', () => {
    expect(stem('bewässerungssysteme', 'de')).toBe('bewasserungssystem');
    expect(stem('bewässerungssystemen', 'de')).toBe('bewasserungssystem');
    expect(stem('bewässerungssystems', 'de')).toBe('bewasserungssystem');
    expect(stem('städte', 'de')).toBe(stem('stadt', 'de'));
  });

  it('reduces Romanian inflected forms to one stem', () => {
    expect(stem('orașelor', 'ro')).toBe('oraș');
    expect(stem('orașe', 'ro')).toBe('oraș');
    expect(stem('orașul', 'ro')).toBe('oraș');
  });

  it('reduces Hungarian inflected forms to one stem', () => {
    expect(stem('városokban', 'hu')).toBe('város');
    expect(stem('városok', 'hu')).toBe('város');
  });

  it('reduces English inflected forms to one stem', () => {
    expect(stem('cities', 'en')).toBe(stem('city', 'en'));
    expect(stem('irrigated', 'en')).toBe(stem('irrigation', 'en'));
  });
});

describe('matchKeys', () => {
  it('lets Romanian without diacritics meet Romanian with them', () => {
    expect(shareKey(matchKeys('irigatii', 'ro'), matchKeys('irigații', 'ro'))).toBe(true);
    expect(shareKey(matchKeys('orasele', 'ro'), matchKeys('orașelor', 'ro'))).toBe(true);
  });

  it('lets German ae/oe/ue spellings meet umlauts', () => {
    expect(shareKey(matchKeys('bewaesserung', 'de'), matchKeys('bewässerung', 'de'))).toBe(true);
    expect(shareKey(matchKeys('Bewässerungssysteme', 'de'), matchKeys('bewaesserungssystem', 'de'))).toBe(true);
  });

  it('lets the singular meet the plural where Snowball stems them apart', () => {
    // German Snowball reads the "-em" of "System" as a case ending: singular and plural differ.
    expect(stem('bewässerungssystem', 'de')).not.toBe(stem('bewässerungssysteme', 'de'));
    expect(shareKey(matchKeys('bewässerungssystem', 'de'), matchKeys('Bewässerungssysteme', 'de'))).toBe(true);
  });

  it('keeps the unstemmed word so uneven Hungarian stems still meet', () => {
    expect(stem('fórum', 'hu')).not.toBe(stem('fórumokat', 'hu'));
    expect(shareKey(matchKeys('fórum', 'hu'), matchKeys('fórumokat', 'hu'))).toBe(true);
  });

  it('does not conflate unrelated words', () => {
    expect(shareKey(matchKeys('wasser', 'de'), matchKeys('wasserstoff', 'de'))).toBe(false);
  });
});
