import { Button, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProjectError } from './project-errors.ts';
import { useMoveStage, type ProjectStage } from './projects-api.ts';

/**
 * Moving a card on the board: a labelled select and a button, usable by keyboard (no drag).
 * Stacked, because a board column is narrow: side by side, stage names and the button were cut.
 */
export function MoveStageSelect({ projectId, version, nextStages }: { projectId: string; version: number; nextStages: readonly ProjectStage[] }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<ProjectStage>(nextStages[0]);
  const move = useMoveStage(projectId);
  if (!nextStages.length) return null;
  return (
    <Stack gap={6}>
      <NativeSelect
        size="xs"
        label={t('projects.board.moveTo')}
        data={nextStages.map((s) => ({ value: s, label: t(`projects.stage.${s}`) }))}
        value={stage}
        onChange={(e) => setStage(e.currentTarget.value as ProjectStage)}
      />
      <Button
        size="xs"
        variant="light"
        fullWidth
        loading={move.isPending}
        onClick={() => move.mutate({ stage, version }, { onError: (err) => notifyProjectError(err, t) })}
      >
        {t('projects.board.move')}
      </Button>
    </Stack>
  );
}
