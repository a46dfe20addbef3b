import type { ConceptTagger } from './concept-tagger.ts';
import { detectLanguage } from './detect-language.ts';

export interface EvalItem {
  id: string;
  /** The true language of the text. */
  language: string;
  /** The language the author declared; absent where the tagger has to detect it. */
  lang?: string;
  text: string;
  expected: string[];
}

export interface Counts {
  texts: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ItemOutcome {
  id: string;
  language: string;
  expected: string[];
  proposed: string[];
  missed: string[];
  extra: string[];
  detected: string | null;
}

export interface EvaluationReport {
  byLanguage: Map<string, Counts>;
  overall: Counts;
  detection: { correct: number; total: number; undeclaredCorrect: number; undeclared: number };
  items: ItemOutcome[];
}

/** Micro-averaged precision, recall and F1 (0 where undefined). */
export function microScores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Runs a tagger over labelled texts and counts hits, misses and extras per language. */
export function evaluateTagger(tagger: ConceptTagger, items: readonly EvalItem[]): EvaluationReport {
  const byLanguage = new Map<string, Counts>();
  const overall: Counts = { texts: 0, tp: 0, fp: 0, fn: 0 };
  const detection = { correct: 0, total: 0, undeclaredCorrect: 0, undeclared: 0 };
  const outcomes: ItemOutcome[] = [];
  for (const item of items) {
    const result = tagger.tag(item.text, { lang: item.lang });
    const proposed = result.concepts.map((c) => c.key);
    const expected = new Set(item.expected);
    const tp = proposed.filter((k) => expected.has(k)).length;
    const counts = byLanguage.get(item.language) ?? { texts: 0, tp: 0, fp: 0, fn: 0 };
    byLanguage.set(item.language, counts);
    for (const c of [counts, overall]) {
      c.texts += 1;
      c.tp += tp;
      c.fp += proposed.length - tp;
      c.fn += expected.size - tp;
    }
    const detected = detectLanguage(item.text);
    detection.total += 1;
    if (detected === item.language) detection.correct += 1;
    if (!item.lang) {
      detection.undeclared += 1;
      if (result.lang === item.language) detection.undeclaredCorrect += 1;
    }
    outcomes.push({
      id: item.id,
      language: item.language,
      expected: item.expected,
      proposed,
      missed: item.expected.filter((k) => !proposed.includes(k)),
      extra: proposed.filter((k) => !expected.has(k)),
      detected,
    });
  }
  return { byLanguage, overall, detection, items: outcomes };
}
