import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorFor } from '../../lib/form-errors.ts';

interface Props {
  visibleToPartners: boolean;
  visibleToPublic: boolean;
  onChange: (patch: { visibleToPartners?: boolean; visibleToPublic?: boolean }) => void;
  error: unknown;
}

/** The two consent flags, explained in plain words: who will see this person. */
export function ConsentFields({ visibleToPartners, visibleToPublic, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('people.consent.legend')}>
      <Stack gap="md">
        <Text fz="sm">{t('people.consent.intro')}</Text>
        <Checkbox
          label={t('people.consent.partners')}
          description={t('people.consent.partnersHint')}
          checked={visibleToPartners}
          onChange={(e) => onChange({ visibleToPartners: e.currentTarget.checked })}
          error={fieldErrorFor(error, t, 'visibleToPartners')}
        />
        <Checkbox
          label={t('people.consent.public')}
          description={t('people.consent.publicHint')}
          checked={visibleToPublic}
          onChange={(e) => onChange({ visibleToPublic: e.currentTarget.checked })}
          error={fieldErrorFor(error, t, 'visibleToPublic')}
        />
        <Text fz="sm" c="gray.7">
          {t('people.consent.askFirst')}
        </Text>
      </Stack>
    </Fieldset>
  );
}
