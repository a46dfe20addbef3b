import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/labels.ts';
import { uiLanguage } from '../lib/ui-language.ts';

/** "Last changed by X on date"; the public sees only the date. */
export function LastChanged({ at, by }: { at: string; by?: string | null }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(at, uiLanguage(i18n));
  return (
    <Text fz="xs" c="gray.7">
      {by ? t('common.lastChangedBy', { name: by, date }) : t('common.lastChanged', { date })}
    </Text>
  );
}
