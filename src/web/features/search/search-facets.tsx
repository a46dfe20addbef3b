import { Button, Radio, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facetOrder, facetValueLabel, type LabelSources } from './facet-labels.ts';
import type { FacetBucket } from './search-api.ts';
import type { FilterName } from './use-search-state.ts';

/** Values shown before "Show all": enough for the usual choice without a wall of options. */
const SHOWN = 6;

interface GroupProps {
  dimension: string;
  buckets: FacetBucket[];
  selected: string;
  labels: LabelSources;
  /** The value the URL holds for a bucket (the city's key rather than its id). */
  urlValue: (bucket: FacetBucket) => string;
  onChange: (value: string | null) => void;
  /** The counts were estimated from a sample: shown as "about". */
  estimated: boolean;
}

/**
 * One facet as a group of radio buttons: each filter takes one value, "All" removes it. Arrow
 * keys move within the group and Tab leaves it, as for any radio group.
 */
function FacetGroup({ dimension, buckets, selected, labels, urlValue, onChange, estimated }: GroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  // Goals of equal count read best in their own order (8 before 17), not as text.
  const ordered = dimension === 'sdg' ? [...buckets].sort((a, b) => b.count - a.count || Number(a.value) - Number(b.value)) : buckets;
  const options: { value: string; label: string; count?: number }[] = ordered.map((b) => ({
    value: urlValue(b),
    label: facetValueLabel(dimension, b.value, labels, b.label),
    count: b.count,
  }));
  // A value in the URL that matches nothing now (or an alias such as "Klausenburg") stays visible, so it can be removed.
  if (selected && !options.some((o) => o.value === selected)) {
    options.unshift({ value: selected, label: facetValueLabel(dimension, selected, labels) });
  }
  const shown = expanded ? options : options.filter((o, i) => i < SHOWN || o.value === selected);
  const groupLabel = t(`search.facets.${dimension}`, { defaultValue: dimension });

  return (
    <Radio.Group label={groupLabel} value={selected} onChange={(value) => onChange(value || null)} size="sm">
      <Stack gap={6} mt={6}>
        <Radio value="" label={t('search.facetAll')} />
        {shown.map((o) => (
          <Radio
            key={o.value}
            value={o.value}
            label={
              <>
                {o.label}
                {o.count !== undefined && (
                  <Text component="span" fz="xs" c="gray.7">
                    {' '}
                    ({estimated ? t('search.about', { count: o.count }) : o.count})
                  </Text>
                )}
              </>
            }
          />
        ))}
        {options.length > SHOWN && (
          <Button variant="subtle" size="compact-xs" onClick={() => setExpanded(!expanded)} aria-expanded={expanded} style={{ alignSelf: 'flex-start' }}>
            {expanded ? t('search.showFewer') : t('search.showAll', { n: options.length })}
            <VisuallyHidden> {groupLabel}</VisuallyHidden>
          </Button>
        )}
      </Stack>
    </Radio.Group>
  );
}

interface Props {
  facets: Record<string, FacetBucket[]>;
  filters: Record<FilterName, string>;
  labels: LabelSources;
  onChange: (name: FilterName, value: string | null) => void;
  estimated: boolean;
}

/** The facet groups the response has, in a fixed order; those the URL cannot hold are left out. */
export function SearchFacets({ facets, filters, labels, onChange, estimated }: Props) {
  const dimensions = Object.keys(facets)
    .filter((d): d is FilterName => d in filters)
    .sort((a, b) => (facetOrder.indexOf(a) + 1 || 99) - (facetOrder.indexOf(b) + 1 || 99));
  // Cities are named by key in the URL (readable, stable); the API counts them by id.
  const urlValue = (dimension: string) => (b: FacetBucket) => (dimension === 'city' ? (labels.cities?.find((c) => c.id === b.value)?.key ?? b.value) : b.value);
  return (
    <Stack gap="lg">
      {dimensions
        .filter((d) => facets[d].length > 0 || filters[d])
        .map((d) => (
          <FacetGroup
            key={d}
            dimension={d}
            buckets={facets[d]}
            selected={filters[d]}
            labels={labels}
            urlValue={urlValue(d)}
            onChange={(v) => onChange(d, v)}
            estimated={estimated}
          />
        ))}
    </Stack>
  );
}
