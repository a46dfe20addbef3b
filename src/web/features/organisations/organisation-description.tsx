import { Box, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { languageLabel } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

/** Every description text, the reader's language first, each marked with its language. */
export function OrganisationDescription({ description }: { description: Organisation['description'] }) {
  const { t, i18n } = useTranslation();
  if (!description.length) {
    return <Text c="gray.7">{t('organisations.detail.noDescription')}</Text>;
  }
  const ordered = [...description].sort((a, b) => Number(b.lang === uiLanguage(i18n)) - Number(a.lang === uiLanguage(i18n)));
  return (
    <Stack gap="sm">
      {ordered.map((d, i) => (
        <Paper key={`${d.lang}-${i}`} withBorder p="md" radius="md">
          {d.lang && (
            <Box mb="xs">
              <StatusBadge color="gray">{t('organisations.detail.writtenIn', { language: languageLabel(d.lang, uiLanguage(i18n)) })}</StatusBadge>
            </Box>
          )}
          <Text lang={d.lang ?? undefined} style={{ whiteSpace: 'pre-line' }}>
            {d.text}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
