import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLocales } from '../../shared/locales.ts';
import { languageNames } from '../lib/i18n.ts';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('common.language')}
      size="xs"
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(e) => void i18n.changeLanguage(e.currentTarget.value)}
      data={uiLocales.map((l) => ({ value: l, label: languageNames[l] }))}
      data-testid="language-switcher"
    />
  );
}
