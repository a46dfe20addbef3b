import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow centred card of the public account pages (like sign-in). */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper maw={460} mx="auto" mt="xl" p={{ base: 'md', sm: 'lg' }} withBorder>
      <Stack gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
