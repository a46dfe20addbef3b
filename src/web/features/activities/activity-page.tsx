import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Activity } from '../../../features/activities/activities.schemas.ts';
import { ShownLanguageNote, useShownText } from '../../components/localised-record-text.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { formatDateTime, readerTimeZone } from '../../lib/date-format.ts';
import { languageLabel } from '../../lib/intl-names.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { activityCalendarHref, useActivity, usePartnershipRecord } from './activities-api.ts';
import { ActivityFormModal } from './activity-form-modal.tsx';
import { ActivityParticipantsSection } from './activity-participants-section.tsx';
import { ActivityTextSection } from './activity-texts.tsx';
import { formatActivityTimes, localTimeOfDay } from './activity-time.ts';
import { RegistrationSection } from './registration-section.tsx';

/** /activities/:key: what, when (in the host's zone), where, the agenda and the organisers; registration; outcomes once written. */
export function ActivityPage() {
  const { key = '' } = useParams();
  const activity = useActivity(key);
  const { t, i18n } = useTranslation();
  const title = activity.data ? chooseText(activity.data.title, activity.data.originalLang, uiLanguage(i18n))?.text : undefined;
  usePageTitle(title ?? t('activities.title'));
  return <QueryState query={activity}>{(a) => <ActivityView activity={a} />}</QueryState>;
}

export const canOrganise = (a: Activity) => a.can.viewReport || a.can.addParticipant;

