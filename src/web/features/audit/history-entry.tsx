import { Badge, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ChangeValue, ListSide, TextDiffSide } from './change-value.tsx';
import type { HistoryChange, HistoryEntry as Entry } from './history-api.ts';
import { authorName, changeLabel, entrySentence } from './history-words.ts';

const actionColours: Record<string, string> = { create: 'green', update: 'blue', delete: 'red' };

/**
 * One side of a change. On an edit, removed and added words and items are marked; when a record
 * is created or deleted everything is new or gone, so values are shown plainly.
 */
function Side({ change, side, marked }: { change: HistoryChange; side: 'before' | 'after'; marked: boolean }) {
  if (!marked && change.kind === 'list') {
    const items = side === 'before' ? change.removed : change.added;
    return items.length ? (
      <Stack component="ul" gap={4} m={0} pl="md">
        {items.map((item, i) => (
          <li key={i}>
            <ChangeValue value={item} />
          </li>
        ))}
      </Stack>
    ) : (
      <ChangeValue value={{ type: 'empty' }} />
    );
  }
  if (change.kind === 'list') return <ListSide change={change} side={side} />;
  if (change.kind === 'text' && marked) return <TextDiffSide change={change} side={side} />;
  return <ChangeValue value={change[side]} />;
}

export function HistoryEntry({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const when = formatDate(entry.at, lang);
  const action = t(`history.actions.${entry.action}`, { defaultValue: entry.action });
  const caption = t('history.tableCaption', { action, date: when });
  const actorName = authorName(t, entry.actor);
  const marked = entry.action === 'update';
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={t('history.entryLabel', { action, name: actorName, date: when })}>
      <Stack gap="sm">
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Badge variant="dot" color={actionColours[entry.action] ?? 'gray'} tt="none">
            {action}
          </Badge>
          <Text component="time" dateTime={entry.at} fz="sm" c="gray.7">
            {when}
          </Text>
        </Group>
        <Text>{entrySentence(t, lang, entry)}</Text>
        {entry.changes.length === 0 ? (
          <Text fz="sm" c="gray.7">
            {t('history.noFieldChanges')}
          </Text>
        ) : (
          <>
            <Box visibleFrom="sm">
              <Table.ScrollContainer minWidth={320} type="native" tabIndex={0} role="region" aria-label={caption}>
                <Table verticalSpacing="xs" striped withTableBorder layout="fixed" captionSide="top" style={{ verticalAlign: 'top' }}>
                  <Table.Caption c="gray.7" ta="start">
                    {caption}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col" w="28%">
                        {t('history.columns.field')}
                      </Table.Th>
                      <Table.Th scope="col">{t('history.columns.before')}</Table.Th>
                      <Table.Th scope="col">{t('history.columns.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entry.changes.map((change, i) => (
                      <Table.Tr key={`${change.field}-${change.subfield}-${change.language}-${i}`}>
                        <Table.Th scope="row" fw={600} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                          {changeLabel(t, lang, change)}
                        </Table.Th>
                        <Table.Td>
                          <Side change={change} side="before" marked={marked} />
                        </Table.Td>
                        <Table.Td>
                          <Side change={change} side="after" marked={marked} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Box>
            {/* On a phone three columns are too narrow: each change is a small block of its own. */}
            <Stack hiddenFrom="sm" component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={caption}>
              {entry.changes.map((change, i) => (
                <Stack
                  component="li"
                  key={`${change.field}-${change.subfield}-${change.language}-${i}`}
                  gap={2}
                  pb="xs"
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
                >
                  <Text fw={600} fz="sm">
                    {changeLabel(t, lang, change)}
                  </Text>
                  <Text fz="xs" c="gray.7">
                    {t('history.columns.before')}
                  </Text>
                  <Side change={change} side="before" marked={marked} />
                  <Text fz="xs" c="gray.7">
                    {t('history.columns.after')}
                  </Text>
                  <Side change={change} side="after" marked={marked} />
                </Stack>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
