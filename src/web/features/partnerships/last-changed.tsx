import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/labels.ts';

/** "Last changed by X on date"; the public sees only the date. */
export function LastChanged({ at, by }: { at: string; by?: string | null }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(at, i18n.resolvedLanguage ?? 'en');
  return (
    <Text fz="xs" c="gray.7">
      {by ? t('partnerships.header.lastChangedBy', { name: by, date }) : t('partnerships.header.lastChanged', { date })}
    </Text>
  );
}
