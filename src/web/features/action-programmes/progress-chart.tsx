import { Group, Progress, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeProgress } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { measureStatusList } from './measure-form-values.ts';

// Status colours dark enough against white for a graphic (3:1), and told apart by the legend's text too.
export const statusColours = {
  planned: 'var(--mantine-color-gray-6)',
  running: 'var(--mantine-color-blue-7)',
  done: 'var(--mantine-color-green-8)',
  dropped: 'var(--mantine-color-gray-4)',
} as const;

const percent = (n: number) => Math.round(n);

/** Where each status's part of the stacked bar starts and how wide it is, in percent of the bar. */
function stackSegments(rollUp: ProgrammeProgress) {
  const shown = measureStatusList.filter((s) => rollUp.byStatus[s] > 0);
  const widths = shown.map((s) => (rollUp.measures ? (rollUp.byStatus[s] / rollUp.measures) * 100 : 0));
  return shown.map((status, i) => ({ status, width: widths[i]!, x: widths.slice(0, i).reduce((a, b) => a + b, 0) }));
}

/** The overall progress as a ring with the number in it, for the page's first glance. */
export function ProgressRing({ rollUp, label }: { rollUp: ProgrammeProgress; label: string }) {
  const value = percent(rollUp.progress);
  return (
    <RingProgress
      size={132}
      thickness={14}
      roundCaps
      sections={[{ value, color: 'indigo.7' }]}
      aria-label={label}
      role="img"
      label={
        <Text ta="center" fw={700} fz="xl" aria-hidden>
          {value} %
        </Text>
      }
    />
  );
}

/**
 * A field's chart: its progress as a bar, and its measures by status as one stacked bar drawn in
 * SVG. The numbers are text beside the bars, so the chart says nothing the text does not.
 */
export function FieldChart({ rollUp, name }: { rollUp: ProgrammeProgress; name: string }) {
  const { t } = useTranslation();
  const value = percent(rollUp.progress);
  const total = rollUp.measures;
  const segments = stackSegments(rollUp);
  const statusText = measureStatusList
    .filter((s) => rollUp.byStatus[s] > 0)
    .map((s) => t('action-programmes.chart.statusCount', { count: rollUp.byStatus[s], status: t(`action-programmes.status.${s}`) }))
    .join(', ');
  // A field without measures has no progress to show: 0 % would read as work not done.
  if (total === 0)
    return (
      <Text fz="sm" c="gray.7">
        {t('action-programmes.chart.noMeasures')}
      </Text>
    );
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm">{t('action-programmes.chart.progress')}</Text>
        <Text fz="sm" fw={700} data-testid="field-progress">
          {value} %
        </Text>
      </Group>
      <Progress value={value} color="indigo.7" size="lg" aria-label={t('action-programmes.chart.progressOf', { name, percent: value })} />
      <Text fz="sm">{t('action-programmes.chart.measures', { count: total })}</Text>
      {total > 0 && (
        <svg
          viewBox="0 0 100 8"
          preserveAspectRatio="none"
          width="100%"
          height="14"
          role="img"
          aria-label={t('action-programmes.chart.byStatusOf', { name, statuses: statusText })}
        >
          <rect x="0" y="0" width="100" height="8" fill="var(--mantine-color-gray-1)" />
          {segments.map((s) => (
            <rect key={s.status} data-status={s.status} x={s.x} y="0" width={s.width} height="8" fill={statusColours[s.status]} />
          ))}
        </svg>
      )}
      {total > 0 && (
        <Group gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {measureStatusList
            .filter((s) => rollUp.byStatus[s] > 0)
            .map((s) => (
              <Group key={s} component="li" gap={4} wrap="nowrap">
                <svg width="10" height="10" aria-hidden focusable="false">
                  <rect width="10" height="10" fill={statusColours[s]} />
                </svg>
                <Text fz="xs">{t('action-programmes.chart.statusCount', { count: rollUp.byStatus[s], status: t(`action-programmes.status.${s}`) })}</Text>
              </Group>
            ))}
        </Group>
      )}
      {rollUp.late > 0 && (
        <Text fz="sm" c="red.9" fw={600}>
          {t('action-programmes.chart.late', { count: rollUp.late })}
        </Text>
      )}
    </Stack>
  );
}
