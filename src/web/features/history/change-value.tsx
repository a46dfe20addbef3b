import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const isErased = (v: unknown) =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && (v as { erased?: unknown }).erased === true;
const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A before or after value, as short as it can be: text as is, lists joined, structures as JSON. */
export function ChangeValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return (
      <Text component="span" fz="sm" c="gray.7" fs="italic">
        {t('history.value.empty')}
      </Text>
    );
  }
  // The tombstone an erasure leaves where personal data was (personal-data/erasure-tombstone.ts).
  if (isErased(value)) {
    return (
      <Text component="span" fz="sm" c="gray.7" fs="italic">
        {t('history.value.erased')}
      </Text>
    );
  }
  if (typeof value === 'boolean') return <Text component="span" fz="sm">{value ? t('common.yes') : t('common.no')}</Text>;
  if (typeof value === 'string' || typeof value === 'number') {
    return (
      <Text component="span" fz="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {String(value)}
      </Text>
    );
  }
  if (Array.isArray(value) && value.every(isPrimitive)) {
    return (
      <Text component="span" fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {value.map((v) => String(v)).join(', ')}
      </Text>
    );
  }
  return (
    <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', overflow: 'visible' }}>
      {JSON.stringify(value, null, 1)}
    </Code>
  );
}
