import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { conceptName, sdgName, type LabelSources } from './facet-labels.ts';
import { HighlightedText } from './highlighted-text.tsx';
import type { Hit } from './search-api.ts';

/** Where a hit is shown in full: its organisation's page, or for a person without one their city's people. */
export function hitPath(hit: Hit): string {
  if (hit.organisation) return `/organisations/${encodeURIComponent(hit.organisation.key)}`;
  return hit.city ? `/people?city=${encodeURIComponent(hit.city.key)}` : '/people';
}

/** headingLevel 3 below a heading of its own (the related results). */
export function SearchResult({ hit, labels, headingLevel = 2 }: { hit: Hit; labels: LabelSources; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const isItem = hit.type === 'offer' || hit.type === 'request';
  const title = hit.highlights.title || hit.title ? <HighlightedText highlight={hit.highlights.title || hit.title} /> : t('search.result.untitled');
  const sdgs = hit.sdgs ?? [];
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={headingLevel} size="h4" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={hitPath(hit)} inherit>
              {title}
            </Anchor>
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }} tt="none">
            {t(`search.types.${hit.type}`, { defaultValue: hit.type })}
          </Badge>
        </Group>
        <Text fz="sm" c="gray.7">
          {[
            hit.type !== 'organisation' && hit.organisation?.name,
            hit.city && `${hit.city.name} (${hit.city.country})`,
            isItem && hit.category && t(`organisations.categories.${hit.category}`, { defaultValue: hit.category }),
            hit.type === 'organisation' && t(`organisations.kinds.${hit.kind}`, { defaultValue: hit.kind }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {hit.highlights.body && (
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            <HighlightedText highlight={hit.highlights.body} />
          </Text>
        )}
        {hit.matchedConcepts.length > 0 && (
          <Group gap={6} align="center">
            <Text fz="xs" c="gray.7" component="span">
              {t('search.result.matchedConcepts')}
            </Text>
            <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {hit.matchedConcepts.map((key) => (
                <li key={key}>
                  <Badge variant="outline" color="teal.9" tt="none" fw={500}>
                    {conceptName(key, labels)}
                  </Badge>
                </li>
              ))}
            </Group>
          </Group>
        )}
        <ThemeBadges themes={hit.themes} max={3} variant="outline" />
        {sdgs.length > 0 && (
          <Text fz="xs" c="gray.7">
            {sdgs.map((g) => sdgName(g, labels)).join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
