import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { useListItemEdit, type ListItemEditOptions } from '../../lib/use-list-item-edit.ts';

interface Options<TItem extends { id: string; version: number }, TValues extends object, TBody, TResult> extends Omit<
  ListItemEditOptions<TItem, TValues, TBody, TResult>,
  'reload'
> {
  /** Where the item is found in a reloaded partnership. */
  itemsOf: (partnership: Partnership) => TItem[];
  reload: () => Promise<Partnership | undefined>;
}

/** Adding or editing one agreement or timeline event of a partnership, in a modal form. */
export function usePartnershipItemEdit<TItem extends { id: string; version: number }, TValues extends object, TBody, TResult>({
  itemsOf,
  reload,
  ...options
}: Options<TItem, TValues, TBody, TResult>) {
  return useListItemEdit({
    ...options,
    reload: async () => {
      const fresh = await reload();
      return fresh && itemsOf(fresh);
    },
  });
}
