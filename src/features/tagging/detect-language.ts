import { francAll } from 'franc-min';
import { foldGerman, stripDiacritics, tokenize } from './normalize-text.ts';

export const detectableLanguages = ['de', 'ro', 'en', 'hu'] as const;
export type DetectableLanguage = (typeof detectableLanguages)[number];

const fromIso3: Record<string, DetectableLanguage> = { deu: 'de', ron: 'ro', eng: 'en', hun: 'hu' };

/**
 * Function words (and the verbs every offer and request starts with) that are frequent in one of
 * the four languages and rare in the others. Words shared between them ("in", "an", "is", "be")
 * are left out on purpose.
 */
const stopwords: Record<DetectableLanguage, ReadonlySet<string>> = {
  de: new Set(
    'der die das und ist nicht ein eine einen einem einer mit für auf von zu im den dem des sich wir sie es auch bei nach aus wie über unter oder aber werden wird sind hat haben kann können möchten suchen bieten unser unsere unseren unserer zum zur vom durch als noch nur sehr gern ihre ihren wer'.split(
      ' ',
    ),
  ),
  ro: new Set(
    'și si în cu pentru la din pe care este sunt un o al ale unei unui sau dar mai ca să sa ne nostru noastră noastre noștri căutăm cautam oferim dorim prin despre acest această aceasta către catre fi au fost între intre de dintre fără fara asupra lor lui aceste acestui'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to is are for with on at by from this that we our will can which as or it its their they has have been would should who into about you your looking offer seek'.split(
      ' ',
    ),
  ),
  hu: new Set(
    'a az és hogy nem egy van meg ez vagy mint már csak ki fel számára között után szeretnénk keresünk kínálunk valamint illetve minden több amely aki ahol mert által során vagyunk kínál keres'.split(
      ' ',
    ),
  ),
};

/** Written alike in several of the four languages: no evidence for any. */
const sharedWords: ReadonlySet<string> = new Set(['in', 'an', 'is', 'be']);

/**
 * Each stopword as written and as typed without diacritics (German also with ae/oe/ue/ss), with
 * the points it gives each language: a spelling that two languages share ("es": German "es",
 * Hungarian "és") counts half for each. Hungarian "a" is also Romanian and counts half.
 */
const stopwordPoints: ReadonlyMap<string, Partial<Record<DetectableLanguage, number>>> = (() => {
  const claims = new Map<string, Set<DetectableLanguage>>();
  for (const lang of detectableLanguages) {
    for (const word of stopwords[lang]) {
      for (const form of new Set([word, stripDiacritics(word), lang === 'de' ? foldGerman(word) : word])) {
        // Romanian "în" without its accent is "in", which all four languages write.
        if (sharedWords.has(form)) continue;
        claims.set(form, (claims.get(form) ?? new Set()).add(lang));
      }
    }
  }
  const points = new Map<string, Partial<Record<DetectableLanguage, number>>>();
  for (const [form, langs] of claims) points.set(form, Object.fromEntries([...langs].map((l) => [l, 1 / langs.size])));
  points.set('a', { hu: 0.5 });
  return points;
})();

/**
 * Word shapes typical of one language, for texts typed without diacritics. Each is weak
 * (half a stopword) and counts once per word; franc's trigrams carry the same knowledge but
 * need more text than a search query has.
 */
const shapes: Record<DetectableLanguage, RegExp> = {
  de: /sch|tz|(ung|ungen|heit|keit|lich|isch|schaft)$/,
  ro: /(ului|ilor|elor|eaza|ează|iune|iuni|ție|ții|ția|tie|tii|itate|itati|ități|atea|area)$/,
  en: /^th|(ing|ings|ness|ship|ly)$/,
  hu: /sz|gy|zs|cs|(ban|ben|nak|nek|hoz|hez|ból|ből|ról|ről|ság|ség|sag|seg|ása|ése|asa|ese|ünk|unk|tok|tek|ek|ok)$/,
};
const SHAPE_WEIGHT = 0.5;

/**
 * Letters that point at one language. ă, â, î, ș, ț are written only in Romanian and ő, ű only
 * in Hungarian (of the four), ä and ß only in German: near-certain evidence. á é í ó ú are
 * Hungarian but also occur in loanwords ("Café"); ö and ü are German or Hungarian, and the
 * letter groups around them decide which.
 */
