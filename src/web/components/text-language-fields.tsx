import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import { fieldErrorFor } from '../lib/form-errors.ts';
import { languageNames } from '../lib/i18n.ts';

interface Props {
  /** The language whose texts the form's fields show and change. */
  editLang: UiLocale;
  onEditLangChange: (lang: UiLocale) => void;
  originalLang: UiLocale;
  onOriginalLangChange: (lang: UiLocale) => void;
  /** Languages that have a text in the record's title: marked in the picker. */
  filled: UiLocale[];
  error: unknown;
}

/**
 * For records with a text per language (agreements, timeline events): which language the text
 * fields edit, and which language the record was written in.
 */
export function TextLanguageFields({ editLang, onEditLangChange, originalLang, onOriginalLangChange, filled, error }: Props) {
  const { t } = useTranslation();
  const options = uiLocales.map((l) => ({
    value: l,
    label: filled.includes(l) ? languageNames[l] : t('common.localisedText.notYetWritten', { language: languageNames[l] }),
  }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t('common.localisedText.editLanguage')}
        description={t('common.localisedText.editLanguageHint')}
        data={options}
        value={editLang}
        onChange={(e) => onEditLangChange(e.currentTarget.value as UiLocale)}
      />
      <NativeSelect
        label={t('common.localisedText.originalLanguage')}
        description={t('common.localisedText.originalLanguageHint')}
        data={uiLocales.map((l) => ({ value: l, label: languageNames[l] }))}
        value={originalLang}
        onChange={(e) => onOriginalLangChange(e.currentTarget.value as UiLocale)}
        error={fieldErrorFor(error, t, 'originalLang')}
      />
    </SimpleGrid>
  );
}
