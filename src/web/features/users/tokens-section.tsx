import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../../features/auth/api-tokens.schemas.ts';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { TokenCreateForm } from './token-create-form.tsx';
import { TokenSecret } from './token-secret.tsx';
import { TokensTable } from './tokens-table.tsx';
import { useApiTokens } from './tokens-api.ts';

/** Personal API tokens for scripts and integrations, acting with the owner's rights. */
export function TokensSection() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  // Only in memory: the secret is gone once this page is left, as the API cannot show it again.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <Stack gap="md">
      <Text c="gray.7" fz="sm">
        {t('users.tokens.intro')}
      </Text>
      {created ? <TokenSecret token={created} onDone={() => setCreated(null)} /> : <TokenCreateForm onCreated={setCreated} />}
      <QueryState query={tokens}>{(items) => (items.length ? <TokensTable tokens={items} /> : <EmptyState title={t('users.tokens.empty')} />)}</QueryState>
    </Stack>
  );
}
