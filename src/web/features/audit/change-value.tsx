import { Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../../lib/ui-language.ts';
import type { HistoryChange, HistoryValue } from './history-api.ts';
import { fieldGroups, fieldName, flatText } from './history-words.ts';
import { wordDiff } from './word-diff.ts';

const muted = (v: HistoryValue) => v.type === 'empty' || v.type === 'erased' || (v.type === 'record' && !v.name);

/** A before or after value in words: names for codes and records, dates per locale, never JSON. */
export function ChangeValue({ value }: { value: HistoryValue }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  if (value.type === 'fields') {
    return (
      <Stack gap={2} component="span">
        {fieldGroups(value.fields).map(([field, values]) => (
          <Text key={field} component="span" fz="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text component="span" fz="sm" fw={600}>
              {fieldName(t, field)}:
            </Text>{' '}
            {values.map((v) => flatText(t, lang, v)).join(', ')}
          </Text>
        ))}
      </Stack>
    );
  }
  return (
    <Text
      component="span"
      fz="sm"
      c={muted(value) ? 'gray.7' : undefined}
      fs={muted(value) ? 'italic' : undefined}
      style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
    >
      {flatText(t, lang, value)}
    </Text>
  );
}

/** Words added or removed, marked by the element, by underline or strike-through, and in words for screen readers. */
function Mark({ op, children }: { op: 'added' | 'removed'; children: ReactNode }) {
  const { t } = useTranslation();
  const Tag = op === 'added' ? 'ins' : 'del';
  return (
    <Tag
      style={{
        background: op === 'added' ? 'var(--mantine-color-green-0)' : 'var(--mantine-color-red-0)',
        color: 'var(--mantine-color-black)',
        textDecoration: op === 'added' ? 'underline' : 'line-through',
        textDecorationThickness: 2,
      }}
    >
      <VisuallyHidden>{t(`history.diff.${op}Start`)}</VisuallyHidden>
      {children}
      <VisuallyHidden>{t(`history.diff.${op}End`)}</VisuallyHidden>
    </Tag>
  );
}

/** One side of a text change: the unchanged words, with the removed (before) or added (after) ones marked. */
export function TextDiffSide({ change, side }: { change: HistoryChange; side: 'before' | 'after' }) {
  const own = change[side];
  const other = change[side === 'before' ? 'after' : 'before'];
  if (own.type !== 'text' || other.type !== 'text') return <ChangeValue value={own} />;
  const keep = side === 'before' ? 'removed' : 'added';
  return (
    <Text component="span" fz="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {wordDiff(change.before.type === 'text' ? change.before.text : '', change.after.type === 'text' ? change.after.text : '').map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === keep ? (
          <Mark key={i} op={part.op}>
            {part.text}
          </Mark>
        ) : null,
      )}
    </Text>
  );
}

/** The items removed from (before) or added to (after) a list. */
export function ListSide({ change, side }: { change: HistoryChange; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  const items = side === 'before' ? change.removed : change.added;
  const op = side === 'before' ? 'removed' : 'added';
  if (!items.length) {
    return (
      <Text component="span" fz="sm" c="gray.7" fs="italic">
        {t(`history.list.none${side === 'before' ? 'Removed' : 'Added'}`)}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text component="span" fz="xs" c="gray.7">
        {t(`history.list.${op}`, { count: items.length })}
      </Text>
      <Stack component="ul" gap={4} m={0} pl="md">
        {items.map((item, i) => (
          <li key={i}>
            <Mark op={op}>
              <ChangeValue value={item} />
            </Mark>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
