import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackReasons, type FeedbackReason } from '../../../features/matching/matching.schemas.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyError } from '../../lib/notify.ts';
import { useGiveFeedback } from './matching-api.ts';

const negativeReasons = feedbackReasons.filter((r) => r !== 'good-fit');

/** Useful / not useful (with a reason) for one suggestion; sending again replaces the rating. */
export function MatchFeedback({ reader, suggested, score, headingId }: { reader: string; suggested: string; score: number; headingId: string }) {
  const { t } = useTranslation();
  const give = useGiveFeedback(reader);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<FeedbackReason>('wrong-topic');
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState<'useful' | 'not-useful' | null>(null);

  async function send(useful: boolean) {
    try {
      await give.mutateAsync({
        suggestedOrganisation: suggested,
        useful,
        reason: useful ? 'good-fit' : reason,
        comment: useful ? null : comment.trim() || null,
        score,
      });
      setSent(useful ? 'useful' : 'not-useful');
      setAsking(false);
    } catch (error) {
      notifyError(t, errorMessage(error, t), t('common.errors.title'));
    }
  }

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      {sent ? (
        <Text role="status" fz="sm" c="gray.8">
          {t('matching.feedback.thanks')}
        </Text>
      ) : !asking ? (
        <Group gap="xs" wrap="wrap">
          <Text fz="sm" c="gray.8">
            {t('matching.feedback.question')}
          </Text>
          <Button size="xs" variant="light" onClick={() => void send(true)} loading={give.isPending}>
            {t('matching.feedback.useful')}
          </Button>
          <Button size="xs" variant="light" color="gray" onClick={() => setAsking(true)}>
            {t('matching.feedback.notUseful')}
          </Button>
        </Group>
      ) : (
        <Stack gap="xs" maw={480}>
          <NativeSelect
            label={t('matching.feedback.reason')}
            data={negativeReasons.map((r) => ({ value: r, label: t(`matching.feedback.reasons.${r}`) }))}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value as FeedbackReason)}
            data-autofocus
          />
          <Textarea
            label={t('matching.feedback.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Group gap="xs">
            <Button size="xs" onClick={() => void send(false)} loading={give.isPending}>
              {t('matching.feedback.send')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setAsking(false)}>
              {t('matching.feedback.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
