import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewQueueItem } from '../../../features/organisations/item-review.schemas.ts';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { ConceptBadges } from '../organisations/concept-badges.tsx';
import { languageLabel } from '../../lib/intl-names.ts';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ReviewPrevious } from './review-previous.tsx';
import { ReviewReturnForm } from './review-return-form.tsx';

interface Props {
  item: ReviewQueueItem;
  approving: boolean;
  returning: boolean;
  returnError: unknown;
  onApprove: () => void;
  onReturn: (comment: string) => void;
}

/** One offer or request waiting for review, with what it says and the two decisions. */
export function ReviewItemCard({ item, approving, returning, returnError, onApprove, onReturn }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const [returnOpen, setReturnOpen] = useState(false);
  const returnButton = useRef<HTMLButtonElement>(null);
  const headingId = `review-item-${item.id}`;
  const title = item.title || t('review.untitled');

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color="indigo" tt="none">
            {t(`review.direction.${item.direction}`)}
          </Badge>
          {item.category && (
            <Badge variant="outline" color="gray.7" tt="none">
              {t(`organisations.categories.${item.category}`, { defaultValue: item.category })}
            </Badge>
          )}
          {item.lang && (
            <Badge variant="outline" color="gray.7" tt="none">
              {languageLabel(item.lang, lang)}
            </Badge>
          )}
        </Group>
        <Title order={2} size="h4" id={headingId} tabIndex={-1} lang={item.lang ?? undefined} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Text fz="sm">
          <Anchor component={Link} to={`/organisations/${item.organisation.key}`}>
            {item.organisation.name}
          </Anchor>{' '}
          · {item.city.name}
        </Text>
        {item.submittedAt && (
          <Text fz="sm" c="gray.7">
            {item.submittedBy
              ? t('review.submittedBy', { date: formatDate(item.submittedAt, lang), name: item.submittedBy.displayName })
              : t('review.submitted', { date: formatDate(item.submittedAt, lang) })}
          </Text>
        )}
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} lang={item.lang ?? undefined}>
          {item.text}
        </Text>
        <ThemeBadges themes={item.themes} variant="outline" />
        <ConceptBadges concepts={item.concepts} />
        <Text fz="sm" c={item.expired ? 'red.9' : 'gray.7'}>
          {item.validUntil
            ? item.expired
              ? t('organisations.items.expired', { date: formatDate(item.validUntil, lang) })
              : t('organisations.items.validUntil', { date: formatDate(item.validUntil, lang) })
            : t('review.noEnd')}
        </Text>
        <ReviewPrevious item={item} />
        <Anchor component={Link} to={`/history/organisation/${item.organisation.id}`} fz="sm">
          {t('review.history', { name: item.organisation.name })}
        </Anchor>
        {returnOpen ? (
          <ReviewReturnForm
            itemId={item.id}
            submitting={returning}
            error={returnError}
            onSubmit={onReturn}
            onCancel={() => {
              setReturnOpen(false);
              // Back where the keyboard came from.
              requestAnimationFrame(() => returnButton.current?.focus());
            }}
          />
        ) : (
          <Group gap="sm" justify="flex-end">
            <Button ref={returnButton} variant="default" onClick={() => setReturnOpen(true)} aria-label={t('review.return.openFor', { title })}>
              {t('review.return.open')}
            </Button>
            <Button loading={approving} onClick={onApprove} aria-label={t('review.approveFor', { title })}>
              {t('review.approve')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
