import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../features/cities/cities.schemas.ts';

export function CityOffice({ office }: { office: City['office'] }) {
  const { t } = useTranslation();
  if (!office.name && !office.address && !office.email && !office.phone) {
    return (
      <Text fz="sm" c="gray.7">
        {t('cities.office.none')}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        {office.name && <Text fw={600}>{office.name}</Text>}
        {office.address && (
          <Text component="address" fz="sm" fs="normal" style={{ whiteSpace: 'pre-line' }}>
            {office.address}
          </Text>
        )}
        {office.email && (
          <Text fz="sm">
            {t('cities.office.email')}: <Anchor href={`mailto:${office.email}`}>{office.email}</Anchor>
          </Text>
        )}
        {office.phone && (
          <Text fz="sm">
            {t('cities.office.phone')}: <Anchor href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>{office.phone}</Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
