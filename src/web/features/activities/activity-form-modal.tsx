import { Checkbox, Fieldset, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../features/activities/activities.schemas.ts';
import type { CitySummary } from '../../../features/cities/cities.schemas.ts';
import type { OrganisationSummary } from '../../../features/organisations/organisations.schemas.ts';
import type { ProjectListResponse } from '../../../features/projects/projects.schemas.ts';
import { uiLocales } from '../../../shared/locales.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { TextLanguageFields } from '../../components/text-language-fields.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { apiGet, query } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { labelIn } from '../../lib/labels.ts';
import { languageOptions } from '../../lib/language-options.ts';
import { uiLocaleOf, withText } from '../../lib/localised-text-form.ts';
import { useThemes } from '../../lib/lookups-api.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { useSaveActivity } from './activities-api.ts';
import { activityToForm, formToRequest, type ActivityFormValues } from './activity-form-values.ts';
import { activityKindList, timeZoneOptions } from './activity-labels.ts';
import { AgendaRows } from './agenda-rows.tsx';
import { useMeasureOptions } from './measure-options.ts';

export interface PartnershipRef {
  id: string;
  key: string;
  cities: CitySummary[];
}

interface Props {
  partnership: PartnershipRef;
  /** null plans a new activity. */
  activity: Activity | null;
  opened: boolean;
  onClose: () => void;
  onSaved?: (activity: Activity) => void;
}

export function ActivityFormModal({ opened, onClose, activity, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="xl" title={activity ? t('activities.form.editTitle') : t('activities.form.planTitle')}>
      {opened && <ActivityForm key={activity?.id ?? 'new'} activity={activity} onClose={onClose} {...rest} />}
    </FormModal>
  );
}

/** Organisations of the partnership's cities, grouped by city: the organisers are picked from them. */
function useOrganiserOptions(cities: CitySummary[]) {
  const results = useQueries({
    queries: cities.map((c) => ({
      queryKey: ['organisations', 'options', c.id],
      queryFn: () => apiGet<{ items: OrganisationSummary[] }>(`/api/organisations${query({ cityId: c.id, limit: 200 })}`),
      staleTime: 5 * 60_000,
    })),
  });
  return cities.map((c, i) => ({ group: c.name, items: (results[i]?.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })) }));
}

