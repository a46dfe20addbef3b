import { Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { EmptyState, QueryState } from '../../../components/query-state.tsx';
import { SectionHeading } from '../../../components/section-heading.tsx';
import { intlLocale } from '../../../lib/labels.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { useModalTarget } from '../../../lib/use-modal-target.ts';
import { DeleteItemButton } from '../../partnerships/delete-item-button.tsx';
import { IndicatorModal } from './indicator-modal.tsx';
import { useDeleteIndicator, useIndicators } from './work-plan-api.ts';

export function IndicatorsSection({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const indicators = useIndicators(projectId);
  const modal = useModalTarget<ProjectIndicator>();
  return (
    <section aria-labelledby="indicators-heading">
      <SectionHeading id="indicators-heading" title={t('projects-work-plan.indicators.title')}>
        {canEdit && (
          <Button variant="light" size="xs" onClick={() => modal.open(null)}>
            {t('projects-work-plan.indicators.add')}
          </Button>
        )}
      </SectionHeading>
      <QueryState query={indicators}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('projects-work-plan.indicators.empty')} />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {list.map((i) => (
                <IndicatorCard key={i.id} projectId={projectId} indicator={i} canEdit={canEdit} onEdit={() => modal.open(i)} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      {canEdit && <IndicatorModal projectId={projectId} indicator={modal.target} opened={modal.opened} onClose={modal.close} />}
    </section>
  );
}

function IndicatorCard({ projectId, indicator: i, canEdit, onEdit }: { projectId: string; indicator: ProjectIndicator; canEdit: boolean; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(intlLocale(uiLanguage(i18n)), { maximumFractionDigits: 4 });
  const fmt = (n: number | null) => (n === null ? t('projects-work-plan.indicators.notMeasured') : `${number.format(n)}${i.unit ? ` ${i.unit}` : ''}`);
  const remove = useDeleteIndicator(projectId);
  const percent = i.progress.ratio === null ? 0 : Math.round(i.progress.ratio * 100);
  const progressLabel =
    i.progress.ratio === null
      ? t('projects-work-plan.indicators.progressNone', { indicator: i.indicator })
      : t('projects-work-plan.indicators.progressLabel', { indicator: i.indicator, percent });
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`indicator-${i.id}`}>
      <Stack gap="xs">
        <Text fz="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
          {i.outcome}
        </Text>
        <Title order={3} fz="md" id={`indicator-${i.id}`} style={{ overflowWrap: 'anywhere' }}>
          {i.indicator}
        </Title>
        <Text fz="sm">
          {t('projects-work-plan.indicators.baseline')}: {fmt(i.baseline)} · {t('projects-work-plan.indicators.target')}: {fmt(i.target)} ·{' '}
          {t('projects-work-plan.indicators.achieved')}: {fmt(i.achieved)}
        </Text>
        {i.progress.direction === 'decrease' && (
          <Text fz="xs" c="gray.7">
            {t('projects-work-plan.indicators.shouldDecrease')}
          </Text>
        )}
        <Progress.Root>
          <Progress.Section value={percent} color={i.progress.reached ? 'green.8' : 'indigo'} aria-label={progressLabel} aria-valuetext={`${percent} %`} />
        </Progress.Root>
        <Text fz="xs">{i.progress.reached ? t('projects-work-plan.indicators.reached') : progressLabel}</Text>
        {canEdit && (
          <Group gap="xs">
            <Button variant="subtle" size="compact-xs" onClick={onEdit}>
              {t('common.actions.edit')}
              <VisuallyHidden> ({i.indicator})</VisuallyHidden>
            </Button>
            <DeleteItemButton
              size="compact-xs"
              title={t('projects-work-plan.indicators.deleteTitle')}
              message={t('projects-work-plan.indicators.deleteMessage', { indicator: i.indicator })}
              hiddenName={` (${i.indicator})`}
              deletedMessage={t('projects-work-plan.indicators.deleted')}
              onDelete={() => remove.mutateAsync(i.id)}
              deleting={remove.isPending}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
