import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list page's h1 and introduction, with the page's main action beside them. */
export function PageHeader({ title, intro, action }: { title: string; intro: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{intro}</Text>
      </div>
      {action}
    </Group>
  );
}
