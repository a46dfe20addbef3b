import { Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone, WorkPackage } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { EmptyState, QueryState } from '../../../components/query-state.tsx';
import { SectionHeading } from '../../../components/section-heading.tsx';
import { formatDate } from '../../../lib/labels.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { useModalTarget } from '../../../lib/use-modal-target.ts';
import { DeleteItemButton } from '../../partnerships/delete-item-button.tsx';
import { MilestoneBadge } from './milestone-badge.tsx';
import { MilestoneDoneModal } from './milestone-done-modal.tsx';
import { MilestoneModal } from './milestone-modal.tsx';
import { useDeleteMilestone, useMilestones, useWorkPackages } from './work-plan-api.ts';

export function MilestonesSection({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const milestones = useMilestones(projectId);
  const workPackages = useWorkPackages(projectId);
  const edit = useModalTarget<Milestone>();
  const done = useModalTarget<Milestone>();
  return (
    <section aria-labelledby="milestones-heading">
      <SectionHeading id="milestones-heading" title={t('projects-work-plan.milestones.title')}>
        {canEdit && (
          <Button variant="light" size="xs" onClick={() => edit.open(null)}>
            {t('projects-work-plan.milestones.add')}
          </Button>
        )}
      </SectionHeading>
      <QueryState query={milestones}>
        {({ milestones: list, nextMilestoneId }) =>
          list.length === 0 ? (
            <EmptyState title={t('projects-work-plan.milestones.empty')} />
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {list.map((m) => (
                <li key={m.id}>
                  <MilestoneRow
                    projectId={projectId}
                    milestone={m}
                    workPackage={workPackages.data?.find((wp) => wp.id === m.workPackageId)}
                    isNext={m.id === nextMilestoneId}
                    canEdit={canEdit}
                    onEdit={() => edit.open(m)}
                    onDone={() => done.open(m)}
                  />
                </li>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {canEdit && <MilestoneModal projectId={projectId} milestone={edit.target} opened={edit.opened} onClose={edit.close} />}
      {canEdit && <MilestoneDoneModal projectId={projectId} milestone={done.target} opened={done.opened} onClose={done.close} />}
    </section>
  );
}

interface RowProps {
  projectId: string;
  milestone: Milestone;
  workPackage: WorkPackage | undefined;
  isNext: boolean;
  canEdit: boolean;
  onEdit: () => void;
  onDone: () => void;
}

function MilestoneRow({ projectId, milestone: m, workPackage, isNext, canEdit, onEdit, onDone }: RowProps) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const remove = useDeleteMilestone(projectId);
  return (
    <Card withBorder padding="sm" bg={isNext ? 'indigo.0' : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={3} fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {m.title}
          </Title>
          <MilestoneBadge milestone={m} />
        </Group>
        <Text fz="sm">
          {t('projects-work-plan.milestones.due')}: <time dateTime={m.dueOn}>{formatDate(m.dueOn, lang)}</time>
          {m.doneOn && (
            <>
              {' · '}
              {t('projects-work-plan.milestones.doneOn')}: <time dateTime={m.doneOn}>{formatDate(m.doneOn, lang)}</time>
            </>
          )}
        </Text>
        <Text fz="sm" c="gray.7">
          {[
            workPackage ? t('projects-work-plan.workPackages.name', { number: workPackage.number, title: workPackage.title }) : null,
            m.ownerOrganisation?.name ?? null,
            isNext ? t('projects-work-plan.milestones.next') : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {canEdit && (
          <Group gap="xs">
            {m.status === 'planned' && (
              <Button size="compact-xs" onClick={onDone}>
                {t('projects-work-plan.milestones.markDone')}
                <VisuallyHidden> ({m.title})</VisuallyHidden>
              </Button>
            )}
            <Button variant="subtle" size="compact-xs" onClick={onEdit}>
              {t('common.actions.edit')}
              <VisuallyHidden> ({m.title})</VisuallyHidden>
            </Button>
            <DeleteItemButton
              size="compact-xs"
              title={t('projects-work-plan.milestones.deleteTitle')}
              message={t('projects-work-plan.milestones.deleteMessage', { title: m.title })}
              hiddenName={` (${m.title})`}
              deletedMessage={t('projects-work-plan.milestones.deleted')}
              onDelete={() => remove.mutateAsync(m.id)}
              deleting={remove.isPending}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
