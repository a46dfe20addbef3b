import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { SectionHeading } from './section-heading.tsx';

export function OfficesSection({ offices }: { offices: Partnership['offices'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="offices-heading">
      <SectionHeading id="offices-heading" title={t('partnerships.offices.title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {offices.map((office) => {
          const empty = !office.name && !office.address && !office.email && !office.phone;
          return (
            <Paper key={office.city.id} withBorder p="md" radius="md">
              <Stack gap={6}>
                <Title order={3} fz="md">
                  <Anchor component={Link} to={`/cities/${office.city.key}`} inherit>
                    {office.city.name}
                  </Anchor>
                </Title>
                {empty && (
                  <Text fz="sm" c="gray.7">
                    {t('partnerships.offices.none')}
                  </Text>
                )}
                {office.name && <Text fw={600}>{office.name}</Text>}
                {office.address && (
                  <Text component="address" fz="sm" fs="normal" style={{ whiteSpace: 'pre-line' }}>
                    {office.address}
                  </Text>
                )}
                {office.email && (
                  <Text fz="sm">
                    {t('partnerships.offices.email')}: <Anchor href={`mailto:${office.email}`}>{office.email}</Anchor>
                  </Text>
                )}
                {office.phone && (
                  <Text fz="sm">
                    {t('partnerships.offices.phone')}: <Anchor href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>{office.phone}</Anchor>
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
