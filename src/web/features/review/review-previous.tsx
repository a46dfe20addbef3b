import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewQueueItem } from '../../../features/organisations/item-review.schemas.ts';
import { changedFields } from './review-changes.ts';

const fieldLabel: Record<string, string> = {
  title: 'organisations.items.title',
  text: 'organisations.items.text',
  category: 'organisations.items.category',
  lang: 'organisations.form.textLanguage',
  themes: 'organisations.fields.themes',
  concepts: 'organisations.concepts.title',
};

/** What the public sees of the item now, beside the change waiting for review. */
export function ReviewPrevious({ item }: { item: ReviewQueueItem }) {
  const { t } = useTranslation();
  const previous = item.previous;
  if (!previous) {
    return (
      <Text fz="sm" fw={600}>
        {t('review.previous.none')}
      </Text>
    );
  }
  const changed = changedFields(item, previous);
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap={4}>
        <Text fz="sm" fw={600}>
          {t('review.previous.title')}
        </Text>
        <Text fz="sm">
          {changed.length ? t('review.previous.changed', { fields: changed.map((f) => t(fieldLabel[f])).join(', ') }) : t('review.previous.unchanged')}
        </Text>
        {changed.includes('title') && (
          <Text fz="sm" lang={previous.lang ?? undefined} style={{ overflowWrap: 'anywhere' }}>
            <strong>{t('organisations.items.title')}:</strong> {previous.title || t('review.untitled')}
          </Text>
        )}
        {changed.includes('text') && (
          <Text fz="sm" lang={previous.lang ?? undefined} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            <strong>{t('organisations.items.text')}:</strong> {previous.text}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
