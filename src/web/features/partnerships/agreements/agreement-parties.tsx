import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Signatories or facilitators: a name in bold followed by what they signed or helped as. */
export function AgreementParties({ title, people }: { title: string; people: { key: string; name: string; detail: ReactNode }[] }) {
  if (!people.length) return null;
  return (
    <Stack gap={4}>
      <Title order={4} fz="sm">
        {title}
      </Title>
      <Stack component="ul" gap={2} m={0} pl="md">
        {people.map((p) => (
          <Text component="li" key={p.key} fz="sm">
            <Text component="span" fw={600} fz="sm">
              {p.name}
            </Text>
            {p.detail ? <>, {p.detail}</> : null}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
