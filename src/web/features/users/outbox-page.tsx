import { Alert, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mailStatuses } from '../../../features/mail/mail.schemas.ts';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useOutbox } from './outbox-api.ts';
import { OutboxRow } from './outbox-row.tsx';
import { RequireRole } from './require-role.tsx';
import { readableTitle } from '../organisations/readable-alert.ts';

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.outbox.title'));
  return (
    <RequireRole roles={['admin']}>
      <Outbox />
    </RequireRole>
  );
}

function Outbox() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const outbox = useOutbox(status);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('users.outbox.title')}</Title>
        <Text c="gray.7">{t('users.outbox.intro')}</Text>
      </div>
      {outbox.data && !outbox.data.smtpConfigured && (
        <Alert color="orange" styles={readableTitle} title={t('users.outbox.noSmtpTitle')}>
          {t('users.outbox.noSmtp')}
        </Alert>
      )}
      <NativeSelect
        label={t('users.outbox.filterStatus')}
        maw={280}
        data={[
          { value: '', label: t('users.outbox.allStatuses') },
          ...mailStatuses.map((s) => ({ value: s, label: t(`users.outbox.statuses.${s}`) })),
        ]}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value)}
      />
      <QueryState query={outbox}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('users.outbox.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="sm" aria-label={t('users.outbox.caption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.outbox.status')}</Table.Th>
                    <Table.Th scope="col">{t('users.outbox.to')}</Table.Th>
                    <Table.Th scope="col">{t('users.outbox.subject')}</Table.Th>
                    <Table.Th scope="col">{t('users.outbox.purpose')}</Table.Th>
                    <Table.Th scope="col">{t('users.outbox.created')}</Table.Th>
                    <Table.Th scope="col">{t('users.outbox.sent')}</Table.Th>
                    <Table.Th scope="col">{t('users.outbox.lastError')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('users.outbox.text')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((mail) => (
                    <OutboxRow key={mail.id} mail={mail} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
