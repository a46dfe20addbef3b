import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown in the main area while a page's code loads (each page is its own chunk, see router.tsx). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-hidden size="sm" mr="sm" />
      <Text c="dimmed">{t('common.loading')}</Text>
    </Center>
  );
}
