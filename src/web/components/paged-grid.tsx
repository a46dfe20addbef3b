import { SimpleGrid, Stack, Text, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ListPagination } from './list-pagination.tsx';

interface Props {
  /** "12 organisations", announced when the page changes. */
  count: string;
  cols: SimpleGridProps['cols'];
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** The cards of this page. */
  children: ReactNode;
}

/** One page of a list as a grid of cards, with its count above and the page controls below. */
export function PagedGrid({ count, cols, page, pageSize, total, onPage, children }: Props) {
  return (
    <Stack gap="md">
      <Text fz="sm" c="gray.7" role="status">
        {count}
      </Text>
      <SimpleGrid cols={cols} spacing="md">
        {children}
      </SimpleGrid>
      <ListPagination page={page} pageSize={pageSize} total={total} onChange={onPage} />
    </Stack>
  );
}
