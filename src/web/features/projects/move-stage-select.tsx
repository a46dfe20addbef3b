import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProjectError } from './project-errors.ts';
import { useMoveStage, type ProjectStage } from './projects-api.ts';

/** Moving a card on the board: a labelled select and a button, usable by keyboard (no drag). */
export function MoveStageSelect({ projectId, version, nextStages }: { projectId: string; version: number; nextStages: readonly ProjectStage[] }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<ProjectStage>(nextStages[0]);
  const move = useMoveStage(projectId);
  if (!nextStages.length) return null;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NativeSelect
        size="xs"
        label={t('projects.board.moveTo')}
        data={nextStages.map((s) => ({ value: s, label: t(`projects.stage.${s}`) }))}
        value={stage}
        onChange={(e) => setStage(e.currentTarget.value as ProjectStage)}
        style={{ flex: 1 }}
      />
      <Button size="xs" variant="light" loading={move.isPending} onClick={() => move.mutate({ stage, version }, { onError: (err) => notifyProjectError(err, t) })}>
        {t('projects.board.move')}
      </Button>
    </Group>
  );
}
