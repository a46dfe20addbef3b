import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A section of a page or a long form in a bordered panel, under a level-2 heading. */
export function PaperSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb={intro ? 'xs' : 'md'}>
        {title}
      </Title>
      {intro && (
        <Text c="gray.7" fz="sm" mb="md">
          {intro}
        </Text>
      )}
      {children}
    </Paper>
  );
}
