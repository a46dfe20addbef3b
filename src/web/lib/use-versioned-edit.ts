import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isVersionConflict } from './api-client.ts';

/** The version a save sends: the one loaded, none when the form creates a new record. */
type LoadedVersion<TRecord> = null extends TRecord ? number | undefined : number;

interface Options<TRecord extends { version: number } | null, TValues, TBody, TResult> {
  /** The record as loaded; null when the same form creates a new one. */
  record: TRecord;
  toValues: (record: TRecord) => TValues;
  toRequest: (values: TValues, version: LoadedVersion<TRecord>) => TBody;
  save: UseMutationResult<TResult, Error, TBody>;
  onSaved: (result: TResult) => void;
  /** The latest record: undefined when it could not be loaded, null when it no longer exists. */
  reload: () => Promise<NonNullable<TRecord> | null | undefined>;
  /** Instead of resetting the form, when the record was deleted in the meantime. */
  onGone?: () => void;
}

export interface ConflictDialogState {
  opened: boolean;
  onReload: () => void;
  onClose: () => void;
}

/** What a form's frame needs: submit, the request's error and progress, the conflict dialog. */
export interface VersionedEditControls {
  submit: (e?: FormEvent) => void;
  error: Error | null;
  saving: boolean;
  conflict: ConflictDialogState;
}

/**
 * A form that edits a versioned record. The save sends the version the values were loaded
 * at, never a newer one fetched in the background, so that the API refuses to overwrite a
 * change the editor has not seen; the conflict dialog's Reload starts again from the latest.
 */
export function useVersionedEdit<TRecord extends { version: number } | null, TValues extends object, TBody, TResult>({
  record,
  toValues,
  toRequest,
  save,
  onSaved,
  reload,
  onGone,
}: Options<TRecord, TValues, TBody, TResult>): VersionedEditControls & {
  values: TValues;
  set: (patch: Partial<TValues>) => void;
} {
  const [loaded, setLoaded] = useState(() => ({ values: toValues(record), version: record?.version }));
  const [conflict, setConflict] = useState(false);

  function submit(e?: FormEvent) {
    e?.preventDefault();
    save.mutate(toRequest(loaded.values, loaded.version as LoadedVersion<TRecord>), {
      onSuccess: (result) => {
        // A form that stays open edits on from the version it just saved.
        const saved = result as { version?: unknown } | null;
        if (typeof saved?.version === 'number') setLoaded((l) => ({ ...l, version: saved.version as number }));
        onSaved(result);
      },
      onError: (error) => setConflict(isVersionConflict(error)),
    });
  }

  async function reloadLatest() {
    const latest = await reload();
    save.reset();
    setConflict(false);
    if (latest === null) onGone?.();
    else if (latest) setLoaded({ values: toValues(latest), version: latest.version });
  }

  return {
    values: loaded.values,
    set: (patch) => setLoaded((l) => ({ ...l, values: { ...l.values, ...patch } })),
    submit,
    error: save.error,
    saving: save.isPending,
    conflict: { opened: conflict, onReload: () => void reloadLatest(), onClose: () => setConflict(false) },
  };
}
