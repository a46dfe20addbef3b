import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSources } from './facet-labels.ts';
import type { Hit } from './search-api.ts';
import { SearchResult } from './search-result.tsx';

/**
 * The results the API sends below a search that found few organisations, under a heading of their
 * own so that nobody takes them for matches of what they typed.
 */
export function RelatedResults({ hits, labels }: { hits: Hit[]; labels: LabelSources }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!hits.length) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} mt="md">
      <Title order={2} size="h3" id={headingId}>
        {t('search.relatedTitle')}
      </Title>
      <Text fz="sm" c="gray.7">
        {t('search.relatedHint')}
      </Text>
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {hits.map((hit) => (
          <li key={`${hit.type}:${hit.id}`}>
            <SearchResult hit={hit} labels={labels} headingLevel={3} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
