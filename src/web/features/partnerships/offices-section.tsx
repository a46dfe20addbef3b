import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { isEmptyOffice, OfficeContact } from '../../components/office-contact.tsx';
import { SectionHeading } from '../../components/section-heading.tsx';

export function OfficesSection({ offices }: { offices: Partnership['offices'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="offices-heading">
      <SectionHeading id="offices-heading" title={t('partnerships.offices.title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {offices.map((office) => (
          <Paper key={office.city.id} withBorder p="md" radius="md">
            <Stack gap={6}>
              <Title order={3} fz="md">
                <Anchor component={Link} to={`/cities/${office.city.key}`} inherit>
                  {office.city.name}
                </Anchor>
              </Title>
              {isEmptyOffice(office) && (
                <Text fz="sm" c="gray.7">
                  {t('partnerships.offices.none')}
                </Text>
              )}
              <OfficeContact office={office} />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
