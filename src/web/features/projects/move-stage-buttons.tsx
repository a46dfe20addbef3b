import { Alert, Button, Group, List, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../features/projects/projects.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { projectErrorMessages, projectFieldError } from './project-errors.ts';
import { useMoveStage, type ProjectStage } from './projects-api.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The allowed next stages as buttons; each asks for the day and an optional note. */
export function MoveStageButtons({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ProjectStage | null>(null);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [awarded, setAwarded] = useState<number | string>('');
  const move = useMoveStage(project.id);
  if (!project.nextStages.length) return null;

  const open = (stage: ProjectStage) => {
    move.reset();
    setTarget(stage);
    setOccurredOn(todayIso());
    setNote('');
    setAwarded('');
  };
  const submit = () => {
    if (!target) return;
    move.mutate(
      {
        stage: target,
        version: project.version,
        occurredOn,
        note: note.trim() || null,
        awardedAmount: target === 'funded' && typeof awarded === 'number' ? awarded : undefined,
      },
      { onSuccess: () => setTarget(null) },
    );
  };
  const showProblems = project.nextStages.includes('submitted') && project.submissionProblems.length > 0;

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {project.nextStages.map((s) => (
          <Button key={s} variant={s === project.nextStages[0] ? 'filled' : 'default'} onClick={() => open(s)}>
            {t('projects.stageAction.moveTo', { stage: t(`projects.stage.${s}`) })}
          </Button>
        ))}
      </Group>
      {showProblems && (
        <Alert color="orange" variant="light" title={t('projects.stageAction.notReady')} styles={{ title: { color: 'var(--mantine-color-orange-9)' } }}>
          <List size="sm">
            {project.submissionProblems.map((p) => (
              <List.Item key={p}>{t(`projects.rules.${p}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <FormModal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? t('projects.stageAction.moveTo', { stage: t(`projects.stage.${target}`) }) : ''}
        centered
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack>
            {move.error ? (
              <Alert color="red" role="alert" title={t('projects.stageAction.failed')} styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
                {projectErrorMessages(move.error, t).map((m) => (
                  <Text key={m} fz="sm">
                    {m}
                  </Text>
                ))}
              </Alert>
            ) : null}
            <TextInput
              type="date"
              label={t('projects.stageAction.occurredOn')}
              value={occurredOn}
              max={todayIso()}
              onChange={(e) => setOccurredOn(e.currentTarget.value)}
              error={projectFieldError(move.error, t, 'occurredOn')}
              required
            />
            {target === 'funded' && (
              <NumberInput
                label={t('projects.stageAction.awardedAmount')}
                min={0}
                decimalScale={2}
                value={awarded}
                onChange={setAwarded}
                error={projectFieldError(move.error, t, 'awardedAmount')}
              />
            )}
            <Textarea
              label={t('projects.stageAction.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTarget(null)}>
                {t('common.actions.cancel')}
              </Button>
              <Button type="submit" loading={move.isPending}>
                {t('projects.stageAction.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormModal>
    </Stack>
  );
}
