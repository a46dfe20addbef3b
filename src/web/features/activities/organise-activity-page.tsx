import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Activity } from '../../../features/activities/activities.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useActivity, useParticipants } from './activities-api.ts';
import { CancelActivity, DeleteActivity } from './activity-cancel-delete.tsx';
import { AddParticipantForm } from './add-participant-form.tsx';
import { AttendanceGrid } from './attendance-grid.tsx';
import { EncountersSection } from './encounters-section.tsx';
import { FollowUpForm } from './follow-up-section.tsx';
import { ParticipantsTable } from './participants-table.tsx';
import { ReportSection } from './report-section.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** /activities/:key/organise: the organisers' view: participants with needs, delegation, attendance, report and sheet, follow-up, cancel. */
export function OrganiseActivityPage() {
  const { key = '' } = useParams();
  const activity = useActivity(key);
  const { t } = useTranslation();
  usePageTitle(t('activities.organise.title'));
  return (
    <RequireRole>
      <QueryState query={activity}>{(a) => (a.can.viewReport || a.can.addParticipant ? <OrganiseView activity={a} /> : <NoAccess />)}</QueryState>
    </RequireRole>
  );
}

function NoAccess() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('activities.organise.title')}</Title>
      <Text>{t('activities.organise.noAccess')}</Text>
    </Stack>
  );
}

function OrganiseView({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const participants = useParticipants(activity.id);
  const title = chooseText(activity.title, activity.originalLang, uiLanguage(i18n));
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/activities/${encodeURIComponent(activity.key)}`} fz="sm">
        {t('activities.organise.back')}
      </Anchor>
      <div>
        <Title order={1} style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
          {t('activities.organise.title')}
        </Title>
        <Text c="gray.7" lang={title?.lang}>
          {title?.text}
        </Text>
      </div>
      <QueryState query={participants}>
        {(list) => (
          <Stack gap="lg">
            <Section id="organise-participants" title={t('activities.organise.participants')}>
              <ParticipantsTable items={list.items} reload={() => participants.refetch().then((r) => r.data?.items)} />
            </Section>
            {activity.can.addParticipant && (
              <Section id="organise-add" title={t('activities.organise.addTitle')}>
                <AddParticipantForm activity={activity} />
              </Section>
            )}
            {activity.can.recordAttendance && (
              <Section id="organise-attendance" title={t('activities.organise.attendance')}>
                <AttendanceGrid activity={activity} participants={list.items} />
              </Section>
            )}
            {activity.can.viewReport && (
              <Section id="organise-report" title={t('activities.report.title')}>
                <ReportSection activity={activity} />
              </Section>
            )}
            {activity.can.recordFollowUp && (
              <Section id="organise-follow-up" title={t('activities.followUp.title')}>
                <FollowUpForm activity={activity} />
              </Section>
            )}
            <Section id="organise-encounters" title={t('activities.encounters.title')}>
              <EncountersSection activity={activity} participants={list.items} />
            </Section>
            {activity.can.edit && activity.status !== 'cancelled' && (
              <Section id="organise-cancel" title={t('activities.organise.cancelTitle')}>
                <CancelActivity activity={activity} />
              </Section>
            )}
            {activity.can.delete && (
              <Section id="organise-delete" title={t('activities.organise.deleteSection')}>
                <DeleteActivity activity={activity} />
              </Section>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
