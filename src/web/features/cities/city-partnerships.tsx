import { Anchor, Badge, Group, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { EmptyState } from '../../components/query-state.tsx';

export function CityPartnerships({ partnerships }: { partnerships: City['partnerships'] }) {
  const { t } = useTranslation();
  if (!partnerships.length) return <EmptyState title={t('cities.partnerships.empty')} />;
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {partnerships.map((p) => (
        <Group component="li" key={p.id} gap="sm" wrap="wrap">
          <Anchor component={Link} to={`/partnerships/${p.key}`} fw={600}>
            {p.name}
          </Anchor>
          <Badge variant="light" color="gray" tt="none">
            <VisuallyHidden>{t('partnerships.fields.status')}: </VisuallyHidden>
            {t(`partnerships.statuses.${p.status}`, { defaultValue: p.status })}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}
