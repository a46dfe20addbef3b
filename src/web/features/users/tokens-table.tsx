import { Code, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../features/auth/api-tokens.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/labels.ts';
import { useRevokeApiToken } from './tokens-api.ts';
import { StatusBadge } from '../organisations/status-badge.tsx';
import { uiLanguage } from '../organisations/language-options.ts';
import { notifySuccess, notifyError } from '../organisations/notify.ts';

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
      notifyError(t, errorMessage(error, t));
    }
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('users.tokens.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('users.tokens.prefix')}</Table.Th>
            <Table.Th scope="col">{t('users.tokens.state')}</Table.Th>
            <Table.Th scope="col">{t('users.tokens.created')}</Table.Th>
            <Table.Th scope="col">{t('users.tokens.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('users.tokens.expires')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('users.fields.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
                  <StatusBadge color={colour[state]}>
                    {t(`users.tokens.states.${state}`)}
                  </StatusBadge>
                </Table.Td>
                <Table.Td>{date(token.createdAt, '—')}</Table.Td>
                <Table.Td>{date(token.lastUsedAt, t('users.tokens.neverUsed'))}</Table.Td>
                <Table.Td>{date(token.expiresAt, t('users.tokens.noExpiry'))}</Table.Td>
                <Table.Td>
                  {state === 'active' && (
                    <ConfirmButton
                      color="red" c="red.9"
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
