import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../../features/auth/api-tokens.schemas.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { accountFieldError } from './field-error.ts';
import { useCreateApiToken } from './tokens-api.ts';

const lifetimes = ['30', '90', '365', ''] as const;

export function TokenCreateForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState<string>('90');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { name, ...(days ? { expiresInDays: Number(days) } : {}) },
      {
        onSuccess: (token) => {
          setName('');
          create.reset();
          onCreated(token);
        },
      },
    );
  }

  const lifetimeLabel = (d: string) => (d ? t('users.tokens.days', { n: d }) : t('users.tokens.noExpiry'));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={create.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('users.tokens.name')}
            description={t('users.tokens.nameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={accountFieldError(create.error, t, 'name', name)}
          />
          <NativeSelect
            label={t('users.tokens.lifetime')}
            data={lifetimes.map((d) => ({ value: d, label: lifetimeLabel(d) }))}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            error={fieldErrorFor(create.error, t, 'expiresInDays')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('users.tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
