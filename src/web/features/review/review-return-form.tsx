import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorFor } from '../../lib/form-errors.ts';

interface Props {
  itemId: string;
  submitting: boolean;
  /** The failed return's error, for the comment field's message. */
  error: unknown;
  onSubmit: (comment: string) => void;
  onCancel: () => void;
}

/** The comment a coordinator sends back with an item; required, as the editors must know what to change. */
export function ReviewReturnForm({ itemId, submitting, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  // Opening the form leads the keyboard into it.
  useEffect(() => field.current?.focus(), []);

  const empty = !comment.trim();
  const message = (tried && empty ? t('common.rules.required') : undefined) ?? fieldErrorFor(error, t, 'comment');

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (empty) {
      field.current?.focus();
      return;
    }
    onSubmit(comment.trim());
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('review.return.formLabel')}>
      <Stack gap="xs">
        <Textarea
          ref={field}
          id={`return-comment-${itemId}`}
          label={t('review.return.comment')}
          description={t('review.return.commentHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={message}
        />
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('review.return.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
