import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageLabel } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { AddSynonymButton } from './add-synonym-button.tsx';
import { languagesFor, localised } from './localised.ts';
import { RemoveSynonymButton } from './remove-synonym-button.tsx';
import type { TaxonomyConceptView } from './taxonomy-filter.ts';

interface Props {
  concept: TaxonomyConceptView;
  goals: ReadonlyMap<number, string>;
  /** Administrators add and remove synonyms. */
  canEdit: boolean;
}

/** One concept: its label and definition in the reader's language, its goals and its synonyms in all four. */
export function ConceptCard({ concept, goals, canEdit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const label = localised(concept.labels, lang);
  const headingId = `concept-${concept.key}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} id={headingId} fz="lg">
            {label}
          </Title>
          {canEdit && <AddSynonymButton conceptKey={concept.key} conceptLabel={label} />}
        </Group>
        <Text>{localised(concept.definitions, lang)}</Text>
        <Group gap={6} component="ul" aria-label={t('taxonomy.sdgsLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {concept.sdgs.map((goal) => (
            <li key={goal}>
              {/* Outlined grey keeps the text above 4.5:1 contrast; long goal names wrap on phones. */}
              <Badge
                variant="outline"
                color="gray.7"
                tt="none"
                fw={500}
                styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}
              >
                {t('taxonomy.sdg', { n: goal, name: goals.get(goal) ?? '' })}
              </Badge>
            </li>
          ))}
        </Group>
        <Text fw={600} fz="sm" mt={4}>
          {t('taxonomy.synonymsLabel')}
        </Text>
        <Stack component="dl" gap={4} m={0}>
          {languagesFor(lang).map((l) => {
            const added = concept.addedSynonyms.filter((s) => s.lang === l);
            return (
              <Group key={l} gap="xs" align="baseline" wrap="nowrap">
                <Text component="dt" fz="sm" c="gray.7" miw={90}>
                  {languageLabel(l, lang)}
                </Text>
                <Text component="dd" fz="sm" m={0} lang={l}>
                  {[concept.labels[l], ...concept.synonyms[l]].join(' · ')}
                  {added.map((s) => (
                    <span key={s.id}>
                      {' · '}
                      <Text component="span" fz="sm" fw={600}>
                        {s.term}
                      </Text>{' '}
                      <Badge component="span" size="xs" variant="outline" color="indigo.9" lang={lang}>
                        {t('taxonomy.added')}
                      </Badge>
                      {canEdit && (
                        <span lang={lang}>
                          <RemoveSynonymButton id={s.id} term={s.term} conceptLabel={label} />
                        </span>
                      )}
                    </span>
                  ))}
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
