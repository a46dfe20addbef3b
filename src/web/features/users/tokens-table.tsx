import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../features/auth/api-tokens.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/labels.ts';
import { notifySuccess, notifyError } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useRevokeApiToken } from './tokens-api.ts';

type TokenState = 'active' | 'expired' | 'revoked';
const stateOf = (token: ApiToken, now: number): TokenState =>
  token.revokedAt ? 'revoked' : token.expiresAt && Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
const colour: Record<TokenState, string> = { active: 'green', expired: 'gray', revoked: 'gray' };

export function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeApiToken();
  const now = Date.now();
  const date = (value: string | null, none: string) => (value ? formatDate(value, uiLanguage(i18n)) : none);

  async function onRevoke(token: ApiToken) {
    try {
      await revoke.mutateAsync(token.id);
      notifySuccess(t, t('users.tokens.revoked', { name: token.name }));
    } catch (error) {
      notifyError(t, errorMessage(error, t), t('common.errors.title'));
    }
  }

  return (
    <DataTable
      label={t('users.tokens.caption')}
      minWidth={720}
      columns={[
        t('users.tokens.name'),
        t('users.tokens.prefix'),
        t('users.tokens.state'),
        t('users.tokens.created'),
        t('users.tokens.lastUsed'),
        t('users.tokens.expires'),
      ]}
      hiddenColumn={t('users.fields.actions')}
      highlightOnHover
    >
      {tokens.map((token) => {
        const state = stateOf(token, now);
        return (
          <Table.Tr key={token.id}>
            <Table.Th scope="row" fw={600}>
              {token.name}
            </Table.Th>
            <Table.Td>
              <Code>{token.prefix}…</Code>
            </Table.Td>
            <Table.Td>
              <StatusBadge color={colour[state]}>{t(`users.tokens.states.${state}`)}</StatusBadge>
            </Table.Td>
            <Table.Td>{date(token.createdAt, '—')}</Table.Td>
            <Table.Td>{date(token.lastUsedAt, t('users.tokens.neverUsed'))}</Table.Td>
            <Table.Td>{date(token.expiresAt, t('users.tokens.noExpiry'))}</Table.Td>
            <Table.Td>
              {state === 'active' && (
                <ConfirmButton
                  size="compact-sm"
                  aria-label={t('users.tokens.revokeNamed', { name: token.name })}
                  title={t('users.tokens.revokeTitle')}
                  message={t('users.tokens.revokeMessage', { name: token.name })}
                  confirmLabel={t('users.tokens.revoke')}
                  onConfirm={() => onRevoke(token)}
                  loading={revoke.isPending}
                >
                  {t('users.tokens.revoke')}
                </ConfirmButton>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
