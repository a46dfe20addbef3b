import { describe, expect, it } from 'vitest';
import { commonSpelling } from './common-spelling.ts';
import { evidenceTerms, isCodeLike, wordsBehindTerms } from './evidence-terms.ts';

const shared = (a: string, b: string) => evidenceTerms(a).filter((t) => evidenceTerms(b).includes(t));

describe('evidence terms', () => {
  it('lets cognates meet across the four languages', () => {
    expect(shared('Palliativversorgung für Hospize', 'îngrijiri paliative')).toEqual(['~paliat']);
    expect(shared('palliatív ellátás', 'palliative care')).toEqual(['~paliat']);
    expect(shared('Telemedizin', 'telemedicină')).toEqual(['~teleme']);
    expect(commonSpelling('klinik')).toBe(commonSpelling('clinic'));
  });

  it('keeps codes and acronyms whole, in any case, and splits them from the words glued to them', () => {
    expect(evidenceTerms('LoRaWAN-Sensoren nach ISO 27001')).toEqual(['#iso', '#lorawan', '~sensor']);
    expect(evidenceTerms('CAR-T therapy')).toContain('#car-t');
    expect(isCodeLike('Dortmund')).toBe(false);
    expect(isCodeLike('BIM')).toBe(true);
    expect(isCodeLike('5G')).toBe(true);
  });

  it('leaves out function words and the words every offer uses', () => {
    expect(evidenceTerms('Wir suchen Partner für gemeinsame Projekte und Erfahrungsaustausch')).toEqual(['~erfahr']);
    expect(evidenceTerms('We are looking for partners and offer our experience in projects')).toEqual([]);
    expect(evidenceTerms('Căutăm parteneri pentru proiecte comune')).toEqual([]);
  });

  it('quotes the words behind shared terms as written', () => {
    expect(wordsBehindTerms('Wir suchen Palliativversorgung und LoRaWAN', new Set(['~paliat', '#lorawan']))).toEqual(['Palliativversorgung', 'LoRaWAN']);
  });
});
