import { describe, expect, it } from 'vitest';
import { getTaxonomy } from '../taxonomy/taxonomy.ts';
import type { ConceptTagger } from './concept-tagger.ts';
import evalSet from './tagging-eval-set.json' with { type: 'json' };
import { evaluateTagger, microScores, type EvalItem } from './tagging-metrics.ts';

describe('microScores', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(microScores({ texts: 1, tp: 3, fp: 1, fn: 3 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(microScores({ texts: 0, tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('evaluateTagger', () => {
  it('counts hits, extras and misses of any ConceptTagger per language', () => {
    const fixed: ConceptTagger = {
      tag: () => ({
        lang: 'de',
        concepts: [
          { key: 'hydrogen', confidence: 0.9, evidence: ['H2'] },
          { key: 'cycling', confidence: 0.6, evidence: ['Rad'] },
        ],
      }),
    };
    const items: EvalItem[] = [
      { id: 'a', language: 'de', text: 'Wir bauen eine Wasserstoffwirtschaft auf und suchen Partner.', expected: ['hydrogen', 'eu-funding'] },
      { id: 'b', language: 'ro', lang: 'ro', text: 'Căutăm parteneri pentru hidrogen verde.', expected: ['hydrogen'] },
    ];
    const report = evaluateTagger(fixed, items);
    expect(report.byLanguage.get('de')).toEqual({ texts: 1, tp: 1, fp: 1, fn: 1 });
    expect(report.byLanguage.get('ro')).toEqual({ texts: 1, tp: 1, fp: 1, fn: 0 });
    expect(report.overall).toEqual({ texts: 2, tp: 2, fp: 2, fn: 1 });
    expect(report.detection).toEqual({ correct: 2, total: 2, undeclaredCorrect: 1, undeclared: 1 });
    expect(report.items[0]).toMatchObject({ missed: ['eu-funding'], extra: ['cycling'] });
  });
});

describe('tagging evaluation set', () => {
  const items = evalSet.items as EvalItem[];

  it('has at least 80 texts, at least 20 per language, some without a declared language', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['de', 'ro', 'en', 'hu']) expect(items.filter((i) => i.language === lang).length, lang).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => !i.lang).length).toBeGreaterThanOrEqual(8);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('labels only with concepts of the taxonomy', () => {
    const taxonomy = getTaxonomy();
    for (const item of items) {
      expect(item.expected.length, item.id).toBeGreaterThan(0);
      for (const key of item.expected) expect(taxonomy.concept(key), `${item.id}: ${key}`).toBeDefined();
      if (item.lang) expect(item.lang).toBe(item.language);
    }
  });
});
