import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../features/activities/activities.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { countryName } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useParticipants } from './activities-api.ts';

/** Who takes part, as far as their consent allows: names of those who agreed to be listed, counts for the public. */
export function ActivityParticipantsSection({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const participants = useParticipants(activity.id);
  const lang = uiLanguage(i18n);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-participants">
      <Title order={2} fz="h4" id="activity-participants" mb="xs">
        {t('activities.detail.participants')}
      </Title>
      <QueryState query={participants}>
        {(list) => {
          const shown = list.items.filter((p) => p.status === 'registered');
          return (
            <Stack gap="xs">
              <Text fz="sm">
                {t('activities.registeredCount', { count: list.counts.registered })}
                {list.counts.waiting > 0 ? ` · ${t('activities.registration.waitingCount', { count: list.counts.waiting })}` : ''}
              </Text>
              {list.scope !== 'counts' && shown.length > 0 && (
                <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {shown.map((p) => (
                    <Text component="li" key={p.id} fz="sm">
                      {p.displayName}
                      {p.organisation.name ? ` · ${p.organisation.name}` : ''} · {countryName(p.country, lang)}
                    </Text>
                  ))}
                </Stack>
              )}
              {list.scope === 'listed' && (
                <Text fz="xs" c="gray.7">
                  {t('activities.detail.listedOnly')}
                </Text>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
