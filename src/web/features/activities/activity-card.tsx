import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivitySummary } from '../../../features/activities/activities.schemas.ts';
import { ShownLanguageNote, useShownText } from '../../components/localised-record-text.tsx';
import { readerTimeZone } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { formatActivityTimes } from './activity-time.ts';

/** The title a reader sees: in their language, else the original (see localised-text-choice). */
export function ActivityTitle({ activity }: { activity: Pick<ActivitySummary, 'title' | 'originalLang' | 'key'> }) {
  const shown = useShownText(activity.title, activity.originalLang);
  return (
    <>
      <Anchor component={Link} to={`/activities/${encodeURIComponent(activity.key)}`} fw={600} lang={shown?.lang} style={{ overflowWrap: 'anywhere' }}>
        {shown?.text ?? activity.key}
      </Anchor>
      <ShownLanguageNote shown={shown} />
    </>
  );
}

/** "Dortmund" or "Online". */
export function ActivityPlace({ activity }: { activity: Pick<ActivitySummary, 'hostCity'> }) {
  const { t } = useTranslation();
  return <>{activity.hostCity ? activity.hostCity.name : t('activities.online')}</>;
}

/** One activity in a list: kind, title, local time (zone named when not the reader's), place, places taken, the reader's own status. */
export function ActivityCard({ activity }: { activity: ActivitySummary }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const cancelled = activity.status === 'cancelled';
  return (
    <Paper component="article" withBorder p="sm" radius="md" aria-label={activity.title[activity.originalLang] ?? activity.key}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="indigo" tt="none">
            {t(`activities.kind.${activity.kind}`)}
          </Badge>
          {cancelled && (
            <Badge variant="filled" color="red.9" tt="none">
              {t('activities.status.cancelled')}
            </Badge>
          )}
          {activity.myStatus && activity.myStatus !== 'cancelled' && (
            <Badge variant="outline" color="teal.9" tt="none">
              {t(`activities.myStatus.${activity.myStatus}`)}
            </Badge>
          )}
        </Group>
        <div style={{ textDecoration: cancelled ? 'line-through' : undefined }}>
          <ActivityTitle activity={activity} />
        </div>
        <Text fz="sm">{formatActivityTimes(activity, lang, readerTimeZone())}</Text>
        <Text fz="sm" c="gray.7">
          <ActivityPlace activity={activity} /> ·{' '}
          {activity.capacity === null
            ? t('activities.registeredCount', { count: activity.registered })
            : t('activities.registeredOfCapacity', { count: activity.registered, capacity: activity.capacity })}
        </Text>
      </Stack>
    </Paper>
  );
}
