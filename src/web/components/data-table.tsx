import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Names the table for screen readers. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  columns: string[];
  /** A last column without a visible heading (actions, toggles), named for screen readers. */
  hiddenColumn?: string;
  highlightOnHover?: boolean;
  /** The rows (Table.Tr). */
  children: ReactNode;
}

/** A table of records with column headings, scrolling on narrow screens. */
export function DataTable({ label, minWidth, columns, hiddenColumn, highlightOnHover, children }: Props) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table highlightOnHover={highlightOnHover} verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, i) => (
              <Table.Th key={i} scope="col">
                {column}
              </Table.Th>
            ))}
            {hiddenColumn && (
              <Table.Th scope="col">
                <VisuallyHidden>{hiddenColumn}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
