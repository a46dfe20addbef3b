import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('common.notFound.title'));
  return (
    <Stack>
      <Title order={1}>{t('common.notFound.title')}</Title>
      <Text>{t('common.notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('common.notFound.home')}
      </Anchor>
    </Stack>
  );
}