function letterSignals(word: string, scores: Record<DetectableLanguage, number>): void {
  if (/[ăâîșț]/.test(word)) scores.ro += 2.5;
  if (/[őű]/.test(word)) scores.hu += 2.5;
  if (/[áéíóú]/.test(word)) scores.hu += 1.2;
  if (/[äß]/.test(word)) scores.de += 2;
  if (/[öü]/.test(word) && !/[őűáéíóú]/.test(word)) {
    if (/sz|gy|zs|cs|ny|ly|ty/.test(word)) scores.hu += 1.2;
    else if (/sch|ch|ck|tz|ei|ie|eu|pf|ung$/.test(word)) scores.de += 1.2;
    else {
      scores.de += 0.6;
      scores.hu += 0.6;
    }
  }
}

/** How much franc's trigram ranking counts: nothing below 20 characters, fully from 120 on. */
function trigramWeight(length: number): number {
  return 3 * Math.min(1, Math.max(0, (length - 20) / 100));
}

export interface LanguageScores {
  /** Points from function words, letters and word shapes. */
  signals: Record<DetectableLanguage, number>;
  /** franc's ranking restricted to the four languages (best = 1); empty for very short texts. */
  trigram: { lang: DetectableLanguage; score: number }[];
}

/** The evidence behind a detection: stopword, letter and word-shape signals, and franc's trigram ranking. */
export function languageScores(text: string): LanguageScores {
  const signals: Record<DetectableLanguage, number> = { de: 0, ro: 0, en: 0, hu: 0 };
  for (const { text: word } of tokenize(text)) {
    if (/\p{N}/u.test(word)) continue;
    const stop = stopwordPoints.get(word);
    for (const lang of detectableLanguages) {
      if (stop) signals[lang] += stop[lang] ?? 0;
      else if (word.length >= 5 && shapes[lang].test(word)) signals[lang] += SHAPE_WEIGHT;
    }
    letterSignals(word, signals);
  }
  const trigram =
    text.trim().length >= 20
      ? francAll(text, { only: Object.keys(fromIso3), minLength: 10 })
          .filter(([code]) => code in fromIso3)
          .map(([code, score]) => ({ lang: fromIso3[code], score }))
      : [];
  return { signals, trigram };
}

export interface LanguageEstimate {
  /** All four languages, most likely first; probabilities add up to 1 (uniform without evidence). */
  ranked: { lang: DetectableLanguage; probability: number }[];
  /** False when nothing in the text points at any language. */
  evidence: boolean;
}

/** Turns points into probabilities: one stopword alone gives its language about 0.6. */
const SHARPNESS = 1.5;

/**
 * How likely each language is. Signals and trigrams are added as points (trigrams count more the
 * longer the text) and turned into probabilities with a softmax, so callers can act on doubt:
 * the tagger reads an uncertain text in every plausible language.
 */
export function estimateLanguages(text: string): LanguageEstimate {
  const { signals, trigram } = languageScores(text);
  const weight = trigramWeight(text.trim().length);
  const points = { ...signals };
  for (const { lang, score } of trigram) points[lang] += weight * score;
  const evidence = detectableLanguages.some((l) => signals[l] > 0) || (trigram.length > 0 && weight > 0);
  const top = Math.max(...detectableLanguages.map((l) => points[l]));
  const exp = detectableLanguages.map((lang) => ({ lang, e: Math.exp(SHARPNESS * (points[lang] - top)) }));
  const sum = exp.reduce((s, x) => s + x.e, 0);
  const ranked = exp
    .map(({ lang, e }) => ({ lang, probability: e / sum }))
    .sort((a, b) => b.probability - a.probability || detectableLanguages.indexOf(a.lang) - detectableLanguages.indexOf(b.lang));
  return { ranked, evidence };
}

/** The best guess must be at least this likely to be named. */
const NAMED_PROBABILITY = 0.5;

/** The most likely language of an estimate, or null when none is ahead enough to name. */
export function likeliestLanguage(estimate: LanguageEstimate): DetectableLanguage | null {
  const [best] = estimate.ranked;
  return estimate.evidence && best.probability >= NAMED_PROBABILITY ? best.lang : null;
}

/**
 * The language of a text among de, ro, en and hu, or null when the evidence is too thin or
 * contradictory. Trigram statistics (franc) are reliable on sentences; on short texts the
 * function words, language-specific letters and word shapes decide.
 */
export function detectLanguage(text: string): DetectableLanguage | null {
  return likeliestLanguage(estimateLanguages(text));
}

/** Every function word of the four languages, lower case and without diacritics (for evidence-terms.ts). */
export const stopwordsOf: ReadonlySet<string> = new Set(
  detectableLanguages.flatMap((lang) => [...stopwords[lang]].flatMap((w) => [w, stripDiacritics(w), lang === 'de' ? foldGerman(w) : w])),
);
