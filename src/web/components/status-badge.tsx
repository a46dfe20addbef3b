import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status shown as a tinted badge. The text is near-black on every tint: Mantine's light
 * variant puts the colour's own shade on its tint, which is too faint for green, red and orange.
 */
export function StatusBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge variant="light" color={color} c="gray.9" tt="none" fw={600} style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}
