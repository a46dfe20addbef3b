import { describe, expect, it } from 'vitest';
import { compoundPartsText, partsOfCompound, queryWithCompoundsApart, queryWordParts } from './search-compounds.ts';
import { hasCompoundWord } from './search-query.ts';

describe('partsOfCompound', () => {
  it('gives the parts of a German compound, and the parts of a part that is a compound itself', () => {
    expect(partsOfCompound('Breitensportverein', 'de')).toEqual(expect.arrayContaining(['sport', 'verein']));
    expect(partsOfCompound('Jugendmannschaften', 'de')).toEqual(expect.arrayContaining(['jugend', 'mannschaft']));
    expect(partsOfCompound('Photovoltaikanlagen', 'de')).toEqual(expect.arrayContaining(['photovoltaik', 'anlagen']));
  });

  it('folds as the index does (unaccent): umlauts lose their dots, not become ae/oe/ue', () => {
    expect(partsOfCompound('Stadtentwässerung', 'de')).toContain('entwasserung');
  });

  it('gives the parts of a Hungarian compound', () => {
    expect(partsOfCompound('szoftverfejlesztés', 'hu')).toEqual(['szoftver', 'fejlesztes']);
    expect(partsOfCompound('tömegközlekedés', 'hu')).toEqual(['tomeg', 'kozlekedes']);
  });

  it('leaves alone a word its parts do not spell but for an ending, and short words', () => {
    // "Dort|mund|er": the unknown stretch before "mund" means the word is not made of it.
    expect(partsOfCompound('Dortmunder', 'de')).toEqual([]);
    expect(partsOfCompound('Verein', 'de')).toEqual([]);
    // A part has no ending: "mann|schaf|t" is not how "mannschaft" is made.
    expect(partsOfCompound('Jugendmannschaften', 'de')).not.toContain('schaf');
  });

  it('accepts an everyday three-letter noun as the first part only', () => {
    expect(partsOfCompound('Gasversorgung', 'de')).toEqual(expect.arrayContaining(['gas', 'versorgung']));
    expect(partsOfCompound('vízszolgáltató', 'hu')).toEqual(expect.arrayContaining(['viz', 'szolgaltato']));
  });

  it('never gives the word itself', () => {
    expect(partsOfCompound('Jugendmannschaft', 'de')).not.toContain('jugendmannschaft');
  });
});

describe('compoundPartsText', () => {
  it('collects the parts of every compound of a German or Hungarian text, once each', () => {
    const text = compoundPartsText('Breitensportverein mit Seniorensport und Jugendmannschaften', 'de').split(' ');
    expect(text).toEqual(expect.arrayContaining(['sport', 'verein', 'senioren', 'jugend']));
    expect(text.filter((w) => w === 'sport')).toHaveLength(1);
  });

  it('gives nothing for languages that write compounds apart', () => {
    expect(compoundPartsText('Breitensportverein', 'en')).toBe('');
    expect(compoundPartsText('Breitensportverein', null)).toBe('');
  });
});

describe('queryWordParts', () => {
  it('reads a query compound as its parts, all of them required', () => {
    expect(queryWordParts('Sportverein')).toContainEqual(['sport', 'verein']);
    expect(queryWordParts('energiahatékonyság')).toContainEqual(['energia', 'hatekonysag']);
  });

  it('gives no reading for a word that is not made of known parts', () => {
    expect(queryWordParts('Daseinsvorsorge')).toEqual([]);
    expect(queryWordParts('Dortmund')).toEqual([]);
  });
});

describe('a compound with a typo in its last part', () => {
  it('is read as its known first part and the one word its last part is an edit away from', () => {
    expect(queryWordParts('vízszolgátató')).toEqual([['viz', 'szolgaltato']]);
  });

  it('is left alone when its last part is short (too many neighbours)', () => {
    expect(queryWordParts('Sportvrein')).toEqual([]);
  });
});

describe('queryWithCompoundsApart', () => {
  it('writes each compound of the query as its parts, for the taggers', () => {
    expect(queryWithCompoundsApart('vízszolgáltató Kolozsvár')).toBe('viz szolgaltato Kolozsvár');
  });

  it('is empty when the query holds no compound', () => {
    expect(queryWithCompoundsApart('water utility')).toBe('');
  });
});

describe('hasCompoundWord (search-query.ts: whether the query needs compiling without its parts too)', () => {
  it('is true when a word of the query is read as its parts, punctuation aside', () => {
    expect(hasCompoundWord('Sportverein Jugend')).toBe(true);
    expect(hasCompoundWord('Sportverein,')).toBe(true);
  });

  it('is false without compounds, and for a query in websearch syntax (read as written)', () => {
    expect(hasCompoundWord('water utility')).toBe(false);
    expect(hasCompoundWord('"Sportverein" -Fußball')).toBe(false);
  });
});
