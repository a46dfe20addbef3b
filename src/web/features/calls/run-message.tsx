import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallImportRun } from '../../../features/calls/calls.schemas.ts';

/** Codes whose English message carries more than the words (which records, which error): shown under them. */
const WITH_DETAILS = new Set(['calls.records-skipped', 'calls.rolled-back']);

/**
 * A run's message in the reader's language, worded from its code and parameters. A code this
 * version does not know, or a run logged before codes, reads as a generic line in the reader's
 * language with the server's English text under it, marked as English; never English alone.
 */
export function RunMessage({ run }: { run: Pick<CallImportRun, 'message' | 'messageCode' | 'messageParams'> }) {
  const { t, i18n } = useTranslation();
  if (!run.message && !run.messageCode) return null;
  const key = run.messageCode ? `calls.data.messages.${run.messageCode.replace(/^calls\./, '')}` : null;
  const known = key !== null && i18n.exists(key);
  const params = { ...run.messageParams };
  if (typeof params.reason === 'string' && i18n.exists(`calls.data.reasons.${params.reason}`)) params.reason = t(`calls.data.reasons.${params.reason}`);
  const showOriginal = run.message && (!known || WITH_DETAILS.has(run.messageCode ?? ''));
  return (
    <>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {known ? t(key, params) : t('calls.data.messages.unknown')}
      </Text>
      {showOriginal && (
        <details>
          <Text component="summary" size="xs" c="gray.7">
            {t('calls.data.messages.original')}
          </Text>
          <Text size="xs" lang="en" style={{ overflowWrap: 'anywhere' }}>
            {run.message}
          </Text>
        </details>
      )}
    </>
  );
}
