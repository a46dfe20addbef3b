import { Alert, Button, Code, CopyButton, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/labels.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { readableTitle } from '../../lib/readable-styles.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useCalendarFeeds, useCreateFeed, usePartnerships, useRevokeFeed } from './calls-api.ts';

function CopyLink({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={url}>
      {({ copied, copy }) => (
        <Button size="xs" variant="filled" color="indigo" onClick={copy}>
          {copied ? t('calls.feeds.copied') : t('calls.feeds.copy')}
        </Button>
      )}
    </CopyButton>
  );
}

/** Calendar subscription links: create (the secret is shown once), list, revoke. */
export function CalendarFeedsSection() {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const feeds = useCalendarFeeds();
  const partnerships = usePartnerships();
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [fresh, setFresh] = useState<string | null>(null);
  const mine = (partnerships.data ?? []).filter((p) => p.can.subscribeFeed);
  const [partnershipId, setPartnershipId] = useState('');
  const onCreated = { onSuccess: (f: { url: string }) => setFresh(f.url), onError: (e: unknown) => notifyError(t, errorMessage(e, t)) };

  return (
    <PaperSection id="calendar-feeds" title={t('calls.feeds.title')} intro={t('calls.feeds.how')}>
      <Stack gap="md">
        {fresh && (
          <Alert color="green" title={t('calls.feeds.newUrl')} styles={readableTitle}>
            <Stack gap="xs">
              <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {fresh}
              </Code>
              <Group>
                <CopyLink url={fresh} />
              </Group>
            </Stack>
          </Alert>
        )}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Button onClick={() => create.mutate({ scope: 'user' }, onCreated)} loading={create.isPending && create.variables?.scope === 'user'}>
            {t('calls.feeds.createUser')}
          </Button>
          {mine.length > 0 && (
            <>
              <NativeSelect
                label={t('calls.feeds.partnership')}
                value={partnershipId || mine[0].id}
                onChange={(e) => setPartnershipId(e.currentTarget.value)}
                data={mine.map((p) => ({ value: p.id, label: p.name }))}
              />
              <Button variant="light" onClick={() => create.mutate({ scope: 'partnership', partnershipId: partnershipId || mine[0].id }, onCreated)}>
                {t('calls.feeds.createPartnership')}
              </Button>
            </>
          )}
        </Group>
        <QueryState query={feeds}>
          {(items) =>
            items.length === 0 ? (
              <Text c="gray.7">{t('calls.feeds.none')}</Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {items.map((f) => (
                  <Group key={f.id} component="li" justify="space-between" gap="sm" wrap="wrap">
                    <Stack gap={0}>
                      <Text fw={600}>
                        {f.scope === 'user' ? t('calls.feeds.scope.user') : t('calls.feeds.scope.partnership', { name: f.partnership?.name ?? '' })}
                      </Text>
                      <Text fz="sm" c="gray.7">
                        {t('calls.feeds.created', { date: formatDate(f.createdAt, lang) })} ·{' '}
                        {f.lastUsedAt ? t('calls.feeds.lastUsed', { date: formatDate(f.lastUsedAt, lang) }) : t('calls.feeds.neverUsed')}
                      </Text>
                    </Stack>
                    <ConfirmButton
                      size="xs"
                      title={t('calls.feeds.revoke')}
                      message={t('calls.feeds.revokeQuestion')}
                      confirmLabel={t('calls.feeds.revoke')}
                      loading={revoke.isPending}
                      onConfirm={() =>
                        revoke.mutateAsync(f.id).then(
                          () => notifySuccess(t, t('calls.feeds.revoked')),
                          (e: unknown) => notifyError(t, errorMessage(e, t)),
                        )
                      }
                    >
                      {t('calls.feeds.revoke')}
                    </ConfirmButton>
                  </Group>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </PaperSection>
  );
}
