import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { SectionHeading } from '../../components/section-heading.tsx';

export function MemberOrganisationsSection({ groups }: { groups: Partnership['memberOrganisations'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organisations-heading">
      <SectionHeading id="organisations-heading" title={t('partnerships.organisations.title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {groups.map((group) => (
          <Paper key={group.city.id} withBorder p="md" radius="md">
            <Stack gap="xs">
              <Title order={3} fz="md">
                {t('partnerships.organisations.inCity', { city: group.city.name })}
              </Title>
              {group.organisations.length === 0 ? (
                <Text fz="sm" c="gray.7">
                  {t('partnerships.organisations.empty')}
                </Text>
              ) : (
                <Stack component="ul" gap={4} m={0} pl="md">
                  {group.organisations.map((org) => (
                    <li key={org.id}>
                      <Anchor component={Link} to={`/organisations/${org.key}`} fz="sm">
                        {org.name}
                      </Anchor>
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
