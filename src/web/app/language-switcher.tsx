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
      // Narrow padding and arrow, so that "Magyar" and "Română" fit beside the sign-out link on a phone.
      rightSectionWidth={18}
      styles={{ root: { flexShrink: 0 }, input: { width: 'auto', paddingInlineStart: 8, paddingInlineEnd: 20 } }}
      data-testid="language-switcher"
    />
  );
}
