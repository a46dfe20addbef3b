import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { EmptyState } from '../../components/query-state.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { MeasureStatusBadges } from './measure-status-badge.tsx';
import { FieldChart, ProgressRing } from './progress-chart.tsx';
import { formatFigure, formatPeriod, responsiblesText } from './programme-format.ts';
import type { useTextChooser } from './programme-text.ts';

type Choose = ReturnType<typeof useTextChooser>;

/**
 * What a council member reads first: how far the programme is, where each field of action stands
 * (a chart each), what is late and what was achieved. Everything in the charts is also text.
 */
export function ProgrammeGlance({ programme, choose }: { programme: Programme; choose: Choose }) {
  const { t } = useTranslation();
  const r = programme.rollUp;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="programme-overall">
        <Group gap="lg" wrap="wrap">
          <ProgressRing rollUp={r} label={t('action-programmes.glance.overallLabel', { percent: Math.round(r.progress) })} />
          <Stack gap={4} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Title order={2} fz="h3" id="programme-overall">
              {t('action-programmes.glance.title')}
            </Title>
            <Text fz="lg" fw={700} data-testid="programme-progress">
              {t('action-programmes.glance.overall', { percent: Math.round(r.progress) })}
            </Text>
            <Text fz="sm">
              {t('action-programmes.glance.figures', { measures: r.measures, done: r.byStatus.done, running: r.byStatus.running, late: r.late })}
            </Text>
          </Stack>
        </Group>
      </Paper>
      {programme.fields.length > 0 && (
        <section aria-labelledby="programme-fields-glance">
          <Title order={2} fz="h3" id="programme-fields-glance" mb="sm">
            {t('action-programmes.glance.byField')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {programme.fields.map((f) => (
              <Paper key={f.id} withBorder p="sm" radius="md" component="li" aria-labelledby={`glance-${f.id}`}>
                <Title order={3} fz="md" id={`glance-${f.id}`} mb="xs" style={{ overflowWrap: 'anywhere' }}>
                  {f.themeName}
                </Title>
                <FieldChart rollUp={f.rollUp} name={f.themeName} />
              </Paper>
            ))}
          </SimpleGrid>
        </section>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LateList programme={programme} choose={choose} />
        <AchievedList programme={programme} choose={choose} />
      </SimpleGrid>
    </Stack>
  );
}

function LateList({ programme, choose }: { programme: Programme; choose: Choose }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const late = programme.fields.flatMap((f) => f.goals.flatMap((g) => g.measures.filter((m) => m.late).map((m) => ({ field: f, measure: m }))));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="programme-late">
      <Title order={2} fz="h3" id="programme-late" mb="sm">
        {t('action-programmes.glance.late', { count: late.length })}
      </Title>
      {late.length === 0 ? (
        <EmptyState title={t('action-programmes.glance.nothingLate')} />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {late.map(({ field, measure: m }) => {
            const title = choose(m.title);
            return (
              <Stack key={m.id} gap={2} component="li">
                <Group gap="xs" justify="space-between">
                  <Text fw={600} lang={title?.lang} style={{ overflowWrap: 'anywhere', flex: '1 1 10rem' }}>
                    {title?.text ?? m.key}
                  </Text>
                  <MeasureStatusBadges measure={m} />
                </Group>
                <Text fz="sm" c="gray.7">
                  {field.themeName}
                  {m.startsOn || m.endsOn ? ` · ${formatPeriod(m.startsOn, m.endsOn, lang)}` : ''}
                </Text>
                <Text fz="sm">
                  {t('action-programmes.glance.responsible')}: {responsiblesText(m) || t('action-programmes.glance.nobody')}
                </Text>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}

function AchievedList({ programme, choose }: { programme: Programme; choose: Choose }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const measures = programme.fields.flatMap((f) => f.goals.flatMap((g) => g.measures));
  const done = measures.filter((m) => m.status === 'done');
  const indicators = measures.flatMap((m) => m.indicators.filter((i) => i.achieved !== null).map((i) => ({ measure: m, indicator: i })));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="programme-achieved">
      <Title order={2} fz="h3" id="programme-achieved" mb="sm">
        {t('action-programmes.glance.achieved')}
      </Title>
      {done.length === 0 && indicators.length === 0 ? (
        <EmptyState title={t('action-programmes.glance.nothingAchieved')} />
      ) : (
        <Stack gap="sm">
          {done.length > 0 && (
            <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('action-programmes.glance.doneMeasures')}>
              {done.map((m) => {
                const title = choose(m.title);
                return (
                  <Text key={m.id} component="li" fz="sm">
                    <Text span fw={600} lang={title?.lang}>
                      {title?.text ?? m.key}
                    </Text>
                    {m.endsOn ? ` · ${formatPeriod(m.startsOn, m.endsOn, lang)}` : ''}
                  </Text>
                );
              })}
            </Stack>
          )}
          {indicators.length > 0 && (
            <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('action-programmes.glance.indicators')}>
              {indicators.map(({ indicator: i }) => {
                const name = choose(i.name);
                return (
                  <Text key={i.id} component="li" fz="sm">
                    <Text span fw={600} lang={name?.lang}>
                      {name?.text ?? ''}
                    </Text>
                    {': '}
                    {t('action-programmes.indicator.achievedOfTarget', {
                      achieved: formatFigure(i.achieved, i.unit, lang),
                      target: formatFigure(i.target, i.unit, lang),
                    })}
                    {i.share !== null && ` (${Math.round(i.share * 100)} %)`}
                  </Text>
                );
              })}
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
