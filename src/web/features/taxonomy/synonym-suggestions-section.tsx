import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SynonymSuggestionView } from '../../../features/synonym-suggestions/synonym-suggestions.schemas.ts';
import { taxonomyLanguages, type TaxonomyLanguage, type TaxonomyView } from '../../../features/taxonomy/taxonomy.schemas.ts';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { languageLabel } from '../../lib/intl-names.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { localised } from './localised.ts';
import { useAddSynonym, useSynonymSuggestions } from './taxonomy-api.ts';

/** Shown before "show all": enough to review in one sitting without burying the concepts below. */
const FIRST_SHOWN = 12;

/**
 * Administrators and coordinators (`seeSynonymSuggestions`): words the registry's confirmed texts
 * use for a concept that the tagger does not know yet. Administrators add one with a click
 * (`editTaxonomy`); coordinators read them and are told that an administrator adds them.
 */
export function SynonymSuggestionsSection({ taxonomy }: { taxonomy: TaxonomyView }) {
  const { t, i18n } = useTranslation();
  const ui = uiLanguage(i18n);
  const { can } = useSession();
  const [lang, setLang] = useState<TaxonomyLanguage | ''>('');
  const suggestions = useSynonymSuggestions(lang, can.seeSynonymSuggestions);
  const [showAll, setShowAll] = useState(false);
  if (!can.seeSynonymSuggestions) return null;
  const labels = new Map(taxonomy.concepts.map((c) => [c.key, localised(c.labels, ui)]));

  return (
    <Paper component="section" aria-labelledby="synonym-suggestions" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} id="synonym-suggestions">
          {t('taxonomy.suggestions.title')}
        </Title>
        <Text>{t('taxonomy.suggestions.intro')}</Text>
        {!can.editTaxonomy && <Text c="gray.7">{t('taxonomy.suggestions.coordinatorNote')}</Text>}
        <NativeSelect
          label={t('taxonomy.suggestions.lang')}
          data={[{ value: '', label: t('taxonomy.suggestions.allLanguages') }, ...taxonomyLanguages.map((l) => ({ value: l, label: languageLabel(l, ui) }))]}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as TaxonomyLanguage | '')}
          style={{ maxWidth: 260 }}
        />
        <QueryState query={suggestions}>
          {(data) => {
            const list = data.suggestions.filter((s) => labels.has(s.conceptKey));
            if (list.length === 0) {
              return (
                <EmptyState title={t('taxonomy.suggestions.empty')}>
                  <Text c="gray.7">{t('taxonomy.suggestions.emptyHint', { support: data.minSupport, texts: data.textsRead })}</Text>
                </EmptyState>
              );
            }
            const shown = showAll ? list : list.slice(0, FIRST_SHOWN);
            return (
              <Stack gap="sm">
                <Text role="status" aria-live="polite">
                  {t('taxonomy.suggestions.count', { n: list.length, texts: data.textsRead })}
                </Text>
                <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
                  {shown.map((s) => (
                    <SuggestionItem
                      key={`${s.conceptKey}|${s.lang}|${s.term}`}
                      suggestion={s}
                      conceptLabel={labels.get(s.conceptKey)!}
                      canAdd={can.editTaxonomy}
                    />
                  ))}
                </Stack>
                {list.length > shown.length && (
                  <Button variant="subtle" onClick={() => setShowAll(true)} style={{ alignSelf: 'flex-start' }}>
                    {t('taxonomy.suggestions.showAll', { n: list.length })}
                  </Button>
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function SuggestionItem({ suggestion: s, conceptLabel, canAdd }: { suggestion: SynonymSuggestionView; conceptLabel: string; canAdd: boolean }) {
  const { t, i18n } = useTranslation();
  const ui = uiLanguage(i18n);
  const add = useAddSynonym();
  const addIt = async () => {
    try {
      const added = await add.mutateAsync({ conceptKey: s.conceptKey, lang: s.lang, term: s.term });
      notifySuccess(t, t('taxonomy.add.added', { term: added.term, concept: conceptLabel }));
    } catch (error) {
      notifyError(t, errorMessage(error, t), t('common.errors.title'));
    }
  };
  return (
    <Paper component="li" withBorder p="sm" radius="sm" bg="gray.0">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 200px' }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} lang={s.lang} style={{ overflowWrap: 'anywhere' }}>
                {s.term}
              </Text>
              <Badge variant="outline" color="gray.7" tt="none" fw={500}>
                {languageLabel(s.lang, ui)}
              </Badge>
            </Group>
            <Text fz="sm">{t('taxonomy.suggestions.for', { concept: conceptLabel })}</Text>
            <Text fz="sm" c="gray.7">
              {t('taxonomy.suggestions.evidence', { support: s.support, lift: s.lift.toLocaleString(ui) })}
            </Text>
          </Stack>
          {canAdd && (
            <Button variant="light" size="compact-sm" onClick={addIt} loading={add.isPending}>
              {t('taxonomy.suggestions.add')}
              <VisuallyHidden>
                : {s.term}, {conceptLabel}
              </VisuallyHidden>
            </Button>
          )}
        </Group>
        {s.examples.length > 0 && (
          <Stack component="ul" gap={2} m={0} pl="md" aria-label={t('taxonomy.suggestions.examples', { term: s.term })}>
            {s.examples.map((example) => (
              <Text component="li" key={example} fz="sm" fs="italic" lang={s.lang} style={{ overflowWrap: 'anywhere' }}>
                {example}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
