import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { isEmptyOffice, OfficeContact } from '../../components/office-contact.tsx';

export function CityOffice({ office }: { office: City['office'] }) {
  const { t } = useTranslation();
  if (isEmptyOffice(office)) {
    return (
      <Text fz="sm" c="gray.7">
        {t('cities.office.none')}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <OfficeContact office={office} />
      </Stack>
    </Paper>
  );
}
