import { Button, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone, WorkPackage } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { EmptyState, QueryState } from '../../../components/query-state.tsx';
import { SectionHeading } from '../../../components/section-heading.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatDate } from '../../../lib/labels.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { useModalTarget } from '../../../lib/use-modal-target.ts';
import { DeleteItemButton } from '../../partnerships/delete-item-button.tsx';
import { MilestoneBadge } from './milestone-badge.tsx';
import { useDeleteWorkPackage, useMilestones, useWorkPackages } from './work-plan-api.ts';
import { WorkPackageModal } from './work-package-modal.tsx';

const workPackageColors: Record<WorkPackage['status'], string> = { planned: 'gray', 'in-progress': 'blue', done: 'green' };

export function WorkPackagesSection({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const workPackages = useWorkPackages(projectId);
  const milestones = useMilestones(projectId);
  const modal = useModalTarget<WorkPackage>();
  return (
    <section aria-labelledby="work-packages-heading">
      <SectionHeading id="work-packages-heading" title={t('projects-work-plan.workPackages.title')}>
        {canEdit && (
          <Button variant="light" size="xs" onClick={() => modal.open(null)}>
            {t('projects-work-plan.workPackages.add')}
          </Button>
        )}
      </SectionHeading>
      <QueryState query={workPackages}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('projects-work-plan.workPackages.empty')} />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {list.map((wp) => (
                <WorkPackageCard
                  key={wp.id}
                  projectId={projectId}
                  workPackage={wp}
                  milestones={(milestones.data?.milestones ?? []).filter((m) => m.workPackageId === wp.id)}
                  canEdit={canEdit}
                  onEdit={() => modal.open(wp)}
                />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      {canEdit && <WorkPackageModal projectId={projectId} workPackage={modal.target} opened={modal.opened} onClose={modal.close} />}
    </section>
  );
}

interface CardProps {
  projectId: string;
  workPackage: WorkPackage;
  milestones: Milestone[];
  canEdit: boolean;
  onEdit: () => void;
}

function WorkPackageCard({ projectId, workPackage: wp, milestones, canEdit, onEdit }: CardProps) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const remove = useDeleteWorkPackage(projectId);
  const name = t('projects-work-plan.workPackages.name', { number: wp.number, title: wp.title });
  const percent = Math.round(wp.progress.ratio * 100);
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`wp-${wp.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={3} fz="md" id={`wp-${wp.id}`} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Title>
          <StatusBadge color={workPackageColors[wp.status]}>{t(`projects-work-plan.workPackageStatus.${wp.status}`)}</StatusBadge>
        </Group>
        {wp.description && (
          <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
            {wp.description}
          </Text>
        )}
        <Text fz="sm">
          {t('projects-work-plan.workPackages.lead')}: {wp.leadOrganisation?.name ?? t('projects-work-plan.noOrganisation')}
        </Text>
        {(wp.startsOn || wp.endsOn) && (
          <Text fz="sm">
            {t('projects-work-plan.workPackages.period', { from: formatDate(wp.startsOn, lang) || '…', to: formatDate(wp.endsOn, lang) || '…' })}
          </Text>
        )}
        <div>
          <Text fz="sm" id={`wp-progress-${wp.id}`}>
            {wp.progress.total
              ? t('projects-work-plan.workPackages.progress', { done: wp.progress.done, total: wp.progress.total })
              : t('projects-work-plan.workPackages.progressNoMilestones')}
          </Text>
          <Progress.Root mt={4}>
            <Progress.Section
              value={percent}
              color={wp.progress.late ? 'orange.8' : 'indigo'}
              aria-labelledby={`wp-progress-${wp.id}`}
              aria-valuetext={`${percent} %`}
            />
          </Progress.Root>
        </div>
        {milestones.length > 0 && (
          <List size="sm" spacing={4} listStyleType="none" aria-label={t('projects-work-plan.workPackages.milestonesOf', { name })}>
            {milestones.map((m) => (
              <List.Item key={m.id}>
                <Group gap="xs" wrap="wrap">
                  <Text fz="sm" component="time" dateTime={m.doneOn ?? m.dueOn}>
                    {formatDate(m.doneOn ?? m.dueOn, lang)}
                  </Text>
                  <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    {m.title}
                  </Text>
                  <MilestoneBadge milestone={m} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {canEdit && (
          <Group gap="xs">
            <Button variant="subtle" size="compact-xs" onClick={onEdit}>
              {t('common.actions.edit')}
              <VisuallyHidden> ({name})</VisuallyHidden>
            </Button>
            <DeleteItemButton
              size="compact-xs"
              title={t('projects-work-plan.workPackages.deleteTitle')}
              message={t('projects-work-plan.workPackages.deleteMessage', { name })}
              hiddenName={` (${name})`}
              deletedMessage={t('projects-work-plan.workPackages.deleted')}
              onDelete={() => remove.mutateAsync(wp.id)}
              deleting={remove.isPending}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
