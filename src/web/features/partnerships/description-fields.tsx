import { Fieldset, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { filledLanguages, type PartnershipFormValues } from './partnership-form-values.ts';

/** One text per interface language; empty ones are not sent. */
export function DescriptionFields({
  values,
  onChange,
  error,
}: {
  values: PartnershipFormValues;
  onChange: (descriptions: Record<UiLocale, string>) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const sent = filledLanguages(values);
  return (
    <Fieldset legend={t('partnerships.form.description')} variant="unstyled">
      <Stack gap="sm">
        {uiLocales.map((lang) => {
          const index = sent.indexOf(lang);
          return (
            <Textarea
              key={lang}
              lang={lang}
              label={t('partnerships.form.descriptionIn', { language: languageNames[lang] })}
              autosize
              minRows={2}
              maxRows={10}
              value={values.descriptions[lang]}
              onChange={(e) => onChange({ ...values.descriptions, [lang]: e.currentTarget.value })}
              error={index >= 0 ? fieldErrorFor(error, t, `description.${index}`) : undefined}
            />
          );
        })}
      </Stack>
    </Fieldset>
  );
}
