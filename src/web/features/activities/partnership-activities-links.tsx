import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartnershipActivities } from './activities-api.ts';

/** On the partnership's page: its activities (with the number coming) and its action programme. */
export function PartnershipActivitiesLinks({ partnership }: { partnership: { id: string; key: string } }) {
  const { t } = useTranslation();
  const upcoming = usePartnershipActivities(partnership.id, { when: 'upcoming' });
  const key = encodeURIComponent(partnership.key);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="partnership-activities">
      <Title order={2} fz="h4" id="partnership-activities" mb="xs">
        {t('activities.links.activities')}
      </Title>
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to={`/partnerships/${key}/activities`}>
          {t('activities.links.activities')}
        </Anchor>
        {upcoming.data && <Text fz="sm">{t('activities.links.upcoming', { count: upcoming.data.items.length })}</Text>}
        <Anchor component={Link} to={`/partnerships/${key}/programme`}>
          {t('activities.links.programme')}
        </Anchor>
      </Group>
    </Paper>
  );
}
