import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from './notify.ts';
import { useVersionedEdit } from './use-versioned-edit.ts';

export interface ListItemEditOptions<TItem extends { id: string; version: number }, TValues extends object, TBody, TResult> {
  /** The item to edit; null adds one. */
  item: TItem | null;
  toValues: (item: TItem | null) => TValues;
  /** The request body; the loaded version is added when an existing item is saved. */
  toRequest: (values: TValues) => NoInfer<TBody>;
  save: UseMutationResult<TResult, Error, TBody>;
  savedMessage: string;
  /** The list the item lives in, read again (after a version conflict). */
  reload: () => Promise<TItem[] | undefined>;
  /** Closes the form: after saving, or when the item was deleted by someone else meanwhile. */
  onDone: () => void;
}

/**
 * Adding or editing one item of a list (an agreement, a timeline event, a work package…) in a
 * modal form, with the version check: a conflict reloads the list and finds the item in it.
 */
export function useListItemEdit<TItem extends { id: string; version: number }, TValues extends object, TBody, TResult>({
  item,
  toValues,
  toRequest,
  save,
  savedMessage,
  reload,
  onDone,
}: ListItemEditOptions<TItem, TValues, TBody, TResult>) {
  const { t } = useTranslation();
  return useVersionedEdit({
    record: item,
    toValues,
    toRequest: (values, version) => (version === undefined ? toRequest(values) : { ...toRequest(values), version }),
    save,
    onSaved: () => {
      notifySuccess(t, savedMessage);
      onDone();
    },
    reload: async () => {
      const fresh = await reload();
      return fresh && (fresh.find((x) => x.id === item?.id) ?? null);
    },
    onGone: onDone,
  });
}
