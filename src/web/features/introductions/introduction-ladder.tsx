import { Button, Group, List, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import type { Introduction } from '../../../features/introductions/introductions.schemas.ts';
import { introductionFieldError } from './introduction-errors.ts';
import type { IntroductionStage } from './introductions-api.ts';

const steps: { stage: IntroductionStage; date: keyof Introduction['ladder'] }[] = [
  { stage: 'introduced', date: 'introducedOn' },
  { stage: 'met', date: 'metOn' },
  { stage: 'collaborating', date: 'collaboratingOn' },
  { stage: 'joint-project', date: 'jointProjectOn' },
];

interface Props {
  intro: Introduction;
  saving: boolean;
  error: unknown;
  onMove: (stage: IntroductionStage, on: string) => void;
}

/** The follow-up ladder with its dates; either side records the next step (or corrects one). */
export function IntroductionLadder({ intro, saving, error, onMove }: Props) {
  const { t, i18n } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const current = steps.findIndex((s) => s.stage === intro.stage);
  const [stage, setStage] = useState<IntroductionStage>(steps[Math.min(current + 1, steps.length - 1)].stage);
  const [on, setOn] = useState(today);
  const format = (d: string) => formatDay(d, uiLanguage(i18n));

  function submit(e: FormEvent) {
    e.preventDefault();
    onMove(stage, on);
  }

  return (
    <Stack gap="sm">
      <List type="ordered" spacing={4} aria-label={t('introductions.ladder.title')}>
        {steps.map((s, i) => {
          const date = intro.ladder[s.date];
          return (
            <List.Item key={s.stage} aria-current={i === current ? 'step' : undefined}>
              <Text span fw={i === current ? 700 : 400}>
                {t(`introductions.stage.${s.stage}`)}
              </Text>
              <Text span c="gray.7">
                {' — '}
                {date ? format(date) : t('introductions.ladder.notYet')}
              </Text>
            </List.Item>
          );
        })}
      </List>
      {intro.can.moveStage && (
        <form onSubmit={submit} aria-label={t('introductions.ladder.formLabel')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('introductions.ladder.step')}
              data={steps.map((s) => ({ value: s.stage, label: t(`introductions.stage.${s.stage}`) }))}
              value={stage}
              onChange={(e) => setStage(e.currentTarget.value as IntroductionStage)}
            />
            <TextInput
              type="date"
              label={t('introductions.ladder.on')}
              value={on}
              max={today}
              onChange={(e) => setOn(e.currentTarget.value)}
              error={introductionFieldError(error, t, 'on')}
            />
            <Button type="submit" loading={saving}>
              {t('introductions.ladder.save')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
