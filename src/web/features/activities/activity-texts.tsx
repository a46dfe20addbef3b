import { Paper, Text, Title } from '@mantine/core';
import type { LocalisedTexts } from '../../../shared/localised-texts.schemas.ts';
import type { UiLocale } from '../../../shared/locales.ts';
import { ShownLanguageNote, useShownText } from '../../components/localised-record-text.tsx';

/** A multilingual text of the activity as a titled section (description, outcomes, minutes); nothing when it has none. */
export function ActivityTextSection({ id, title, texts, originalLang }: { id: string; title: string; texts: LocalisedTexts; originalLang: UiLocale }) {
  const shown = useShownText(texts, originalLang);
  if (!shown) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="xs">
        {title}
      </Title>
      <ShownLanguageNote shown={shown} />
      <Text lang={shown.lang} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {shown.text}
      </Text>
    </Paper>
  );
}
