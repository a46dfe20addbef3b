import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ChangeValue } from './change-value.tsx';
import type { HistoryEntry as Entry } from './history-api.ts';

const actionColours: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

export function HistoryEntry({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const when = formatDate(entry.at, uiLanguage(i18n));
  const action = t(`history.actions.${entry.action}`, { defaultValue: entry.action });
  const caption = t('history.tableCaption', { action, date: when });
  const fieldLabel = (field: string) => t(`history.fields.${field}`, { defaultValue: field });
  // An erased account's changes stay in the history under a fixed label, shown in the reader's language.
  const actorName = entry.actor.id === null && entry.actor.label === 'erased user' ? t('history.erasedActor') : entry.actor.label;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={t('history.entryLabel', { action, name: actorName, date: when })}>
      <Stack gap="sm">
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <Badge variant="dot" color={actionColours[entry.action] ?? 'gray'} tt="none">
              {action}
            </Badge>
            <Text fz="sm">{t('history.by', { name: actorName })}</Text>
          </Group>
          <Text component="time" dateTime={entry.at} fz="sm" c="gray.7">
            {when}
          </Text>
        </Group>
        {entry.changes.length === 0 ? (
          <Text fz="sm" c="gray.7">
            {t('history.noFieldChanges')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} role="region" aria-label={caption}>
            <Table verticalSpacing="xs" striped withTableBorder layout="fixed" captionSide="top" style={{ verticalAlign: 'top' }}>
              <Table.Caption c="gray.7" ta="start">
                {caption}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="24%">
                    {t('history.columns.field')}
                  </Table.Th>
                  <Table.Th scope="col">{t('history.columns.before')}</Table.Th>
                  <Table.Th scope="col">{t('history.columns.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entry.changes.map((change) => (
                  <Table.Tr key={change.field}>
                    <Table.Th scope="row" fw={600} fz="sm">
                      {fieldLabel(change.field)}
                    </Table.Th>
                    <Table.Td>
                      <ChangeValue value={change.before} />
                    </Table.Td>
                    <Table.Td>
                      <ChangeValue value={change.after} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
