import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/form-errors.ts';

/** "Loading…" as a polite status: while a query runs, and while a page's code loads (app-layout.tsx). */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-hidden size="sm" mr="sm" />
      <Text c="dimmed">{t('common.loading')}</Text>
    </Center>
  );
}

/** Loading, error and content states of a query, the same way on every page. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <Alert color="red" title={t('common.errors.title')} role="alert" styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
        <Stack gap="xs" align="flex-start">
          <Text>{errorMessage(query.error, t)}</Text>
          <Button variant="light" size="xs" onClick={() => query.refetch()}>
            {t('common.actions.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data as T)}</>;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl" px="md" style={{ textAlign: 'center' }}>
      <Text fw={600}>{title}</Text>
      {children}
    </Stack>
  );
}
