import { Anchor, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';

/** Where each gap is filled: an element id on the edit form, or another page. */
const formTarget: Record<string, string> = {
  description: 'org-form-description',
  website: 'org-form-website',
  languages: 'org-form-languages',
  themes: 'org-form-themes',
  offerOrRequest: 'org-form-offers',
};

/**
 * Moves the focus to a field of the edit form: an input by its id, or the first control of the
 * section a heading id names. Returns whether it was found.
 */
export function focusFormTarget(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const control = el.matches('input, textarea, select, button')
    ? el
    : el.closest('section')?.querySelector<HTMLElement>('textarea, input:not([type=hidden]), select, button');
  el.scrollIntoView({ block: 'center' });
  (control ?? el).focus({ preventScroll: true });
  return true;
}

interface Props {
  completeness: NonNullable<Organisation['completeness']>;
  organisationKey: string;
  /** On the edit form the links move the focus to the field; elsewhere they open the form there. */
  onForm: boolean;
}

/** How complete the profile is, and a link to each missing part. */
export function CompletenessPanel({ completeness, organisationKey, onForm }: Props) {
  const { t } = useTranslation();
  const { score, missing } = completeness;
  const headingId = onForm ? 'org-completeness-form' : 'org-completeness';

  const link = (check: string) => {
    const label = t(`organisations.completeness.missing.${check}`);
    if (check === 'contactPerson') {
      return (
        <Anchor component={Link} to="/people/new">
          {label}
        </Anchor>
      );
    }
    const target = formTarget[check];
    if (onForm) {
      const go = (e: MouseEvent) => {
        if (focusFormTarget(target)) e.preventDefault();
      };
      return (
        <Anchor href={`#${target}`} onClick={go}>
          {label}
        </Anchor>
      );
    }
    return (
      <Anchor component={Link} to={`/organisations/${organisationKey}/edit#${target}`}>
        {label}
      </Anchor>
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {t('organisations.completeness.title')}
          </Title>
          <Text fw={600}>{t('organisations.completeness.score', { score })}</Text>
        </Group>
        {onForm && (
          <Text fz="xs" c="gray.7">
            {t('organisations.completeness.asSaved')}
          </Text>
        )}
        <Progress value={score} color={score === 100 ? 'green.8' : 'indigo'} aria-label={t('organisations.completeness.title')} />
        {missing.length ? (
          <>
            <Text fz="sm">{t('organisations.completeness.missingIntro')}</Text>
            <List size="sm" spacing={4}>
              {missing.map((check) => (
                <List.Item key={check}>{link(check)}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text fz="sm">{t('organisations.completeness.complete')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
