import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyActivities } from '../../../features/activities/activities.schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { readerTimeZone } from '../../lib/date-format.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useMyActivities } from './activities-api.ts';
import { formatActivityTimes } from './activity-time.ts';

type Item = MyActivities['items'][number];

function MyActivity({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const title = chooseText(item.title, 'en', lang);
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color="indigo" tt="none">
          {t(`activities.kind.${item.kind}`)}
        </Badge>
        <Badge variant="outline" color="teal.9" tt="none">
          {item.status === 'waiting' && item.waitingPosition
            ? t('activities.registration.waitingPosition', { position: item.waitingPosition })
            : t(`activities.myStatus.${item.status}`)}
        </Badge>
        {item.activityStatus === 'cancelled' && (
          <Badge variant="filled" color="red.9" tt="none">
            {t('activities.status.cancelled')}
          </Badge>
        )}
      </Group>
      <Anchor component={Link} to={`/activities/${encodeURIComponent(item.key)}`} fw={600} lang={title?.lang} display="block" mt={4}>
        {title?.text ?? item.key}
      </Anchor>
      <Text fz="sm">{formatActivityTimes(item, lang, readerTimeZone())}</Text>
    </Paper>
  );
}

/** /me/activities: what the signed-in member registered for, upcoming first. */
export function MyActivitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('activities.mine.title'));
  const mine = useMyActivities();
  return (
    <RequireRole>
      <Stack gap="lg">
        <PageHeader title={t('activities.mine.title')} intro={t('activities.mine.intro')} />
        <QueryState query={mine}>
          {(data) =>
            data.items.length ? (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.items.map((item) => (
                  <MyActivity key={item.participantId} item={item} />
                ))}
              </Stack>
            ) : (
              <EmptyState title={t('activities.mine.none')} />
            )
          }
        </QueryState>
      </Stack>
    </RequireRole>
  );
}
