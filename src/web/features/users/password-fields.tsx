import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const MIN_PASSWORD_LENGTH = 12;

interface Props {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  /** Server-side error for the new password, if any. */
  error?: string;
  /** Show the mismatch only once the person has tried to submit. */
  showMismatch: boolean;
}

/** A new password with its confirmation; the rule (at least 12 characters) is said up front. */
export function PasswordFields({ password, confirm, onPassword, onConfirm, error, showMismatch }: Props) {
  const { t } = useTranslation();
  const mismatch = showMismatch && confirm !== password;
  const tooShort = showMismatch && password.length < MIN_PASSWORD_LENGTH;
  return (
    <Stack gap="md">
      <PasswordInput
        label={t('users.password.new')}
        description={t('users.password.rule', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        error={error ?? (tooShort ? t('users.password.tooShort') : undefined)}
      />
      <PasswordInput
        label={t('users.password.confirm')}
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => onConfirm(e.currentTarget.value)}
        error={mismatch ? t('users.password.mismatch') : undefined}
      />
    </Stack>
  );
}
