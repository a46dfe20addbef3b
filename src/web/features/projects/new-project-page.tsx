import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SUMMARY_MAX, TITLE_MAX } from '../../../features/projects/projects.schemas.ts';
import { RequireAbility } from '../../components/require-ability.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { usePartnerships } from '../partnerships/partnerships-api.ts';
import { projectErrorMessages, projectFieldError } from './project-errors.ts';
import { useCallTitle, useStartProject } from './projects-api.ts';

/**
 * /projects/new[?call=<identifier>][&partnership=<key>]: start a joint project. From a call the
 * server pre-fills title, summary, concepts and deadline: one "Start project" button is enough.
 */
export function NewProjectPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.new.title'));
  return (
    <RequireAbility ability="startProject">
      <NewProjectForm />
    </RequireAbility>
  );
}

function NewProjectForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const callId = params.get('call');
  const call = useCallTitle(callId);
  const partnerships = usePartnerships();
  // The partnerships the caller may start a project for (the API decides: can.startProject).
  const options = (partnerships.data ?? []).filter((p) => p.can.startProject);
  const [partnershipChoice, setPartnership] = useState(params.get('partnership') ?? '');
  const partnership = partnershipChoice || (options.length === 1 ? options[0].key : '');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [tried, setTried] = useState(false);
  const start = useStartProject();

  const partnershipError = (tried && !partnership ? t('common.rules.required') : undefined) ?? projectFieldError(start.error, t, 'partnership');
  const titleError = (tried && !callId && !title.trim() ? t('common.rules.required') : undefined) ?? projectFieldError(start.error, t, 'title');
  const callError = projectFieldError(start.error, t, 'callIdentifier');
  const general = start.error && !(start.error instanceof ApiError && start.error.fields.length > 0) ? projectErrorMessages(start.error, t) : [];

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!partnership || (!callId && !title.trim())) return;
    start.mutate(
      { partnership, callIdentifier: callId ?? undefined, title: title.trim() || undefined, summary: summary.trim() || undefined },
      { onSuccess: (created) => navigate(`/projects/${created.id}`) },
    );
  }

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={1}>{t('projects.new.title')}</Title>
        <Text c="gray.7">{callId ? t('projects.new.introFromCall') : t('projects.new.intro')}</Text>
      </div>
      {callId && (
        <Paper withBorder p="md" radius="md">
          <Text fw={600}>{t('projects.new.call')}</Text>
          <Text style={{ overflowWrap: 'anywhere' }}>{callId}</Text>
          {call.data && <Text fz="lg">{call.data.title}</Text>}
          {callError && (
            <Text c="red.8" fz="sm" role="alert">
              {callError}
            </Text>
          )}
        </Paper>
      )}
      <form onSubmit={submit} noValidate aria-label={t('projects.new.formLabel')}>
        <Stack gap="md">
          <NativeSelect
            label={t('projects.new.partnership')}
            required
            value={partnership}
            onChange={(e) => setPartnership(e.currentTarget.value)}
            data={[{ value: '', label: t('projects.new.choosePartnership') }, ...options.map((p) => ({ value: p.key, label: p.name }))]}
            error={partnershipError}
          />
          <TextInput
            label={t('projects.new.projectTitle')}
            description={callId ? t('projects.new.titleFromCall') : undefined}
            required={!callId}
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={titleError}
          />
          <Textarea
            label={t('projects.new.summary')}
            description={callId ? t('projects.new.summaryFromCall') : undefined}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={SUMMARY_MAX}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          {general.length > 0 && (
            <Alert color="red" role="alert">
              {general.join(' ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={start.isPending}>
              {t('projects.startProject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
