import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MESSAGE_MAX } from '../../../features/introductions/introductions.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useOrganisationOptions } from '../../lib/lookups-api.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { introductionErrorMessage, introductionFieldError } from './introduction-errors.ts';
import { useCreateIntroduction, useOrganisationByKey } from './introductions-api.ts';

const MESSAGE_MIN = 20;

/**
 * /introductions/new?from=<orgKey>&to=<orgKey>[&item=<id>]: the suggestions page links here.
 * Members and editors ask for their own organisation; coordinators broker between two.
 */
export function NewIntroductionPage() {
  const { t } = useTranslation();
  usePageTitle(t('introductions.new.title'));
  return (
    <RequireRole>
      <NewIntroductionForm />
    </RequireRole>
  );
}

function NewIntroductionForm() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const toKey = params.get('to');
  const itemId = params.get('item');
  // A member or editor asks for their own organisation; a coordinator chooses among their city's.
  const ownOrganisation = user?.organisationId ?? null;
  const broker = can.brokerIntroductions;
  const [fromChoice, setFromChoice] = useState(params.get('from') ?? '');
  const from = fromChoice || ownOrganisation || '';
  const to = useOrganisationByKey(toKey);
  const fromOrg = useOrganisationByKey(from || null);
  const cityOrgs = useOrganisationOptions(user?.cityId ?? null, broker && !params.get('from'));
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const create = useCreateIntroduction();

  const item = to.data && itemId ? [...to.data.offers, ...to.data.requests].find((i) => i.id === itemId) : undefined;
  const length = message.trim().length;
  const localError = tried && length < MESSAGE_MIN ? t('introductions.new.messageTooShort', { min: MESSAGE_MIN }) : undefined;
  const messageError = localError ?? introductionFieldError(create.error, t, 'message');
  const toError = introductionFieldError(create.error, t, 'to');
  const fromError = introductionFieldError(create.error, t, 'from');
  const generalError =
    create.error && !(create.error instanceof ApiError && create.error.fields.length > 0) ? introductionErrorMessage(create.error, t) : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (length < MESSAGE_MIN || !from || !toKey) {
      document.getElementById('introduction-message')?.focus();
      return;
    }
    create.mutate({ from, to: toKey, itemId: itemId ?? null, message: message.trim() }, { onSuccess: (created) => navigate(`/introductions/${created.id}`) });
  }

  if (!toKey) {
    return (
      <Stack>
        <Title order={1}>{t('introductions.new.title')}</Title>
        <Alert color="orange">{t('introductions.new.noTarget')}</Alert>
        <Anchor component={Link} to="/search">
          {t('introductions.new.findPartners')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={720}>
      <div>
        <Title order={1}>{t('introductions.new.title')}</Title>
        <Text c="gray.7">{t('introductions.new.intro')}</Text>
      </div>
      <QueryState query={to}>
        {(target) => (
          <Paper withBorder p="md" radius="md">
            <Text fw={600}>{t('introductions.new.to')}</Text>
            <Text fz="lg">
              <Anchor component={Link} to={`/organisations/${encodeURIComponent(target.key)}`}>
                {target.name}
              </Anchor>{' '}
              <Text span c="gray.7">
                ({target.city.name})
              </Text>
            </Text>
            {item && (
              <Text mt="xs">
                {t('introductions.new.about')}: {item.title ?? item.text.slice(0, 80)}
              </Text>
            )}
          </Paper>
        )}
      </QueryState>
      <form onSubmit={submit} noValidate aria-label={t('introductions.new.formLabel')}>
        <Stack gap="md">
          {broker && !params.get('from') ? (
            <NativeSelect
              id="introduction-from"
              label={t('introductions.new.from')}
              description={t('introductions.new.fromBrokerHint')}
              required
              data={[{ value: '', label: t('introductions.new.chooseFrom') }, ...(cityOrgs.data ?? []).map((o) => ({ value: o.key, label: o.name }))]}
              value={fromChoice}
              onChange={(e) => setFromChoice(e.currentTarget.value)}
              error={(tried && !from ? t('common.rules.required') : undefined) ?? fromError}
            />
          ) : (
            <div>
              <Text fw={600}>{t('introductions.new.from')}</Text>
              <Text>{fromOrg.data ? `${fromOrg.data.name} (${fromOrg.data.city.name})` : from ? '…' : t('introductions.new.noOwnOrganisation')}</Text>
              {fromError && (
                <Text c="red.8" fz="sm" role="alert">
                  {fromError}
                </Text>
              )}
            </div>
          )}
          {toError && (
            <Alert color="red" role="alert">
              {toError}
            </Alert>
          )}
          <Textarea
            id="introduction-message"
            label={t('introductions.new.message')}
            description={`${t('introductions.new.messageHint')} ${t('introductions.new.counter', { n: message.length, max: MESSAGE_MAX })}`}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={MESSAGE_MAX}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={messageError}
          />
          <Alert color="blue" variant="light">
            <Text fz="sm">{t('introductions.new.partnerBlind')}</Text>
          </Alert>
          {generalError && (
            <Alert color="red" role="alert">
              {generalError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('introductions.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
