import { Alert, Anchor, Blockquote, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { Link, useParams } from 'react-router';
import { REASON_MAX, type Introduction } from '../../../features/introductions/introductions.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ApiError, isVersionConflict } from '../../lib/api-client.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { IntroductionStatusBadge } from './introduction-badges.tsx';
import { IntroductionContacts } from './introduction-contacts.tsx';
import { introductionErrorMessage, introductionFieldError } from './introduction-errors.ts';
import { IntroductionLadder } from './introduction-ladder.tsx';
import { useIntroduction, useIntroductionAction, useMarkRead } from './introductions-api.ts';

export function IntroductionDetailPage() {
  const { t } = useTranslation();
  usePageTitle(t('introductions.detail.title'));
  return (
    <RequireRole>
      <Detail />
    </RequireRole>
  );
}

function Detail() {
  const { id = '' } = useParams();
  const intro = useIntroduction(id);
  const markRead = useMarkRead();
  const unread = intro.data?.unread;
  // Opening the page reads it: it leaves the unread count in the navigation.
  useEffect(() => {
    if (unread) markRead.mutate(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, unread]);
  return <QueryState query={intro}>{(data) => <IntroductionView intro={data} onReload={() => intro.refetch()} />}</QueryState>;
}

function IntroductionView({ intro, onReload }: { intro: Introduction; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const action = useIntroductionAction();
  const [conflict, setConflict] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const dateTime = (iso: string) => formatDateTime(iso, uiLanguage(i18n));

  const run = (body: Parameters<typeof action.mutate>[0], done: string) =>
    action.mutate(body, {
      onSuccess: () => {
        notifySuccess(t, done);
        setDeclining(false);
      },
      onError: (error) => {
        if (isVersionConflict(error)) setConflict(true);
        else if (!(error instanceof ApiError && error.fields.length)) notifyError(t, introductionErrorMessage(error, t), t('common.errors.title'));
      },
    });
  const base = { id: intro.id, version: intro.version };

  function decline(e: FormEvent) {
    e.preventDefault();
    run({ ...base, action: 'decline', reason: reason.trim() || null }, t('introductions.detail.declined'));
  }

  const sides = [
    { key: 'from' as const, side: intro.from, heading: intro.brokered ? t('introductions.detail.sideA') : t('introductions.detail.asking') },
    { key: 'to' as const, side: intro.to, heading: intro.brokered ? t('introductions.detail.sideB') : t('introductions.detail.asked') },
  ];

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/introductions" fz="sm">
          ← {t('introductions.title')}
        </Anchor>
        <Group justify="space-between" align="flex-start" mt="xs" wrap="wrap">
          <Title order={1}>{t('introductions.list.pair', { from: intro.from.organisation.name, to: intro.to.organisation.name })}</Title>
          <IntroductionStatusBadge intro={intro} />
        </Group>
        <Text c="gray.7">
          {intro.brokered
            ? t('introductions.detail.brokeredOn', { date: dateTime(intro.createdAt) })
            : t('introductions.detail.askedOn', { date: dateTime(intro.createdAt) })}
          {intro.brokeredBy ? ` · ${t('introductions.detail.brokeredBy', { name: intro.brokeredBy.displayName })}` : ''}
          {intro.requestedBy ? ` · ${t('introductions.detail.askedBy', { name: intro.requestedBy.displayName })}` : ''}
        </Text>
      </div>

      <section aria-labelledby="intro-message">
        <Title order={2} fz="h4" id="intro-message">
          {t('introductions.detail.message')}
        </Title>
        <Blockquote color="indigo" p="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {intro.message}
        </Blockquote>
        {intro.item && (
          <Text mt="xs">
            {t('introductions.new.about')}: {intro.item.title}
          </Text>
        )}
      </section>

      {intro.status === 'declined' && (
        <Alert color="red" title={t('introductions.detail.declinedTitle', { name: intro[intro.declinedSide ?? 'to'].organisation.name })}>
          {intro.declinedReason ?? t('introductions.detail.noReason')}
        </Alert>
      )}
      {intro.status === 'withdrawn' && <Alert color="gray">{t('introductions.detail.withdrawnNote')}</Alert>}
      {intro.status === 'pending' && !intro.contactsRevealed && (
        <Alert color="blue" variant="light">
          {t('introductions.detail.partnerBlind')}
        </Alert>
      )}

      {(intro.can.answer || intro.can.withdraw) && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            {intro.can.answer && <Text fw={600}>{t('introductions.detail.yourAnswer')}</Text>}
            <Group gap="sm" wrap="wrap">
              {intro.can.answer && (
                <Button onClick={() => run({ ...base, action: 'accept' }, t('introductions.detail.accepted'))} loading={action.isPending && !declining}>
                  {t('introductions.detail.accept')}
                </Button>
              )}
              {intro.can.answer && !declining && (
                <Button variant="default" color="red" onClick={() => setDeclining(true)}>
                  {t('introductions.detail.decline')}
                </Button>
              )}
              {intro.can.withdraw && (
                <Button variant="default" onClick={() => run({ ...base, action: 'withdraw' }, t('introductions.detail.withdrawn'))}>
                  {t('introductions.detail.withdraw')}
                </Button>
              )}
            </Group>
            {declining && (
              <form onSubmit={decline} aria-label={t('introductions.detail.declineForm')}>
                <Stack gap="xs">
                  <Textarea
                    label={t('introductions.detail.reason')}
                    description={t('introductions.detail.reasonHint')}
                    autosize
                    minRows={2}
                    maxLength={REASON_MAX}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    error={introductionFieldError(action.error, t, 'reason')}
                    data-autofocus
                    autoFocus
                  />
                  <Group gap="sm" justify="flex-end">
                    <Button variant="default" onClick={() => setDeclining(false)}>
                      {t('common.actions.cancel')}
                    </Button>
                    <Button type="submit" color="red.8" loading={action.isPending}>
                      {t('introductions.detail.confirmDecline')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Paper>
      )}

      <Grid>
        {sides.map(({ key, side, heading }) => (
          <Grid.Col key={key} span={{ base: 12, sm: 6 }}>
            <Paper withBorder p="md" radius="md" h="100%" component="section" aria-labelledby={`side-${key}`}>
              <Title order={2} fz="h4" id={`side-${key}`}>
                {heading}
              </Title>
              <Text fz="lg" mt={4}>
                <Anchor component={Link} to={`/organisations/${encodeURIComponent(side.organisation.key)}`}>
                  {side.organisation.name}
                </Anchor>{' '}
                <Text span c="gray.7">
                  ({side.organisation.city.name})
                </Text>
              </Text>
              <Text fz="sm" c="gray.7" mb="xs">
                {side.acceptedAt ? t('introductions.detail.acceptedOn', { date: dateTime(side.acceptedAt) }) : t('introductions.detail.notAccepted')}
              </Text>
              <Title order={3} fz="h5">
                {t('introductions.detail.contacts')}
              </Title>
              <IntroductionContacts contacts={side.contacts} revealed={intro.contactsRevealed} />
            </Paper>
          </Grid.Col>
        ))}
      </Grid>

      {intro.status === 'accepted' && (
        <section aria-labelledby="intro-ladder">
          <Title order={2} fz="h4" id="intro-ladder" mb="xs">
            {t('introductions.ladder.title')}
          </Title>
          <IntroductionLadder
            key={intro.version}
            intro={intro}
            saving={action.isPending}
            error={action.error}
            onMove={(stage, on) => run({ ...base, action: 'stage', stage, on }, t('introductions.ladder.saved'))}
          />
        </section>
      )}

      <ConflictDialog
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={() => {
          setConflict(false);
          onReload();
        }}
      />
    </Stack>
  );
}
