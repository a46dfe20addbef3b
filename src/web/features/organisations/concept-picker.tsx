import { Badge, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConceptProposal } from '../../../features/tagging/tagging.schemas.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { labelIn, intlLocale } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { MIN_PROPOSAL_TEXT, useConceptLabels, useConceptProposals } from './concepts-api.ts';

interface Props {
  /** The texts to read (title and text of an item, or each description), with their declared language. */
  sources: { text: string; lang: string }[];
  value: string[];
  onChange: (concepts: string[]) => void;
  /** The API's field path of this list, e.g. "offers.0.concepts", for its error. */
  path: string;
  error: unknown;
}

/** Proposals are read again this long after the editor stops typing. */
const DEBOUNCE_MS = 700;

/**
 * Taxonomy concepts of a text: the tagger proposes, the editor confirms (adds to the saved list)
 * or dismisses; confirmed concepts can be removed. Nothing is saved without the editor's choice.
 */
export function ConceptPicker({ sources, value, onChange, path, error }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const headingId = useId();
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set());
  // Debounced by content: the parent hands a new array on every render.
  const [debouncedKey] = useDebouncedValue(JSON.stringify(sources), DEBOUNCE_MS);
  const debounced = useMemo(() => JSON.parse(debouncedKey) as Props['sources'], [debouncedKey]);
  const results = useConceptProposals(debounced);
  const labels = useConceptLabels();

  const proposals = useMemo(() => {
    const best = new Map<string, ConceptProposal>();
    for (const r of results) {
      for (const c of r.data?.concepts ?? []) if ((best.get(c.key)?.confidence ?? -1) < c.confidence) best.set(c.key, c);
    }
    return [...best.values()].filter((c) => !value.includes(c.key) && !dismissed.has(c.key)).sort((a, b) => b.confidence - a.confidence);
  }, [results, value, dismissed]);

  const percent = new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 0 });
  const labelOf = (key: string, own?: ConceptProposal['labels']) => labelIn(own ?? labels.data?.get(key)?.labels, lang) || key;
  const loading = results.some((r) => r.isFetching);
  const failed = results.some((r) => r.isError);
  const hasText = debounced.some((s) => s.text.trim().length >= MIN_PROPOSAL_TEXT);
  const message = fieldErrorFor(error, t, path);

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Text fw={600} fz="sm" id={headingId}>
        {t('organisations.concepts.title')}
      </Text>
      {value.length ? (
        <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('organisations.concepts.confirmed')}>
          {value.map((key) => (
            <li key={key}>
              <Badge
                variant="light"
                color="teal"
                c="gray.9"
                tt="none"
                fw={500}
                size="lg"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={t('organisations.concepts.remove', { label: labelOf(key) })}
                    onClick={() => onChange(value.filter((k) => k !== key))}
                  />
                }
              >
                {labelOf(key)}
              </Badge>
            </li>
          ))}
        </Group>
      ) : (
        <Text fz="sm" c="gray.7">
          {t('organisations.concepts.none')}
        </Text>
      )}
      {message && (
        <Text fz="sm" c="red.9" role="alert">
          {message}
        </Text>
      )}
      <div aria-live="polite">
        {proposals.length > 0 ? (
          <Stack gap={4}>
            <Text fz="sm" c="gray.7">
              {t('organisations.concepts.proposed')}
            </Text>
            <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {proposals.map((c) => (
                <li key={c.key}>
                  <Button.Group>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onChange([...value, c.key])}
                      aria-label={t('organisations.concepts.confirm', { label: labelOf(c.key, c.labels), confidence: percent.format(c.confidence) })}
                    >
                      + {labelOf(c.key, c.labels)}{' '}
                      <Text span fz="xs" c="gray.7" ml={4}>
                        {percent.format(c.confidence)}
                      </Text>
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      px={6}
                      onClick={() => setDismissed((d) => new Set(d).add(c.key))}
                      aria-label={t('organisations.concepts.dismiss', { label: labelOf(c.key, c.labels) })}
                    >
                      ×
                    </Button>
                  </Button.Group>
                </li>
              ))}
            </Group>
          </Stack>
        ) : (
          <Text fz="xs" c="gray.7">
            {loading
              ? t('organisations.concepts.looking')
              : failed
                ? t('organisations.concepts.failed')
                : hasText
                  ? t('organisations.concepts.noProposals')
                  : t('organisations.concepts.writeMore')}
          </Text>
        )}
      </div>
    </Stack>
  );
}
