import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../shared/locales.ts';
import type { LocalisedTexts } from '../../shared/localised-texts.schemas.ts';
import { languageName } from '../lib/intl-names.ts';
import { chooseText, type ShownText } from '../../shared/localised-text-choice.ts';
import { uiLanguage } from '../lib/ui-language.ts';

/** The text of a record a reader sees (see chooseText), or undefined when it has none. */
export function useShownText(texts: LocalisedTexts | undefined, originalLang: UiLocale): ShownText | undefined {
  const { i18n } = useTranslation();
  return chooseText(texts, originalLang, uiLanguage(i18n));
}

/**
 * The note under a text shown in another language than the reader's: which language it is, and
 * whether it is the original. Nothing when the reader's own language is shown.
 */
export function ShownLanguageNote({ shown }: { shown: ShownText | undefined }) {
  const { t, i18n } = useTranslation();
  if (!shown?.fallback) return null;
  const language = languageName(shown.lang, uiLanguage(i18n));
  return (
    <Text component="span" fz="xs" c="gray.7" fs="italic" display="block">
      {shown.original ? t('common.localisedText.shownInOriginal', { language }) : t('common.localisedText.shownIn', { language })}
    </Text>
  );
}
