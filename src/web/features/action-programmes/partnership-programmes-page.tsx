import { Anchor, Button, Group, NativeSelect, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgrammeSummary } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NewProgrammeModal } from './programme-form-modal.tsx';
import { currentProgramme, formatPeriod, periodYears } from './programme-format.ts';
import { useTextChooser } from './programme-text.ts';
import { usePartnershipOfProgramme, useProgrammes } from './programmes-api.ts';

/** /partnerships/:key/programme: the partnership's joint action programmes, one per period. */
export function PartnershipProgrammesPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const partnership = usePartnershipOfProgramme(key);
  const programmes = useProgrammes(key);
  const [creating, setCreating] = useState(false);
  const name = partnership.data?.name;
  usePageTitle(name ? t('action-programmes.list.titleOf', { partnership: name }) : t('action-programmes.list.title'));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {name && (
          <Anchor component={Link} to={`/partnerships/${encodeURIComponent(key)}`} fz="sm">
            {t('action-programmes.list.back', { partnership: name })}
          </Anchor>
        )}
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div style={{ minWidth: 0 }}>
            <Title order={1} style={{ hyphens: 'auto', overflowWrap: 'break-word' }}>
              {name ? t('action-programmes.list.titleOf', { partnership: name }) : t('action-programmes.list.title')}
            </Title>
            <Text c="gray.7">{t('action-programmes.list.intro')}</Text>
          </div>
          {programmes.data?.can.create && partnership.data && <Button onClick={() => setCreating(true)}>{t('action-programmes.list.new')}</Button>}
        </Group>
      </Stack>
      <QueryState query={programmes}>{(list) => <ProgrammeChoice items={list.items} />}</QueryState>
      {partnership.data && <NewProgrammeModal partnershipId={partnership.data.id} opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function ProgrammeChoice({ items }: { items: ProgrammeSummary[] }) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const current = currentProgramme(items, today);
  // The current period first, then the others from the latest back.
  const ordered = current ? [current, ...items.filter((p) => p.id !== current.id).sort((a, b) => b.startsOn.localeCompare(a.startsOn))] : items;
  const [chosenId, setChosenId] = useState(current?.id ?? '');
  if (items.length === 0) return <EmptyState title={t('action-programmes.list.empty')} />;
  const chosen = ordered.find((p) => p.id === chosenId) ?? ordered[0]!;
  return (
    <Stack gap="md">
      {ordered.length > 1 && (
        <NativeSelect
          label={t('action-programmes.list.period')}
          data={ordered.map((p) => ({ value: p.id, label: periodYears(p.startsOn, p.endsOn) }))}
          value={chosen.id}
          onChange={(e) => setChosenId(e.currentTarget.value)}
          style={{ maxWidth: '20rem' }}
        />
      )}
      <ProgrammeSummaryCard programme={chosen} current={chosen.id === current?.id} />
    </Stack>
  );
}

function ProgrammeSummaryCard({ programme: p, current }: { programme: ProgrammeSummary; current: boolean }) {
  const { t, i18n } = useTranslation();
  const choose = useTextChooser(p.originalLang);
  const title = choose(p.title);
  const progress = Math.round(p.rollUp.progress);
  const name = title?.text ?? p.key;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`programme-${p.id}`}>
      <Stack gap="xs">
        <Title order={2} fz="h3" id={`programme-${p.id}`} lang={title?.lang} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={`/programmes/${encodeURIComponent(p.key)}`} inherit>
            {name}
          </Anchor>
        </Title>
        <Text fz="sm" c="gray.7">
          {formatPeriod(p.startsOn, p.endsOn, uiLanguage(i18n))}
          {current ? ` · ${t('action-programmes.list.current')}` : ''}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Progress
            value={progress}
            color="indigo.7"
            size="lg"
            style={{ flex: 1 }}
            aria-label={t('action-programmes.chart.progressOf', { name, percent: progress })}
          />
          <Text fw={700} style={{ flexShrink: 0 }}>
            {progress} %
          </Text>
        </Group>
        <Text fz="sm">
          {t('action-programmes.glance.figures', {
            measures: p.rollUp.measures,
            done: p.rollUp.byStatus.done,
            running: p.rollUp.byStatus.running,
            late: p.rollUp.late,
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
