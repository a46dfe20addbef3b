import { useTranslation } from 'react-i18next';
import type { LocalisedTexts } from '../../../shared/localised-texts.schemas.ts';
import type { UiLocale } from '../../../shared/locales.ts';
import { chooseText, type ShownText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

/**
 * The texts of a programme and of its goals, measures and indicators are shown in the reader's
 * language when written in it, else in the programme's original language (chooseText).
 */
export function useTextChooser(originalLang: UiLocale | null | undefined) {
  const { i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  return (texts: LocalisedTexts | undefined): ShownText | undefined => chooseText(texts, originalLang ?? 'en', lang);
}
