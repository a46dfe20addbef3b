import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CallSummary } from '../../../features/calls/calls.schemas.ts';
import { CallBadges, NextDeadline } from './call-badges.tsx';

/** A call in a list: title (a level-2 heading with the link), identifier, badges and the next deadline. */
export function CallCard({ call, cityProgrammeKey, children }: { call: CallSummary; cityProgrammeKey?: string | null; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="article">
      <Stack gap="xs">
        <Title order={2} fz="lg" fw={650}>
          <Anchor component={Link} to={`/calls/${encodeURIComponent(call.identifier)}`} inherit style={{ overflowWrap: 'anywhere' }}>
            {call.title}
          </Anchor>
        </Title>
        <Text fz="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
          {call.identifier}
        </Text>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <CallBadges call={call} cityProgrammeKey={cityProgrammeKey} />
          <NextDeadline call={call} />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
