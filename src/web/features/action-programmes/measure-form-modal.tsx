import { MultiSelect, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeMeasure } from '../../../features/action-programmes/action-programmes.schemas.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import type { ProjectListResponse } from '../../../features/projects/projects.schemas.ts';
import { uiLocales } from '../../../shared/locales.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { apiGet, query } from '../../lib/api-client.ts';
import { languageNames } from '../../lib/i18n.ts';
import { uiLocaleOf, withText } from '../../lib/localised-text-form.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useListItemEdit } from '../../lib/use-list-item-edit.ts';
import { EditLanguageSelect } from './edit-language-select.tsx';
import { IndicatorRows } from './indicator-rows.tsx';
import { measureFormToRequest, measureStatusList, measureToForm, type MeasureFormValues } from './measure-form-values.ts';
import { alertError, programmeFieldError, textFieldError } from './programme-errors.ts';
import { useSaveMeasure } from './programmes-api.ts';
import { ResponsibleRows } from './responsible-rows.tsx';

interface Props {
  goalId: string;
  /** null adds a measure to the goal. */
  measure: ProgrammeMeasure | null;
  partnership: Partnership | undefined;
  /** The programme's goals ("field: goal"): an existing measure may move to another. */
  goals: { value: string; label: string }[];
  opened: boolean;
  onClose: () => void;
  /** The programme's measures as stored now (after a version conflict). */
  reload: () => Promise<ProgrammeMeasure[] | undefined>;
}

export function MeasureFormModal({ opened, onClose, measure, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="xl" title={measure ? t('action-programmes.measure.editTitle') : t('action-programmes.measure.addTitle')}>
      {opened && <MeasureForm key={measure?.id ?? 'new'} measure={measure} onDone={onClose} {...rest} />}
    </FormModal>
  );
}

/** The partnership's joint projects, which a measure may name as carrying it out. */
function usePartnershipProjects(partnershipKey: string | undefined) {
  return useQuery({
    queryKey: ['projects', 'list', { partnership: partnershipKey ?? '' }],
    queryFn: () => apiGet<ProjectListResponse>(`/api/projects${query({ partnership: partnershipKey })}`),
    enabled: !!partnershipKey,
  });
}

function MeasureForm({ goalId, measure, partnership, goals, onDone, reload }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [editLang, setEditLang] = useState(uiLocaleOf(uiLanguage(i18n)));
  const projects = usePartnershipProjects(partnership?.key);
  // Moving a measure is part of saving it: the goal goes with the request only when it changed.
  const [targetGoal, setTargetGoal] = useState(goalId);
  const edit = useListItemEdit({
    item: measure,
    toValues: measureToForm,
    toRequest: (v: MeasureFormValues) => ({ ...measureFormToRequest(v), ...(measure && targetGoal !== goalId ? { goalId: targetGoal } : {}) }),
    save: useSaveMeasure(goalId, measure?.id ?? null),
    savedMessage: t('action-programmes.measure.saved'),
    reload,
    onDone,
  });
  const { values, set } = edit;
  const err = (path: string) => programmeFieldError(edit.error, t, path);
  const inLanguage = (field: string) => t('common.localisedText.inLanguage', { field, language: languageNames[editLang] });
  // Projects already linked stay offered even when the list does not include them (not readable, cut).
  const projectOptions = [
    ...(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.acronym ? `${p.acronym} – ${p.title}` : p.title })),
    ...(measure?.projects ?? []).filter((p) => !projects.data?.items.some((i) => i.id === p.id)).map((p) => ({ value: p.id, label: p.title })),
  ];
  return (
    <VersionedEditForm edit={{ ...edit, error: alertError(edit.error) }} onCancel={onDone}>
      <EditLanguageSelect value={editLang} onChange={setEditLang} filled={uiLocales.filter((l) => values.title[l].trim())} />
      <TextInput
        label={inLanguage(t('action-programmes.measure.title'))}
        required
        lang={editLang}
        value={values.title[editLang]}
        onChange={(e) => set({ title: withText(values.title, editLang, e.currentTarget.value) })}
        error={textFieldError(edit.error, t, 'title', editLang, values.title[editLang])}
      />
      <Textarea
        label={inLanguage(t('action-programmes.measure.description'))}
        lang={editLang}
        autosize
        minRows={2}
        maxRows={8}
        value={values.description[editLang]}
        onChange={(e) => set({ description: withText(values.description, editLang, e.currentTarget.value) })}
        error={err(`description.${editLang}`)}
      />
      {measure && goals.length > 1 && (
        <NativeSelect
          label={t('action-programmes.measure.goal')}
          description={t('action-programmes.measure.goalHint')}
          data={goals}
          value={targetGoal}
          onChange={(e) => setTargetGoal(e.currentTarget.value)}
          error={err('goalId')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('action-programmes.measure.status')}
          data={measureStatusList.map((s) => ({ value: s, label: t(`action-programmes.status.${s}`) }))}
          value={values.status}
          onChange={(e) => {
            const status = e.currentTarget.value as MeasureFormValues['status'];
            // A measure done is done in full: the roll-up counts it at 100 %.
            set(status === 'done' ? { status, progress: 100 } : { status });
          }}
          error={err('status')}
        />
        <NumberInput
          label={t('action-programmes.measure.progress')}
          description={t('action-programmes.measure.progressHint')}
          min={0}
          max={100}
          step={5}
          clampBehavior="strict"
          allowDecimal={false}
          suffix=" %"
          value={values.progress}
          onChange={(progress) => set({ progress })}
          error={err('progress')}
        />
        <TextInput
          type="date"
          label={t('action-programmes.measure.startsOn')}
          value={values.startsOn}
          onChange={(e) => set({ startsOn: e.currentTarget.value })}
          error={err('startsOn')}
        />
        <TextInput
          type="date"
          label={t('action-programmes.measure.endsOn')}
          value={values.endsOn}
          onChange={(e) => set({ endsOn: e.currentTarget.value })}
          error={err('endsOn')}
        />
        <TextInput
          label={t('action-programmes.measure.budgetEuro')}
          inputMode="decimal"
          value={values.budget}
          onChange={(e) => set({ budget: e.currentTarget.value })}
          error={err('budget')}
        />
        <TextInput
          label={t('action-programmes.measure.sdgTargets')}
          description={t('action-programmes.measure.sdgHint')}
          value={values.sdgTargets}
          onChange={(e) => set({ sdgTargets: e.currentTarget.value })}
          error={err('sdgTargets')}
        />
      </SimpleGrid>
      <ResponsibleRows rows={values.responsibles} onChange={(responsibles) => set({ responsibles })} cities={partnership?.cities ?? []} error={edit.error} />
      <IndicatorRows rows={values.indicators} onChange={(indicators) => set({ indicators })} editLang={editLang} error={edit.error} />
      <MultiSelect
        label={t('action-programmes.measure.projects')}
        description={t('action-programmes.measure.projectsHint')}
        searchable
        data={projectOptions}
        value={values.projectIds}
        onChange={(projectIds) => set({ projectIds })}
        nothingFoundMessage={t('action-programmes.measure.noProject')}
        error={err('projectIds')}
      />
    </VersionedEditForm>
  );
}
