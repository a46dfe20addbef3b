import { Alert, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mailStatuses } from '../../../features/mail/mail.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { readableTitle } from '../../lib/readable-styles.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useOutbox } from './outbox-api.ts';
import { OutboxRow } from './outbox-row.tsx';

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.outbox.title'));
  return (
    <RequireAbility ability="readMailOutbox">
      <Outbox />
    </RequireAbility>
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
        data={[{ value: '', label: t('users.outbox.allStatuses') }, ...mailStatuses.map((s) => ({ value: s, label: t(`users.outbox.statuses.${s}`) }))]}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value)}
      />
      <QueryState query={outbox}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('users.outbox.empty')} />
          ) : (
            <DataTable
              label={t('users.outbox.caption')}
              minWidth={900}
              columns={[
                t('users.outbox.status'),
                t('users.outbox.to'),
                t('users.outbox.subject'),
                t('users.outbox.purpose'),
                t('users.outbox.created'),
                t('users.outbox.sent'),
                t('users.outbox.lastError'),
              ]}
              hiddenColumn={t('users.outbox.text')}
            >
              {data.items.map((mail) => (
                <OutboxRow key={mail.id} mail={mail} />
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </Stack>
  );
}
