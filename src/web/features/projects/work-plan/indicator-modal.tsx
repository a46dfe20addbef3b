import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { VersionedEditForm } from '../../../components/versioned-edit-form.tsx';
import { useListItemEdit } from '../../../lib/use-list-item-edit.ts';
import { useIndicators, useSaveIndicator } from './work-plan-api.ts';
import { workPlanFieldError } from './work-plan-errors.ts';

type Values = { outcome: string; indicator: string; unit: string; baseline: string; target: string; achieved: string };

const toValues = (i: ProjectIndicator | null): Values => ({
  outcome: i?.outcome ?? '',
  indicator: i?.indicator ?? '',
  unit: i?.unit ?? '',
  baseline: i ? String(i.baseline) : '0',
  target: i ? String(i.target) : '',
  achieved: i?.achieved === null || i?.achieved === undefined ? '' : String(i.achieved),
});

// Accepts "1.5" and "1,5". Anything else becomes NaN, sent as null: the API names the field.
const toNumber = (value: string): number => (value.trim() ? Number(value.trim().replace(',', '.')) : Number.NaN);

interface Props {
  projectId: string;
  indicator: ProjectIndicator | null;
  opened: boolean;
  onClose: () => void;
}

export function IndicatorModal({ projectId, indicator, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={indicator ? t('projects-work-plan.indicators.editTitle') : t('projects-work-plan.indicators.addTitle')}
    >
      <IndicatorForm key={indicator?.id ?? 'new'} projectId={projectId} indicator={indicator} onDone={onClose} />
    </FormModal>
  );
}

function IndicatorForm({ projectId, indicator, onDone }: { projectId: string; indicator: ProjectIndicator | null; onDone: () => void }) {
  const { t } = useTranslation();
  const list = useIndicators(projectId);
  const edit = useListItemEdit({
    item: indicator,
    toValues,
    toRequest: (v: Values) => ({
      outcome: v.outcome,
      indicator: v.indicator,
      unit: v.unit,
      baseline: toNumber(v.baseline || '0'),
      target: toNumber(v.target),
      achieved: v.achieved.trim() ? toNumber(v.achieved) : null,
    }),
    save: useSaveIndicator(projectId, indicator?.id ?? null),
    savedMessage: t('projects-work-plan.indicators.saved'),
    reload: async () => (await list.refetch()).data,
    onDone,
  });
  const { values, set } = edit;
  const err = (path: string) => workPlanFieldError(edit.error, t, path);
  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <Textarea
        label={t('projects-work-plan.indicators.outcome')}
        description={t('projects-work-plan.indicators.outcomeHint')}
        required
        autosize
        minRows={2}
        value={values.outcome}
        onChange={(e) => set({ outcome: e.currentTarget.value })}
        error={err('outcome')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('projects-work-plan.indicators.indicator')}
          required
          value={values.indicator}
          onChange={(e) => set({ indicator: e.currentTarget.value })}
          error={err('indicator')}
        />
        <TextInput
          label={t('projects-work-plan.indicators.unit')}
          value={values.unit}
          onChange={(e) => set({ unit: e.currentTarget.value })}
          error={err('unit')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('projects-work-plan.indicators.baseline')}
          inputMode="decimal"
          value={values.baseline}
          onChange={(e) => set({ baseline: e.currentTarget.value })}
          error={err('baseline')}
        />
        <TextInput
          label={t('projects-work-plan.indicators.target')}
          description={t('projects-work-plan.indicators.targetHint')}
          required
          inputMode="decimal"
          value={values.target}
          onChange={(e) => set({ target: e.currentTarget.value })}
          error={err('target')}
        />
        <TextInput
          label={t('projects-work-plan.indicators.achieved')}
          inputMode="decimal"
          value={values.achieved}
          onChange={(e) => set({ achieved: e.currentTarget.value })}
          error={err('achieved')}
        />
      </SimpleGrid>
    </VersionedEditForm>
  );
}
