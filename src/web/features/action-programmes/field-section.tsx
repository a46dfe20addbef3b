import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeField, ProgrammeGoal, ProgrammeMeasure } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { DeleteItemButton } from '../partnerships/delete-item-button.tsx';
import { MeasureCard } from './measure-card.tsx';
import type { useTextChooser } from './programme-text.ts';
import { useDeleteField, useDeleteGoal } from './programmes-api.ts';

export interface FieldActions {
  editField: (field: ProgrammeField) => void;
  addGoal: (field: ProgrammeField) => void;
  editGoal: (field: ProgrammeField, goal: ProgrammeGoal) => void;
  addMeasure: (goal: ProgrammeGoal) => void;
  editMeasure: (goal: ProgrammeGoal, measure: ProgrammeMeasure) => void;
}

interface Props {
  field: ProgrammeField;
  choose: ReturnType<typeof useTextChooser>;
  actions: FieldActions;
  canDelete: boolean;
}

/** A field of action with its goals, each goal with its measures and its own roll-up. */
export function FieldSection({ field, choose, actions, canDelete }: Props) {
  const { t } = useTranslation();
  const removeField = useDeleteField();
  const description = choose(field.description);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`field-${field.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} id={`field-${field.id}`} fz="h4" style={{ overflowWrap: 'anywhere' }}>
            {field.themeName}
          </Title>
          <Group gap="xs">
            {field.rollUp.measures > 0 && (
              <Text fz="sm" fw={700}>
                {t('action-programmes.field.progress', { percent: Math.round(field.rollUp.progress) })}
              </Text>
            )}
            {field.can.addGoal && (
              <Button variant="light" size="compact-sm" onClick={() => actions.addGoal(field)}>
                {t('action-programmes.goal.add')}
                <VisuallyHidden> ({field.themeName})</VisuallyHidden>
              </Button>
            )}
            {field.can.edit && (
              <Button variant="subtle" size="compact-sm" onClick={() => actions.editField(field)}>
                {t('action-programmes.field.editDescription')}
                <VisuallyHidden> ({field.themeName})</VisuallyHidden>
              </Button>
            )}
            {canDelete && field.can.delete && (
              <DeleteItemButton
                size="compact-sm"
                title={t('action-programmes.field.deleteTitle')}
                message={t('action-programmes.field.deleteMessage', { name: field.themeName })}
                hiddenName={` (${field.themeName})`}
                deletedMessage={t('action-programmes.field.deleted')}
                onDelete={() => removeField.mutateAsync(field.id)}
                deleting={removeField.isPending}
              />
            )}
          </Group>
        </Group>
        {description && (
          <Text fz="sm" lang={description.lang} style={{ whiteSpace: 'pre-line' }}>
            {description.text}
          </Text>
        )}
        {field.goals.length === 0 && (
          <Text fz="sm" c="gray.7">
            {t('action-programmes.goal.empty')}
          </Text>
        )}
        {field.goals.map((goal) => (
          <GoalBlock key={goal.id} field={field} goal={goal} choose={choose} actions={actions} />
        ))}
      </Stack>
    </Paper>
  );
}

function GoalBlock({ field, goal, choose, actions }: { field: ProgrammeField; goal: ProgrammeGoal; choose: Props['choose']; actions: FieldActions }) {
  const { t } = useTranslation();
  const removeGoal = useDeleteGoal();
  const title = choose(goal.title);
  const description = choose(goal.description);
  const name = title?.text ?? '';
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={`goal-${goal.id}`}
      pl={{ base: 0, sm: 'sm' }}
      style={{ borderLeft: '3px solid var(--mantine-color-indigo-2)' }}
    >
      <Group justify="space-between" gap="xs" pl="xs">
        <Title order={4} fz="md" id={`goal-${goal.id}`} lang={title?.lang} style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
          {name}
        </Title>
        <Text fz="sm">{t('action-programmes.goal.progress', { percent: Math.round(goal.rollUp.progress), count: goal.rollUp.measures })}</Text>
      </Group>
      {description && (
        <Text fz="sm" pl="xs" lang={description.lang} style={{ whiteSpace: 'pre-line' }}>
          {description.text}
        </Text>
      )}
      {(goal.can.edit || goal.can.delete || goal.can.addMeasure) && (
        <Group gap="xs" pl="xs">
          {goal.can.addMeasure && (
            <Button variant="light" size="compact-sm" onClick={() => actions.addMeasure(goal)}>
              {t('action-programmes.measure.add')}
              <VisuallyHidden> ({name})</VisuallyHidden>
            </Button>
          )}
          {goal.can.edit && (
            <Button variant="subtle" size="compact-sm" onClick={() => actions.editGoal(field, goal)}>
              {t('action-programmes.goal.edit')}
              <VisuallyHidden> ({name})</VisuallyHidden>
            </Button>
          )}
          {goal.can.delete && (
            <DeleteItemButton
              size="compact-sm"
              title={t('action-programmes.goal.deleteTitle')}
              message={t('action-programmes.goal.deleteMessage', { name })}
              hiddenName={` (${name})`}
              deletedMessage={t('action-programmes.goal.deleted')}
              onDelete={() => removeGoal.mutateAsync(goal.id)}
              deleting={removeGoal.isPending}
            />
          )}
        </Group>
      )}
      {goal.measures.length === 0 ? (
        <Text fz="sm" c="gray.7" pl="xs">
          {t('action-programmes.measure.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {goal.measures.map((m) => (
            <MeasureCard key={m.id} measure={m} choose={choose} onEdit={() => actions.editMeasure(goal, m)} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
