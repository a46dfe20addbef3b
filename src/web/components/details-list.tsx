import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list; pairs without a value are left out. */
export function DetailsList({ items, cols = { base: 1, xs: 2, sm: 3 } }: { items: { label: string; value: ReactNode }[]; cols?: Record<string, number> }) {
  const shown = items.filter((i) => i.value !== null && i.value !== undefined && i.value !== '');
  if (!shown.length) return null;
  return (
    <SimpleGrid cols={cols} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
      {shown.map((item) => (
        <div key={item.label}>
          <Text component="dt" fz="xs" c="gray.7" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} fz="sm">
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
