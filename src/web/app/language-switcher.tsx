import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLocaleOptions } from '../lib/language-options.ts';
import { uiLanguage } from '../lib/ui-language.ts';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('common.language')}
      size="xs"
      value={uiLanguage(i18n)}
      onChange={(e) => void i18n.changeLanguage(e.currentTarget.value)}
      data={uiLocaleOptions()}
      data-testid="language-switcher"
    />
  );
}