function Facts({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  return (
    <Stack gap={4}>
      <Text>
        <strong>{t('activities.detail.when')}:</strong> {formatActivityTimes(activity, lang, readerTimeZone())}
      </Text>
      {activity.timeZone !== readerTimeZone() && (
        <Text fz="sm" c="gray.7">
          {t('activities.detail.yourTime', { time: formatDateTime(activity.startsAt, lang, { zoneName: true }) })}
        </Text>
      )}
      <Text>
        <strong>{t('activities.detail.where')}:</strong>{' '}
        {activity.hostCity ? [activity.venue, activity.hostCity.name].filter(Boolean).join(', ') : t('activities.online')}
      </Text>
      {activity.onlineUrl && (
        <Text>
          <strong>{t('activities.detail.link')}:</strong>{' '}
          <Anchor href={activity.onlineUrl} rel="noopener noreferrer" target="_blank" style={{ overflowWrap: 'anywhere' }}>
            {activity.onlineUrl}
          </Anchor>
        </Text>
      )}
      {activity.languages.length > 0 && (
        <Text>
          <strong>{t('activities.detail.languages')}:</strong> {activity.languages.map((l) => languageLabel(l, lang)).join(', ')}
        </Text>
      )}
      <ThemeBadges themes={activity.themes} />
    </Stack>
  );
}

function Agenda({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  if (!activity.agenda.length) return null;
  const multiDay = activity.days.length > 1;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-agenda">
      <Title order={2} fz="h4" id="activity-agenda" mb="xs">
        {t('activities.detail.agenda')}
      </Title>
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {activity.agenda.map((item) => {
          const shown = chooseText(item.title, activity.originalLang, lang);
          return (
            <li key={item.id}>
              <Text fz="sm" fw={600}>
                {multiDay ? `${item.startsLocal.slice(0, 10)} ` : ''}
                {localTimeOfDay(item.startsLocal)}
                {item.endsLocal ? `–${localTimeOfDay(item.endsLocal)}` : ''}
              </Text>
              <Text lang={shown?.lang}>{shown?.text}</Text>
              {(item.speakers || item.language) && (
                <Text fz="sm" c="gray.7">
                  {[item.speakers, item.language ? languageLabel(item.language, lang) : null].filter(Boolean).join(' · ')}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}

function ActivityView({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const shown = useShownText(activity.title, activity.originalLang);
  const [editing, setEditing] = useState(false);
  const partnership = usePartnershipRecord(activity.partnership.key);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/partnerships/${encodeURIComponent(activity.partnership.key)}/activities`} fz="sm">
        {t('activities.detail.back', { partnership: activity.partnership.name })}
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="indigo" tt="none">
            {t(`activities.kind.${activity.kind}`)}
          </Badge>
          {!activity.isPublic && (
            <Badge variant="outline" color="gray.7" tt="none">
              {t('activities.detail.members')}
            </Badge>
          )}
        </Group>
        <Title order={1} lang={shown?.lang} style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
          {shown?.text ?? activity.key}
        </Title>
        <ShownLanguageNote shown={shown} />
      </Stack>
      {activity.status === 'cancelled' && (
        <Alert color="red" title={t('activities.detail.cancelledTitle')} styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
          <Text size="sm">{t('activities.detail.cancelledText')}</Text>
          <CancellationReason activity={activity} />
        </Alert>
      )}
      <Group gap="sm" wrap="wrap">
        {activity.can.edit && activity.status !== 'cancelled' && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('common.actions.edit')}
          </Button>
        )}
        {canOrganise(activity) && (
          <Button component={Link} to={`/activities/${encodeURIComponent(activity.key)}/organise`} variant="light">
            {t('activities.detail.organise')}
          </Button>
        )}
        <Button component="a" href={activityCalendarHref(activity.id)} download variant="default">
          {t('activities.detail.ics')}
        </Button>
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-facts">
              <Title order={2} fz="h4" id="activity-facts" mb="xs">
                {t('activities.detail.facts')}
              </Title>
              <Facts activity={activity} />
            </Paper>
            <ActivityTextSection
              id="activity-description"
              title={t('activities.detail.description')}
              texts={activity.description}
              originalLang={activity.originalLang}
            />
            <Agenda activity={activity} />
            <ActivityTextSection
              id="activity-outcomes"
              title={t('activities.detail.outcomes')}
              texts={activity.outcomes}
              originalLang={activity.originalLang}
            />
            <ActivityTextSection id="activity-minutes" title={t('activities.detail.minutes')} texts={activity.minutes} originalLang={activity.originalLang} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {activity.status !== 'cancelled' && <RegistrationSection activity={activity} />}
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-organisers">
              <Title order={2} fz="h4" id="activity-organisers" mb="xs">
                {t('activities.detail.organisers')}
              </Title>
              {activity.organisers.length ? (
                <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {activity.organisers.map((o) => (
                    <li key={o.id}>
                      <Anchor component={Link} to={`/organisations/${encodeURIComponent(o.key)}`}>
                        {o.name}
                      </Anchor>
                    </li>
                  ))}
                </Stack>
              ) : (
                <Text c="gray.7">{t('activities.detail.noOrganisers')}</Text>
              )}
              {activity.project && (
                <Text mt="xs">
                  {t('activities.detail.project')}:{' '}
                  <Anchor component={Link} to={`/projects/${activity.project.id}`}>
                    {activity.project.title}
                  </Anchor>
                </Text>
              )}
              {activity.measure && (
                <Text mt="xs">
                  {t('activities.detail.measure')}:{' '}
                  <Anchor component={Link} to={`/partnerships/${encodeURIComponent(activity.partnership.key)}/programme`}>
                    {chooseText(activity.measure.title, activity.originalLang, uiLanguage(i18n))?.text ?? activity.measure.key}
                  </Anchor>
                </Text>
              )}
            </Paper>
            <ActivityParticipantsSection activity={activity} />
          </Stack>
        </Grid.Col>
      </Grid>
      {partnership.data && <ActivityFormModal partnership={partnership.data} activity={activity} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

/** Why the organisers called the activity off, in the reader's language where written in it. */
function CancellationReason({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const shown = useShownText(activity.cancellationReason, activity.originalLang);
  if (!shown) return null;
  return (
    <>
      <Text size="sm" mt="xs">
        <strong>{t('activities.detail.cancellationReason')}</strong>{' '}
        <span lang={shown.lang} style={{ overflowWrap: 'anywhere' }}>
          {shown.text}
        </span>
      </Text>
      <ShownLanguageNote shown={shown} />
    </>
  );
}
