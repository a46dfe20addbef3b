import { francAll } from 'franc-min';
import { tokenize } from './normalize-text.ts';

export const detectableLanguages = ['de', 'ro', 'en', 'hu'] as const;
export type DetectableLanguage = (typeof detectableLanguages)[number];

const fromIso3: Record<string, DetectableLanguage> = { deu: 'de', ron: 'ro', eng: 'en', hun: 'hu' };

/**
 * Function words that are frequent in one of the four languages and rare in the others. Words
 * shared between them ("in", "an", "is", "be", "de") are left out on purpose; the Hungarian
 * article "a" is also a Romanian word and counts only half.
 */
const stopwords: Record<DetectableLanguage, ReadonlySet<string>> = {
  de: new Set('der die das und ist nicht ein eine einen einem einer mit für auf von zu im den dem des sich wir sie es auch bei nach aus wie über unter oder aber werden wird sind hat haben kann können möchten suchen bieten unser unsere unseren unserer zum zur vom durch als noch nur sehr gern ihre ihren wer'.split(' ')),
  ro: new Set('și si în cu pentru la din pe care este sunt un o al ale unei unui sau dar mai ca să sa ne nostru noastră noastre noștri căutăm cautam oferim dorim prin despre acest această aceasta către catre fi au fost între intre de'.split(' ')),
  en: new Set('the and of to is are for with on at by from this that we our will can which as or it its their they has have been would should who into about you your looking offer seek'.split(' ')),
  hu: new Set('a az és hogy nem egy van meg ez vagy mint már csak ki fel számára között után szeretnénk keresünk valamint illetve minden több amely aki ahol mert által során vagyunk kínál keres'.split(' ')),
};

/** Letters that point at one language (ă, ș, ț, â, î → Romanian; ő, ű → Hungarian; ä, ß → German). */
function letterSignals(word: string, scores: Record<DetectableLanguage, number>): void {
  if (/[ăâîșț]/.test(word)) scores.ro += 1;
  if (/[őű]/.test(word)) scores.hu += 1.5;
  if (/[áéíóú]/.test(word)) scores.hu += 1;
  if (/[äß]/.test(word)) scores.de += 1;
  if (/[öü]/.test(word) && !/[őűáéíóú]/.test(word)) {
    scores.de += 0.5;
    scores.hu += 0.5;
  }
}

export interface LanguageScores {
  signals: Record<DetectableLanguage, number>;
  trigram: { lang: DetectableLanguage; score: number }[];
}

/** The evidence behind a detection: stopword and letter signals, and franc's trigram ranking. */
export function languageScores(text: string): LanguageScores {
  const signals: Record<DetectableLanguage, number> = { de: 0, ro: 0, en: 0, hu: 0 };
  for (const { text: word } of tokenize(text)) {
    if (/^\p{N}+$/u.test(word)) continue;
    for (const lang of detectableLanguages) {
      if (stopwords[lang].has(word)) signals[lang] += lang === 'hu' && word === 'a' ? 0.5 : 1;
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

/**
 * The language of a text among de, ro, en and hu, or null when the evidence is too thin or
 * contradictory. Trigram statistics (franc) are reliable on sentences; on short texts the
 * function words and language-specific letters decide.
 */
export function detectLanguage(text: string): DetectableLanguage | null {
  const { signals, trigram } = languageScores(text);
  const ranked = [...detectableLanguages].sort((a, b) => signals[b] - signals[a]);
  const [best, second] = ranked;
  const s1 = signals[best];
  const s2 = signals[second];
  const signalLang = s1 > 0 && s1 > s2 ? best : null;
  const signalClear = signalLang !== null && s1 >= 2 && s1 >= 2 * s2;

  const top = trigram[0];
  const margin = top ? top.score - (trigram[1]?.score ?? 0) : 0;
  const trigramLang = top && margin > 0 ? top.lang : null;
  const trigramClear = trigramLang !== null && margin >= 0.1 && text.trim().length >= 40;

  if (signalLang && signalLang === trigramLang) return signalLang;
  if (signalClear && trigramClear) return s1 >= 3 ? signalLang : trigramLang;
  if (signalClear) return signalLang;
  if (trigramClear && signals[trigramLang] >= s1 / 2) return trigramLang;
  if (trigramLang && margin >= 0.05 && signals[trigramLang] > 0 && signals[trigramLang] === s1) return trigramLang;
  return null;
}
