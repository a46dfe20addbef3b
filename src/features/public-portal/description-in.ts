import { chooseText } from '../../shared/localised-text-choice.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';

/**
 * A record's description (texts in a list, the first written first) as a reader of `lang` sees it:
 * their language's text, else the original (the first), marked by chooseText.
 */
export function descriptionIn(description: readonly { lang?: string | null; text: string }[], lang: UiLocale) {
  const first = description[0]?.lang;
  const original = (first && (uiLocales as readonly string[]).includes(first) ? first : lang) as UiLocale;
  return chooseText(
    textsByLanguage(
      description.map((d) => ({ lang: d.lang ?? undefined, text: d.text })),
      original,
    ),
    original,
    lang,
  );
}
