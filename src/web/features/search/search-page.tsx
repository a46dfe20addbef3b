import { Alert, Button, Center, Drawer, Grid, Group, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { useCities, useThemes } from '../../lib/lookups-api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import type { LabelSources } from './facet-labels.ts';
import { exportHref, useSearchResults, useTaxonomyLabels } from './search-api.ts';
import { SearchFacets } from './search-facets.tsx';
import { RelatedResults } from './related-results.tsx';
import { SearchResult } from './search-result.tsx';
import { PAGE_SIZE, useSearchState } from './use-search-state.ts';
import { csvSeparator } from '../../lib/csv-separator.ts';

const sorts = ['relevance', 'name', 'newest'] as const;
// Spreadsheets set to German, Romanian or Hungarian split CSV on ";" (the comma is their decimal mark).

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const state = useSearchState();
  const results = useSearchResults(state.apiParams);
  const themes = useThemes();
  const taxonomy = useTaxonomyLabels();
  const cities = useCities();
  const labels: LabelSources = { t, lang, themes: themes.data, taxonomy: taxonomy.data, cities: cities.data };
  // Facets beside the results from the "sm" breakpoint on; in a drawer on phones.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [drawerOpen, drawer] = useDisclosure(false);
  usePageTitle(state.q ? t('search.titleFor', { q: state.q }) : t('search.title'));

  const [text, setText] = useState(state.q);
  const commitText = useDebouncedCallback((value: string) => state.setText(value), 350);
  // The URL may change from outside (Back, a link, the header's search box): follow it, but keep
  // what is being typed when the URL only took it over (a trailing space must not be eaten).
  useEffect(() => setText((current) => (current.trim() === state.q ? current : state.q)), [state.q]);

  const data = results.data;
  const facets = data ? (
    <SearchFacets
      facets={data.facets}
      filters={state.filters}
      labels={labels}
      onChange={(name, value) => state.setFilter(name, value)}
      estimated={data.estimated}
    />
  ) : null;
  const clearButton = state.activeFilters > 0 && (
    <Button variant="subtle" size="compact-sm" onClick={state.clearFilters} style={{ alignSelf: 'flex-start' }}>
      {t('search.clearFilters')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <form
        role="search"
        aria-label={t('search.formLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          commitText.cancel();
          state.setText(text);
        }}
      >
        <TextInput
          label={t('search.query')}
          description={t('search.queryHint')}
          placeholder={t('search.placeholder')}
          type="search"
          value={text}
          maxLength={200}
          onChange={(e) => {
            setText(e.currentTarget.value);
            commitText(e.currentTarget.value);
          }}
        />
      </form>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Text role="status" aria-live="polite" fw={600}>
          {data && t(data.totalEstimated ? 'search.countAbout' : 'search.count', { total: data.total })}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {!wide && data && (
            <Button variant="default" onClick={drawer.open} aria-haspopup="dialog">
              {state.activeFilters ? t('search.filtersActive', { n: state.activeFilters }) : t('search.filters')}
            </Button>
          )}
          <NativeSelect
            label={t('search.sortLabel')}
            value={state.sort || (state.q ? 'relevance' : 'name')}
            data={sorts.map((s) => ({ value: s, label: t(`search.sorts.${s}`) }))}
            onChange={(e) => state.setSort(e.currentTarget.value)}
          />
          <Button component="a" href={exportHref({ ...state.apiFilters, separator: csvSeparator(lang) })} download variant="light">
            {t('search.download')}
          </Button>
        </Group>
      </Group>
      <Grid gutter="lg">
        {wide && (
          <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
            <Stack gap="sm" component="section" aria-label={t('search.filters')}>
              {clearButton}
              {facets}
            </Stack>
          </Grid.Col>
        )}
        <Grid.Col span={wide ? { base: 12, sm: 8, md: 9 } : 12}>
          <Results state={state} results={results} labels={labels} />
        </Grid.Col>
      </Grid>
      {!wide && (
        // Drawer.Root, so that the drawer's <header> is not announced as a second page banner.
        <Drawer.Root opened={drawerOpen} onClose={drawer.close} size="90%">
          <Drawer.Overlay />
          <Drawer.Content>
            <Drawer.Header role="none">
              <Drawer.Title>{t('search.filters')}</Drawer.Title>
              <Drawer.CloseButton aria-label={t('search.closeFilters')} />
            </Drawer.Header>
            <Drawer.Body>
              <Stack gap="sm">
                {clearButton}
                {facets}
                <Button onClick={drawer.close}>{t('search.showResults')}</Button>
              </Stack>
            </Drawer.Body>
          </Drawer.Content>
        </Drawer.Root>
      )}
    </Stack>
  );
}

interface ResultsProps {
  state: ReturnType<typeof useSearchState>;
  results: ReturnType<typeof useSearchResults>;
  labels: LabelSources;
}

function Results({ state, results, labels }: ResultsProps) {
  const { t } = useTranslation();
  if (results.isPending) {
    return (
      <Center py="xl">
        <Loader aria-hidden size="sm" mr="sm" />
        <Text c="dimmed">{t('common.loading')}</Text>
      </Center>
    );
  }
  if (results.isError) {
    return (
      <Alert color="red" title={t('search.error')} role="alert" styles={{ title: { color: 'var(--mantine-color-red-9)' } }}>
        <Stack gap="xs" align="flex-start">
          <Text>{errorMessage(results.error, t)}</Text>
          <Group gap="xs">
            <Button variant="light" size="xs" onClick={() => results.refetch()}>
              {t('common.actions.retry')}
            </Button>
            {state.activeFilters > 0 && (
              <Button variant="subtle" size="xs" onClick={state.clearFilters}>
                {t('search.clearFilters')}
              </Button>
            )}
          </Group>
        </Stack>
      </Alert>
    );
  }
  const data = results.data;
  if (!data.items.length) {
    return (
      <>
        <EmptyState title={state.q || state.activeFilters ? t('search.noResults') : t('search.nothingIndexed')}>
          {state.activeFilters > 0 ? (
            <Button variant="light" onClick={state.clearFilters}>
              {t('search.clearFilters')}
            </Button>
          ) : (
            state.q && <Text c="gray.7">{t('search.noResultsHint')}</Text>
          )}
        </EmptyState>
        <RelatedResults hits={data.related} labels={labels} />
      </>
    );
  }
  return (
    <Stack gap="md" aria-busy={results.isPlaceholderData}>
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('search.resultsLabel')}>
        {data.items.map((hit) => (
          <li key={`${hit.type}:${hit.id}`}>
            <SearchResult hit={hit} labels={labels} />
          </li>
        ))}
      </Stack>
      <RelatedResults hits={data.related} labels={labels} />
      <ListPagination page={state.page} pageSize={PAGE_SIZE} total={Math.min(data.total, 10_000 + PAGE_SIZE)} onChange={state.setPage} />
      <Text fz="sm" c="gray.7">
        {t('search.downloadHint')}
      </Text>
    </Stack>
  );
}
