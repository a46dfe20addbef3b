import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Programme, ProgrammeField, ProgrammeGoal, ProgrammeMeasure } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { ShownLanguageNote } from '../../components/localised-record-text.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SectionHeading } from '../../components/section-heading.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DeleteItemButton } from '../partnerships/delete-item-button.tsx';
import { FieldDescriptionModal } from './field-description-modal.tsx';
import { FieldFormModal } from './field-form-modal.tsx';
import { FieldSection, type FieldActions } from './field-section.tsx';
import { GoalFormModal } from './goal-form-modal.tsx';
import { MeasureFormModal } from './measure-form-modal.tsx';
import { formatPeriod } from './programme-format.ts';
import { EditProgrammeModal } from './programme-form-modal.tsx';
import { ProgrammeGlance } from './programme-glance.tsx';
import { useTextChooser } from './programme-text.ts';
import { goalsOf, measuresOf, useDeleteProgramme, usePartnershipOfProgramme, useProgramme } from './programmes-api.ts';

/** /programmes/:key: the joint action programme at a glance, then its fields, goals and measures. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const programme = useProgramme(key);
  const choose = useTextChooser(programme.data?.originalLang);
  usePageTitle(choose(programme.data?.title)?.text ?? t('action-programmes.programme.pageTitle'));
  return (
    <>
      {programme.isError && (
        <Title order={1} mb="md">
          {t('action-programmes.programme.pageTitle')}
        </Title>
      )}
      <QueryState query={programme}>{(p) => <ProgrammeView programme={p} reload={async () => (await programme.refetch()).data} />}</QueryState>
    </>
  );
}

type Dialog =
  | { kind: 'programme' }
  | { kind: 'field' }
  | { kind: 'fieldDescription'; field: ProgrammeField }
  | { kind: 'goal'; field: ProgrammeField; goal: ProgrammeGoal | null }
  | { kind: 'measure'; goal: ProgrammeGoal; measure: ProgrammeMeasure | null };

function ProgrammeView({ programme, reload }: { programme: Programme; reload: () => Promise<Programme | undefined> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = uiLanguage(i18n);
  const choose = useTextChooser(programme.originalLang);
  const partnership = usePartnershipOfProgramme(programme.partnership.key);
  const remove = useDeleteProgramme();
  // One dialog at a time; the last one stays set while its modal fades out.
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const open = (d: Dialog) => {
    setDialog(d);
    setOpened(true);
  };
  const close = () => setOpened(false);
  const title = choose(programme.title);
  const summary = choose(programme.summary);
  const listPath = `/partnerships/${encodeURIComponent(programme.partnership.key)}/programme`;
  const actions: FieldActions = {
    editField: (field) => open({ kind: 'fieldDescription', field }),
    addGoal: (field) => open({ kind: 'goal', field, goal: null }),
    editGoal: (field, goal) => open({ kind: 'goal', field, goal }),
    addMeasure: (goal) => open({ kind: 'measure', goal, measure: null }),
    editMeasure: (goal, measure) => open({ kind: 'measure', goal, measure }),
  };
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={listPath} fz="sm">
          {t('action-programmes.programme.back', { partnership: programme.partnership.name })}
        </Anchor>
        <Title order={1} lang={title?.lang} style={{ hyphens: 'auto', overflowWrap: 'break-word' }}>
          {title?.text ?? programme.key}
        </Title>
        <ShownLanguageNote shown={title} />
        <Text c="gray.7">
          {t('action-programmes.programme.period')}: {formatPeriod(programme.startsOn, programme.endsOn, lang)} ·{' '}
          <Anchor component={Link} to={`/partnerships/${encodeURIComponent(programme.partnership.key)}`} underline="always">
            {programme.partnership.name}
          </Anchor>
        </Text>
        {summary && (
          <Text lang={summary.lang} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {summary.text}
          </Text>
        )}
        {(programme.can.edit || programme.can.delete) && (
          <Group gap="xs" mt="xs">
            {programme.can.edit && (
              <Button variant="default" size="xs" onClick={() => open({ kind: 'programme' })}>
                {t('action-programmes.programme.edit')}
              </Button>
            )}
            {programme.can.edit && (
              <Anchor component={Link} to={`/history/programme/${programme.id}`} fz="sm">
                {t('common.actions.history')}
              </Anchor>
            )}
            {programme.can.delete && (
              <DeleteItemButton
                size="compact-sm"
                title={t('action-programmes.programme.deleteTitle')}
                message={t('action-programmes.programme.deleteMessage', { name: title?.text ?? programme.key })}
                hiddenName={` (${title?.text ?? programme.key})`}
                deletedMessage={t('action-programmes.programme.deleted')}
                onDelete={() => remove.mutateAsync(programme.id).then(() => navigate(listPath))}
                deleting={remove.isPending}
              />
            )}
          </Group>
        )}
      </Stack>
      <ProgrammeGlance programme={programme} choose={choose} />
      <section aria-labelledby="programme-fields">
        <SectionHeading id="programme-fields" title={t('action-programmes.field.title')}>
          {programme.can.addField && (
            <Button variant="light" size="xs" onClick={() => open({ kind: 'field' })}>
              {t('action-programmes.field.add')}
            </Button>
          )}
        </SectionHeading>
        {programme.fields.length === 0 ? (
          <Text c="gray.7">{t('action-programmes.field.empty')}</Text>
        ) : (
          <Stack gap="md">
            {programme.fields.map((f) => (
              <FieldSection key={f.id} field={f} choose={choose} actions={actions} canDelete={programme.can.edit} />
            ))}
          </Stack>
        )}
      </section>
      {dialog?.kind === 'programme' && <EditProgrammeModal programme={programme} reload={reload} opened={opened} onClose={close} />}
      {dialog?.kind === 'field' && <FieldFormModal programme={programme} opened={opened} onClose={close} />}
      {dialog?.kind === 'fieldDescription' && (
        <FieldDescriptionModal field={dialog.field} opened={opened} onClose={close} reload={async () => (await reload())?.fields} />
      )}
      {dialog?.kind === 'goal' && (
        <GoalFormModal
          fieldId={dialog.field.id}
          goal={dialog.goal}
          opened={opened}
          onClose={close}
          reload={async () => {
            const fresh = await reload();
            return fresh && goalsOf(fresh);
          }}
        />
      )}
      {dialog?.kind === 'measure' && (
        <MeasureFormModal
          goalId={dialog.goal.id}
          measure={dialog.measure}
          goals={programme.fields.flatMap((f) => f.goals.map((g) => ({ value: g.id, label: `${f.themeName}: ${choose(g.title)?.text ?? ''}` })))}
          partnership={partnership.data}
          opened={opened}
          onClose={close}
          reload={async () => {
            const fresh = await reload();
            return fresh && measuresOf(fresh);
          }}
        />
      )}
    </Stack>
  );
}