function ActivityForm({ partnership, activity, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const [editLang, setEditLang] = useState(uiLocaleOf(lang));
  const save = useSaveActivity(partnership.id, activity?.id ?? null);
  const organisers = useOrganiserOptions(partnership.cities);
  const themes = useThemes();
  const projects = useQuery({
    queryKey: ['projects', 'list', { partnership: partnership.key }],
    queryFn: () => apiGet<ProjectListResponse>(`/api/projects${query({ partnership: partnership.key })}`),
    retry: false,
  });
  const measures = useMeasureOptions(partnership.id, lang);
  const edit = useVersionedEdit({
    record: activity,
    toValues: (a) => activityToForm(a, uiLocaleOf(lang), partnership.cities[0]?.id ?? ''),
    toRequest: (v, version) => ({ ...formToRequest(v), ...(version ? { version } : {}) }),
    save,
    onSaved: (saved) => {
      onClose();
      onSaved?.(saved);
    },
    reload: () => (activity ? apiGet<Activity>(`/api/activities/${activity.id}`) : Promise.resolve(null)),
  });
  const { values, set } = edit;
  const err = (path: string) => fieldErrorFor(edit.error, t, path);
  const inLanguage = (field: string) => t('common.localisedText.inLanguage', { field, language: languageNames[editLang] });
  const online = !values.hostCityId;

  return (
    <VersionedEditForm edit={edit} onCancel={onClose} submitLabel={activity ? undefined : t('activities.form.plan')}>
      <TextLanguageFields
        editLang={editLang}
        onEditLangChange={setEditLang}
        originalLang={values.originalLang}
        onOriginalLangChange={(originalLang) => set({ originalLang })}
        filled={uiLocales.filter((l) => values.title[l].trim())}
        error={edit.error}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('activities.form.kind')}
          required
          data={activityKindList.map((k) => ({ value: k, label: t(`activities.kind.${k}`) }))}
          value={values.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as ActivityFormValues['kind'] })}
          error={err('kind')}
        />
        <TextInput
          label={inLanguage(t('activities.form.title'))}
          required={editLang === values.originalLang}
          lang={editLang}
          value={values.title[editLang]}
          onChange={(e) => set({ title: withText(values.title, editLang, e.currentTarget.value) })}
          error={fieldErrorFor(edit.error, t, `title.${editLang}`) ?? (values.title[editLang].trim() ? undefined : err('title'))}
        />
      </SimpleGrid>
      <Textarea
        label={inLanguage(t('activities.form.description'))}
        lang={editLang}
        autosize
        minRows={3}
        maxRows={12}
        value={values.description[editLang]}
        onChange={(e) => set({ description: withText(values.description, editLang, e.currentTarget.value) })}
        error={err(`description.${editLang}`) ?? err('description')}
      />
      <Fieldset legend={t('activities.form.whenWhere')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('activities.form.hostCity')}
            data={[...partnership.cities.map((c) => ({ value: c.id, label: c.name })), { value: '', label: t('activities.online') }]}
            value={values.hostCityId}
            onChange={(e) => set({ hostCityId: e.currentTarget.value })}
            error={err('hostCityId')}
          />
          <NativeSelect
            label={t('activities.form.timeZone')}
            description={online ? undefined : t('activities.form.timeZoneHint')}
            required={online}
            data={[
              { value: '', label: online ? t('activities.form.chooseTimeZone') : t('activities.form.cityTimeZone') },
              ...timeZoneOptions(values.timeZone).map((z) => ({ value: z, label: z })),
            ]}
            value={values.timeZone}
            onChange={(e) => set({ timeZone: e.currentTarget.value })}
            error={err('timeZone')}
          />
          {!online && (
            <TextInput label={t('activities.form.venue')} value={values.venue} onChange={(e) => set({ venue: e.currentTarget.value })} error={err('venue')} />
          )}
          <TextInput
            type="datetime-local"
            label={t('activities.form.starts')}
            description={t('activities.form.localTimeHint')}
            required
            value={values.startsLocal}
            onChange={(e) => set({ startsLocal: e.currentTarget.value })}
            error={err('startsLocal')}
          />
          <TextInput
            type="datetime-local"
            label={t('activities.form.ends')}
            description={t('activities.form.localTimeHint')}
            required
            value={values.endsLocal}
            onChange={(e) => set({ endsLocal: e.currentTarget.value })}
            error={err('endsLocal')}
          />
        </SimpleGrid>
        <TextInput
          mt="sm"
          type="url"
          label={t('activities.form.onlineUrl')}
          value={values.onlineUrl}
          onChange={(e) => set({ onlineUrl: e.currentTarget.value })}
          error={err('onlineUrl')}
        />
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('activities.form.languages')}
          searchable
          data={languageOptions(lang, values.languages)}
          value={values.languages}
          onChange={(languages) => set({ languages })}
          error={err('languages')}
        />
        <MultiSelect
          label={t('activities.form.themes')}
          searchable
          data={(themes.data ?? []).map((th) => ({ value: th.key, label: labelIn(th.labels, lang) }))}
          value={values.themes}
          onChange={(v) => set({ themes: v })}
          error={err('themes')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('activities.form.organisers')}
        description={t('activities.form.organisersHint')}
        searchable
        data={organisers}
        value={values.organiserOrganisationIds}
        onChange={(organiserOrganisationIds) => set({ organiserOrganisationIds })}
        error={err('organiserOrganisationIds')}
      />
      <AgendaRows rows={values.agenda} onChange={(agenda) => set({ agenda })} editLang={editLang} defaultStart={values.startsLocal} error={edit.error} />
      <NativeSelect
        label={t('activities.form.project')}
        data={[{ value: '', label: t('activities.form.noProject') }, ...(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))]}
        value={values.projectId}
        onChange={(e) => set({ projectId: e.currentTarget.value })}
        error={err('projectId')}
      />
      <NativeSelect
        label={t('activities.form.measure')}
        data={[{ value: '', label: t('activities.form.noMeasure') }, ...measures]}
        value={values.measureId}
        onChange={(e) => set({ measureId: e.currentTarget.value })}
        error={err('measureId')}
      />
      <Fieldset legend={t('activities.form.registration')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Checkbox label={t('activities.form.isPublic')} checked={values.isPublic} onChange={(e) => set({ isPublic: e.currentTarget.checked })} />
          <Checkbox
            label={t('activities.form.registrationOpen')}
            checked={values.registrationOpen}
            onChange={(e) => set({ registrationOpen: e.currentTarget.checked })}
          />
          <NumberInput
            label={t('activities.form.capacity')}
            description={t('activities.form.capacityHint')}
            min={1}
            allowDecimal={false}
            value={values.capacity}
            onChange={(capacity) => set({ capacity })}
            error={err('capacity')}
          />
          <TextInput
            type="datetime-local"
            label={t('activities.form.deadline')}
            value={values.registrationDeadlineLocal}
            onChange={(e) => set({ registrationDeadlineLocal: e.currentTarget.value })}
            error={err('registrationDeadlineLocal')}
          />
          <NumberInput
            label={t('activities.form.needsRetentionDays')}
            description={t('activities.form.needsRetentionHint')}
            min={0}
            max={365}
            allowDecimal={false}
            value={values.needsRetentionDays}
            onChange={(needsRetentionDays) => set({ needsRetentionDays })}
            error={err('needsRetentionDays')}
          />
        </SimpleGrid>
      </Fieldset>
    </VersionedEditForm>
  );
}
