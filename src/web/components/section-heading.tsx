import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A section title with its actions on the right, wrapping below it on narrow screens. */
export function SectionHeading({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" mb="sm" gap="xs">
      <Title order={2} id={id} fz="h3">
        {title}
      </Title>
      {children && <Group gap="xs">{children}</Group>}
    </Group>
  );
}
