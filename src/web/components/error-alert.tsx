import { Alert } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/form-errors.ts';

interface Props {
  /** The failed request's error; nothing is shown without one. */
  error: unknown;
  title?: string;
  /** Take the focus when the alert appears: on a long form, it leads the editor to the reason. */
  focus?: boolean;
}

/** Why a request failed, in the reader's language. */
export function ErrorAlert({ error, title, focus = false }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && error) ref.current?.focus();
  }, [focus, error]);
  if (error == null) return null;
  return (
    <Alert color="red" role="alert" title={title} ref={focus ? ref : undefined} tabIndex={focus ? -1 : undefined}>
      {errorMessage(error, t)}
    </Alert>
  );
}
