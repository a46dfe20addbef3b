import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { languageNames } from '../../lib/i18n.ts';

/** Which language the text fields of a goal or measure form show; the other languages' texts are kept. */
export function EditLanguageSelect({ value, onChange, filled }: { value: UiLocale; onChange: (lang: UiLocale) => void; filled: UiLocale[] }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('common.localisedText.editLanguage')}
      description={t('common.localisedText.editLanguageHint')}
      data={uiLocales.map((l) => ({
        value: l,
        label: filled.includes(l) ? languageNames[l] : t('common.localisedText.notYetWritten', { language: languageNames[l] }),
      }))}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as UiLocale)}
    />
  );
}
