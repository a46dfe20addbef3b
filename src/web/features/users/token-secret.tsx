import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../../features/auth/api-tokens.schemas.ts';
import { readableTitle } from '../../lib/readable-styles.ts';

/** The new token's secret, shown this one time, with a copy button and a clear warning. */
export function TokenSecret({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" styles={readableTitle} title={t('users.tokens.secretTitle', { name: token.name })} role="status">
      <Stack gap="sm">
        <Text fz="sm">{t('users.tokens.secretWarning')}</Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('users.tokens.secretLabel')}
            value={token.token}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
            styles={{ input: { fontFamily: 'monospace' } }}
            data-testid="api-token-secret"
          />
          <CopyButton value={token.token}>
            {({ copied, copy }) => <Button onClick={copy}>{copied ? t('users.tokens.copied') : t('users.tokens.copy')}</Button>}
          </CopyButton>
        </Group>
        <Text fz="sm">{t('users.tokens.usage')}</Text>
        <Group>
          <Button variant="default" onClick={onDone}>
            {t('users.tokens.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
