import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../features/people/people.schemas.ts';

/** The contact people the API lets this reader see. */
export function OrganisationPeople({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  if (!people.length) return <Text c="gray.7">{t('organisations.detail.noPeople')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {people.map((p) => (
        <li key={p.id}>
          <Text fw={600}>{p.name}</Text>
          {p.roleTitle && (
            <Text fz="sm" c="gray.7">
              {p.roleTitle}
            </Text>
          )}
          {p.email && (
            <Anchor href={`mailto:${p.email}`} fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {p.email}
            </Anchor>
          )}
          {p.phone && (
            <Text fz="sm">
              <Anchor href={`tel:${p.phone.replace(/\s+/g, '')}`}>{p.phone}</Anchor>
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
