import { Button, Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMail } from '../../../features/mail/mail.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

const statusColour: Record<OutboxMail['status'], string> = {
  pending: 'indigo',
  sending: 'indigo',
  sent: 'green',
  failed: 'red',
  held: 'orange',
};
const COLUMNS = 8;

/** One mail; its full text unfolds below it (held mail carries links to pass on by hand). */
export function OutboxRow({ mail }: { mail: OutboxMail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const bodyId = `mail-body-${mail.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <StatusBadge color={statusColour[mail.status]}>{t(`users.outbox.statuses.${mail.status}`, { defaultValue: mail.status })}</StatusBadge>
        </Table.Td>
        <Table.Td>{mail.to}</Table.Td>
        <Table.Th scope="row" fw={500}>
          {mail.subject}
        </Table.Th>
        <Table.Td>{t(`users.outbox.purposes.${mail.purpose}`, { defaultValue: mail.purpose })}</Table.Td>
        <Table.Td>{formatDate(mail.createdAt, uiLanguage(i18n))}</Table.Td>
        <Table.Td>{mail.sentAt ? formatDate(mail.sentAt, uiLanguage(i18n)) : '—'}</Table.Td>
        <Table.Td>
          {mail.lastError ? (
            <>
              <Text fz="sm" c="red.9">
                {t(`users.outbox.failures.${mail.lastErrorCode ?? 'other'}`, { defaultValue: t('users.outbox.failures.other') })}
                {mail.attempts > 0 && ` (${t('users.outbox.attempts', { n: mail.attempts })})`}
              </Text>
              {/* The server's own words, for whoever sets up the mail server: they are in English. */}
              <details>
                <summary>
                  <Text component="span" fz="xs">
                    {t('users.outbox.serverSaid')}
                  </Text>
                </summary>
                <Text fz="xs" lang="en" style={{ overflowWrap: 'anywhere' }}>
                  {mail.lastError}
                </Text>
              </details>
            </>
          ) : (
            '—'
          )}
        </Table.Td>
        <Table.Td>
          <Button size="compact-sm" variant="subtle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
            {open ? t('users.outbox.hideText') : t('users.outbox.showText')}
          </Button>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={bodyId} hidden={!open}>
        <Table.Td colSpan={COLUMNS}>
          {open && (
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {mail.text}
            </Code>
          )}
        </Table.Td>
      </Table.Tr>
    </>
  );
}
