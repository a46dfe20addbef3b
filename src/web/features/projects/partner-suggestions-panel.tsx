import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../features/projects/projects.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { usePartnerSuggestions } from './projects-api.ts';

/** "Suggest partners": the matching engine's ranked organisations for the call's concepts, with reasons. */
export function PartnerSuggestionsPanel({ project, onAdd }: { project: Project; onAdd: (organisationId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(false);
  const lang = (i18n.resolvedLanguage ?? 'en').slice(0, 2);
  const suggestions = usePartnerSuggestions(project.id, lang, shown);
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" onClick={() => setShown((s) => !s)} aria-expanded={shown} aria-controls="partner-suggestions">
          {shown ? t('projects.suggest.hide') : t('projects.suggest.show')}
        </Button>
      </Group>
      {shown && (
        <div id="partner-suggestions">
          <Title order={3} fz="h5" mb="xs">
            {t('projects.suggest.title')}
          </Title>
          <QueryState query={suggestions}>
            {(data) =>
              data.items.length === 0 ? (
                <Text c="gray.7">{t('projects.suggest.none')}</Text>
              ) : (
                <Stack gap="xs">
                  {data.items.map((s) => (
                    <Paper key={s.organisation.id} withBorder p="sm" component="article" aria-label={s.organisation.name}>
                      <Group justify="space-between" align="flex-start" wrap="wrap">
                        <div style={{ minWidth: 0, flex: 1 }}>
                          <Text fw={600}>{s.organisation.name}</Text>
                          <Text fz="sm" c="gray.7">
                            {s.organisation.city.name}
                          </Text>
                          <Stack gap={0} mt={4}>
                            {s.reasons.slice(0, 3).map((r, i) => (
                              <Text key={i} fz="sm">
                                {r.text}
                              </Text>
                            ))}
                          </Stack>
                        </div>
                        <Button size="xs" onClick={() => onAdd(s.organisation.id)} aria-label={t('projects.suggest.addLabel', { name: s.organisation.name })}>
                          {t('projects.suggest.add')}
                        </Button>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </div>
      )}
    </Stack>
  );
}
