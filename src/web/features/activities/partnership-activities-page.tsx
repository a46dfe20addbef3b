import { Anchor, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { partnershipFeedHref, usePartnershipActivities, usePartnershipRecord, type ActivityWhen } from './activities-api.ts';
import { ActivityCard } from './activity-card.tsx';
import { ActivityFormModal } from './activity-form-modal.tsx';
import { ActivityMonth } from './activity-month.tsx';
import { monthOf } from './activity-time.ts';

type View = 'upcoming' | 'past' | 'calendar';

/** /partnerships/:key/activities: coming and past activities, or a month; "Plan an activity" for its coordinators. */
export function PartnershipActivitiesPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const partnership = usePartnershipRecord(key);
  usePageTitle(partnership.data ? t('activities.list.title', { partnership: partnership.data.name }) : t('activities.title'));
  return <QueryState query={partnership}>{(p) => <ActivitiesView partnership={p} />}</QueryState>;
}

function ActivitiesView({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = (['past', 'calendar'].includes(params.get('view') ?? '') ? params.get('view') : 'upcoming') as View;
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : monthOf(new Date().toISOString());
  const [planning, setPlanning] = useState(false);
  const set = (patch: Record<string, string>) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(patch)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        return p;
      },
      { replace: true },
    );
  const list = usePartnershipActivities(partnership.id, { when: view === 'past' ? 'past' : 'upcoming' });
  const canPlan = list.data?.can.plan ?? false;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/partnerships/${encodeURIComponent(partnership.key)}`} fz="sm">
        {t('activities.list.back', { partnership: partnership.name })}
      </Anchor>
      <PageHeader
        title={t('activities.list.title', { partnership: partnership.name })}
        intro={t('activities.list.intro')}
        action={canPlan && <Button onClick={() => setPlanning(true)}>{t('activities.list.plan')}</Button>}
      />
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('activities.list.viewLabel')}
          value={view}
          onChange={(v) => set({ view: v === 'upcoming' ? '' : v })}
          data={[
            { value: 'upcoming', label: t('activities.list.upcoming') },
            { value: 'past', label: t('activities.list.past') },
            { value: 'calendar', label: t('activities.list.calendar') },
          ]}
        />
        <Anchor href={partnershipFeedHref(partnership.id)} fz="sm" download>
          {t('activities.list.feed')}
        </Anchor>
      </Group>
      {view === 'calendar' ? (
        <ActivityMonth partnershipId={partnership.id} month={month} onMonthChange={(m) => set({ month: m })} />
      ) : (
        <QueryState query={list}>
          {(data) =>
            data.items.length ? (
              <Stack gap="sm" component="ul" aria-label={t(`activities.list.${view as ActivityWhen}`)} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.items.map((a) => (
                  <li key={a.id}>
                    <ActivityCard activity={a} />
                  </li>
                ))}
              </Stack>
            ) : (
              <EmptyState title={view === 'past' ? t('activities.list.noPast') : t('activities.list.noUpcoming')}>
                {canPlan && <Text c="gray.7">{t('activities.list.planHint')}</Text>}
              </EmptyState>
            )
          }
        </QueryState>
      )}
      <ActivityFormModal
        partnership={partnership}
        activity={null}
        opened={planning}
        onClose={() => setPlanning(false)}
        onSaved={(a) => void navigate(`/activities/${encodeURIComponent(a.key)}`)}
      />
    </Stack>
  );
}
