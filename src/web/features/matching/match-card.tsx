import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchView } from '../../../features/matching/matching.schemas.ts';
import { MatchFeedback } from './match-feedback.tsx';

/** One suggestion: who, how well it fits, why, what of theirs answers what of yours, and what to do next. */
export function MatchCard({ match, readerKey, rank, feedback }: { match: MatchView; readerKey: string; rank: number; feedback: boolean }) {
  const { t } = useTranslation();
  const org = match.organisation;
  const headingId = `match-${org.key}`;
  const percent = Math.round(match.score * 100);
  const introduction = `/introductions/new?from=${encodeURIComponent(readerKey)}&to=${encodeURIComponent(org.key)}${match.items[0] ? `&item=${match.items[0].id}` : ''}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} data-testid="match-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              <Text span c="gray.7" fz="inherit" aria-hidden>
                {rank}.{' '}
              </Text>
              <Anchor component={Link} to={`/organisations/${encodeURIComponent(org.key)}`} fz="inherit" fw="inherit">
                {org.name}
              </Anchor>
            </Title>
            <Group gap="xs">
              <Badge variant="light">{t(`organisations.kinds.${org.kind}`, { defaultValue: org.kind })}</Badge>
              <Text c="gray.7" fz="sm">
                {org.city.name} ({org.city.country})
              </Text>
            </Group>
          </Stack>
          <Stack gap={2} align="flex-end">
            <Badge size="lg" variant="outline" color="teal.9" aria-label={t('matching.card.scoreLabel', { percent })}>
              {t('matching.card.score', { percent })}
            </Badge>
            {/* The hint is read by screen readers too (a title attribute alone is not). */}
            <Text fz="xs" c="gray.7" data-testid="match-evidence" title={t(`matching.card.evidence.${match.evidence}Hint`)}>
              {t(`matching.card.evidence.${match.evidence}`)}
              <VisuallyHidden>: {t(`matching.card.evidence.${match.evidence}Hint`)}</VisuallyHidden>
            </Text>
          </Stack>
        </Group>
        <div>
          <Text fw={600} fz="sm">
            {t('matching.card.reasons')}
          </Text>
          <List size="sm" spacing={2} data-testid="match-reasons">
            {match.reasons.map((r, i) => (
              <List.Item key={`${r.code}-${i}`}>{r.text}</List.Item>
            ))}
          </List>
        </div>
        {match.items.length > 0 && (
          <div>
            <Text fw={600} fz="sm">
              {t('matching.card.items')}
            </Text>
            <List size="sm" spacing={2}>
              {match.items.map((item) => (
                <List.Item key={item.id}>
                  <Text span fw={600} fz="inherit">
                    {t(item.direction === 'offer' ? 'matching.card.offer' : 'matching.card.request')}:{' '}
                  </Text>
                  {item.title}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Button component={Link} to={introduction} size="sm">
            {t('matching.card.ask')}
          </Button>
          {feedback && <MatchFeedback reader={readerKey} suggested={org.key} score={match.score} headingId={headingId} />}
        </Group>
      </Stack>
    </Paper>
  );
}
