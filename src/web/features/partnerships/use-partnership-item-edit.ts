import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';

interface Options<TItem extends { id: string; version: number }, TValues extends object, TBody, TResult> {
  /** The agreement or event to edit; null adds one. */
  item: TItem | null;
  /** Where the item is found in a reloaded partnership. */
  itemsOf: (partnership: Partnership) => TItem[];
  toValues: (item: TItem | null) => TValues;
  /** The request body; the loaded version is added when an existing item is saved. */
  toRequest: (values: TValues) => NoInfer<TBody>;
  save: UseMutationResult<TResult, Error, TBody>;
  savedMessage: string;
  reload: () => Promise<Partnership | undefined>;
  /** Closes the form: after saving, or when the item was deleted by someone else meanwhile. */
  onDone: () => void;
}

/** Adding or editing one agreement or timeline event of a partnership, in a modal form. */
export function usePartnershipItemEdit<TItem extends { id: string; version: number }, TValues extends object, TBody, TResult>({
  item,
  itemsOf,
  toValues,
  toRequest,
  save,
  savedMessage,
  reload,
  onDone,
}: Options<TItem, TValues, TBody, TResult>) {
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
      return fresh && (itemsOf(fresh).find((x) => x.id === item?.id) ?? null);
    },
    onGone: onDone,
  });
}
