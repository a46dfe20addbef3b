import { useEffect, useState } from 'react';
import type { ItemRow } from './organisation-form-model.ts';

/** The language of a text among de, ro, en and hu, or null when the text does not tell. */
export type DetectLanguage = (text: string) => string | null;

/**
 * An edit of an offer or request row, with its language kept in step with its text: while the
 * editor has not chosen the language, it is the one the title and text are written in (estimated
 * as the tagger does), so English typed in an English interface is not saved as German. Choosing
 * a language ends that; a text too short to tell keeps what was there. Without a detector (still
 * loading) the language stays as it is.
 */
export function editItemRow(row: ItemRow, patch: Partial<ItemRow>, detect: DetectLanguage | null): Partial<ItemRow> {
  if ('lang' in patch) return { ...patch, langChosen: true };
  if (!detect || row.langChosen || !('title' in patch || 'text' in patch)) return patch;
  const next = { ...row, ...patch };
  const estimated = detect([next.title, next.text].filter((s) => s.trim()).join('\n'));
  return estimated && estimated !== row.lang ? { ...patch, lang: estimated } : patch;
}

/**
 * The tagger's language estimation (franc's trigram tables, some 100 kB), loaded with the editor
 * rather than with every page.
 */
export function useLanguageDetector(): DetectLanguage | null {
  const [detect, setDetect] = useState<DetectLanguage | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../../features/tagging/detect-language.ts').then((m) => live && setDetect(() => m.detectLanguage));
    return () => {
      live = false;
    };
  }, []);
  return detect;
}
