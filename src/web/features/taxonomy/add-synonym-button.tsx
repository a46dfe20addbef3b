import { Button, Group, NativeSelect, Stack, TextInput, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { taxonomyLanguages, type TaxonomyLanguage } from '../../../features/taxonomy/taxonomy.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrorFor, hasFieldErrors } from '../../lib/form-errors.ts';
import { languageLabel } from '../../lib/intl-names.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { readableHint } from '../../lib/readable-styles.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useAddSynonym } from './taxonomy-api.ts';

/** Administrators: a button that opens the form to add a synonym to one concept. */
export function AddSynonymButton({ conceptKey, conceptLabel }: { conceptKey: string; conceptLabel: string }) {
  const { t, i18n } = useTranslation();
  const ui = uiLanguage(i18n);
  const [opened, { open, close }] = useDisclosure(false);
  const defaultLang = ((taxonomyLanguages as readonly string[]).includes(ui) ? ui : 'en') as TaxonomyLanguage;
  const [lang, setLang] = useState<TaxonomyLanguage>(defaultLang);
  const [term, setTerm] = useState('');
  const add = useAddSynonym();

  const reset = () => {
    setLang(defaultLang);
    setTerm('');
    add.reset();
  };
  const dismiss = () => {
    close();
    reset();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const added = await add.mutateAsync({ conceptKey, lang, term });
      notifySuccess(t, t('taxonomy.add.added', { term: added.term, concept: conceptLabel }));
      dismiss();
    } catch {
      // Shown on the fields or in the alert below.
    }
  }

  // The API says "unique" for a spelling the concept has already; the form says it plainly.
  const termError =
    add.error instanceof ApiError && add.error.fields.some((f) => f.path === 'term' && f.rule === 'unique')
      ? t('taxonomy.add.duplicate')
      : fieldErrorFor(add.error, t, 'term');

  return (
    <>
      <Button variant="light" size="compact-sm" onClick={open}>
        {t('taxonomy.add.button')}
        <VisuallyHidden>: {conceptLabel}</VisuallyHidden>
      </Button>
      <FormModal opened={opened} onClose={dismiss} title={t('taxonomy.add.title', { concept: conceptLabel })}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {!hasFieldErrors(add.error) && <FormErrorAlert error={add.error} />}
            <NativeSelect
              label={t('taxonomy.add.lang')}
              required
              data={taxonomyLanguages.map((l) => ({ value: l, label: languageLabel(l, ui) }))}
              value={lang}
              onChange={(e) => setLang(e.currentTarget.value as TaxonomyLanguage)}
              error={fieldErrorFor(add.error, t, 'lang')}
            />
            <TextInput
              label={t('taxonomy.add.term')}
              description={t('taxonomy.add.termHint')}
              {...readableHint}
              required
              maxLength={100}
              lang={lang}
              value={term}
              onChange={(e) => setTerm(e.currentTarget.value)}
              error={termError}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={dismiss}>
                {t('common.actions.cancel')}
              </Button>
              <Button type="submit" loading={add.isPending}>
                {t('taxonomy.add.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormModal>
    </>
  );
}
