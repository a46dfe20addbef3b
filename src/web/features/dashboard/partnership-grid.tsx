import { SimpleGrid } from '@mantine/core';
import type { PartnershipSummary } from '../../../features/partnerships/partnerships.schemas.ts';
import { PartnershipCard } from './partnership-card.tsx';

export function PartnershipGrid({ items }: { items: PartnershipSummary[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {items.map((p) => (
        <PartnershipCard key={p.id} partnership={p} />
      ))}
    </SimpleGrid>
  );
}
