import { Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TaxonomyView } from '../../../features/taxonomy/taxonomy.schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { readableHint } from '../../lib/readable-styles.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ConceptCard } from './concept-card.tsx';
import { SynonymSuggestionsSection } from './synonym-suggestions-section.tsx';
import { useTaxonomy } from './taxonomy-api.ts';
import { filterConcepts, type TaxonomyFilter } from './taxonomy-filter.ts';
import { localised } from './localised.ts';

/**
 * Public: browse the taxonomy's domains and concepts; administrators also manage added synonyms,
 * and review with coordinators the synonyms suggested from the registry.
 */
export function TaxonomyPage() {
  const { t } = useTranslation();
  usePageTitle(t('taxonomy.title'));
  const taxonomy = useTaxonomy();
  return (
    <Stack gap="lg">
      <PageHeader title={t('taxonomy.title')} intro={t('taxonomy.intro')} />
      <QueryState query={taxonomy}>{(data) => <TaxonomyBrowser data={data} />}</QueryState>
    </Stack>
  );
}

function TaxonomyBrowser({ data }: { data: TaxonomyView }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const { can } = useSession();
  const canEdit = can.editTaxonomy;
  const [params, setParams] = useSearchParams();
  const filter: TaxonomyFilter = { q: params.get('q') ?? '', domain: params.get('domain') ?? '', sdg: params.get('sdg') ?? '' };
  const setFilter = (patch: Partial<TaxonomyFilter>) => {
    const next = { ...filter, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)), { replace: true });
  };
  const shown = filterConcepts(data.concepts, filter, lang);
  const goals = new Map(data.sdgGoals.map((g) => [g.goal, localised(g.names, lang)]));

  return (
    <Stack gap="lg">
      <SynonymSuggestionsSection taxonomy={data} />
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('taxonomy.filter.label')}>
        <TextInput
          type="search"
          label={t('taxonomy.filter.q')}
          description={t('taxonomy.filter.qHint')}
          {...readableHint}
          value={filter.q}
          onChange={(e) => setFilter({ q: e.currentTarget.value })}
          style={{ flex: '2 1 260px' }}
        />
        <NativeSelect
          label={t('taxonomy.filter.domain')}
          data={[{ value: '', label: t('taxonomy.filter.allDomains') }, ...data.domains.map((d) => ({ value: d.key, label: localised(d.labels, lang) }))]}
          value={filter.domain}
          onChange={(e) => setFilter({ domain: e.currentTarget.value })}
          style={{ flex: '1 1 220px' }}
        />
        <NativeSelect
          label={t('taxonomy.filter.sdg')}
          data={[
            { value: '', label: t('taxonomy.filter.allSdgs') },
            ...data.sdgGoals.map((g) => ({ value: String(g.goal), label: t('taxonomy.sdg', { n: g.goal, name: localised(g.names, lang) }) })),
          ]}
          value={filter.sdg}
          onChange={(e) => setFilter({ sdg: e.currentTarget.value })}
          style={{ flex: '1 1 220px' }}
        />
      </Group>
      {canEdit && <Text c="gray.7">{t('taxonomy.adminNote')}</Text>}
      <Text role="status" aria-live="polite">
        {t('taxonomy.count', { n: shown.length, total: data.concepts.length })}
      </Text>
      {shown.length === 0 ? (
        <EmptyState title={t('taxonomy.empty')}>
          <Text c="gray.7">{t('taxonomy.emptyHint')}</Text>
        </EmptyState>
      ) : (
        data.domains
          .map((domain) => ({ domain, concepts: shown.filter((c) => c.domain === domain.key) }))
          .filter((group) => group.concepts.length > 0)
          .map(({ domain, concepts }) => (
            <Stack key={domain.key} gap="sm" component="section" aria-labelledby={`domain-${domain.key}`}>
              <Title order={2} id={`domain-${domain.key}`}>
                {localised(domain.labels, lang)}
              </Title>
              {concepts.map((concept) => (
                <ConceptCard key={concept.key} concept={concept} goals={goals} canEdit={canEdit} />
              ))}
            </Stack>
          ))
      )}
    </Stack>
  );
}
