import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list page's h1 and introduction, with the page's main action beside them. */
export function PageHeader({ title, intro, action }: { title: string; intro: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <div style={{ minWidth: 0 }}>
        {/* German and Hungarian compounds are longer than a phone is wide: hyphenate, else break. */}
        <Title order={1} style={{ hyphens: 'auto', overflowWrap: 'break-word' }}>
          {title}
        </Title>
        <Text c="gray.7">{intro}</Text>
      </div>
      {action}
    </Group>
  );
}
